import { describe, expect, it } from 'vitest';
import { countIrv } from '../../../src/shared/voting';
import { BURLINGTON_2009, TENNESSEE } from './fixtures';

describe('instant runoff: published elections', () => {
  it('Tennessee capital: Memphis leads, Knoxville wins', () => {
    const result = countIrv(TENNESSEE);
    expect(result.outcome).toBe('elected');
    expect(result.winners).toEqual(['Knoxville']);
    expect(result.rounds.map((r) => r.tallies)).toEqual([
      { Memphis: 42, Nashville: 26, Chattanooga: 15, Knoxville: 17 },
      { Memphis: 42, Nashville: 26, Knoxville: 32 },
      { Memphis: 42, Knoxville: 58 },
    ]);
    expect(result.rounds.map((r) => r.threshold)).toEqual([51, 51, 51]);
    expect(result.rounds.map((r) => r.eliminated)).toEqual([['Chattanooga'], ['Nashville'], []]);
    expect(result.rounds[0]?.transfer).toEqual({
      kind: 'elimination',
      from: ['Chattanooga'],
      to: { Memphis: 0, Nashville: 0, Knoxville: 15 },
      exhausted: 0,
    });
    expect(result.summary).toBe(
      'Elected: Knoxville — instant runoff, 3 rounds; 58 of 100 active votes in the final round (threshold 51); 100 valid ballots, 0 exhausted.',
    );
  });

  it('Burlington 2009 (batch elimination): Wright leads round 1, Kiss wins', () => {
    const result = countIrv({ ...BURLINGTON_2009, rules: { batchElimination: true } });
    expect(result.winners).toEqual(['Kiss']);
    expect(result.writeIns).toEqual(['Write-in']);
    const [r1, r2, r3] = result.rounds;
    expect(result.rounds).toHaveLength(3);
    // Published first round.
    expect(r1?.tallies).toEqual({
      Kiss: 2585,
      Wright: 2951,
      Montroll: 2063,
      Smith: 1306,
      Simpson: 35,
      'Write-in': 36,
    });
    expect(r1?.eliminated).toEqual(['Simpson', 'Write-in', 'Smith']);
    expect(r1?.transfer?.batch).toBe(true);
    // Published: Montroll 2,554 in round 2, then eliminated.
    expect(r2?.tallies.Montroll).toBe(2554);
    expect(r2?.eliminated).toEqual(['Montroll']);
    // Published final round: 4,313 to 4,061 of 8,374.
    expect(r3?.tallies).toEqual({ Kiss: 4313, Wright: 4061 });
    expect(r3?.active).toBe(8374);
    expect(r3?.threshold).toBe(4188);
    expect(r3?.exhausted).toBe(602);
    expect(result.ballots).toEqual({ total: 8976, valid: 8976, undervotes: 0 });
  });

  it('Burlington 2009 one elimination at a time: same winner, same final round', () => {
    const result = countIrv(BURLINGTON_2009);
    expect(result.winners).toEqual(['Kiss']);
    expect(result.rounds.map((r) => r.eliminated)).toEqual([
      ['Simpson'],
      ['Write-in'],
      ['Smith'],
      ['Montroll'],
      [],
    ]);
    expect(result.rounds.at(-1)?.tallies).toEqual({ Kiss: 4313, Wright: 4061 });
  });
});

describe('instant runoff: ties', () => {
  // Round 1: A 10, B 5, C 4, D 3. Round 2: B and C tie at 5; C had fewer in round 1.
  const ballots = [
    { ranking: ['A'], count: 10 },
    { ranking: ['B'], count: 5 },
    { ranking: ['C'], count: 4 },
    { ranking: ['D', 'C'], count: 1 },
    { ranking: ['D'], count: 2 },
  ];
  const candidates = ['A', 'B', 'C', 'D'];

  it('previous-round counts decide and are recorded', () => {
    const result = countIrv({ candidates, ballots });
    expect(result.rounds[1]?.tallies).toEqual({ A: 10, B: 5, C: 5 });
    expect(result.rounds[1]?.eliminated).toEqual(['C']);
    expect(result.rounds[1]?.ties).toEqual([
      {
        purpose: 'elimination',
        tied: ['B', 'C'],
        decidedBy: 'previous-round',
        chosen: 'C',
        detail: 'round 1: B 5, C 4 → C eliminated',
      },
    ]);
    expect(result.winners).toEqual(['A']);
    expect(result.drawnOrder).toBeUndefined();
  });

  const evenTie = {
    candidates: ['A', 'B', 'C'],
    ballots: [
      { ranking: ['A'], count: 4 },
      { ranking: ['B', 'A'], count: 3 },
      { ranking: ['C', 'B'], count: 3 },
    ],
  };

  it('stop: a tie no rule resolves is tie-unresolved', () => {
    const result = countIrv({
      ...evenTie,
      rules: { tieBreak: { method: 'previous-round-then-stop' } },
    });
    expect(result.outcome).toBe('tie-unresolved');
    expect(result.winners).toEqual([]);
    expect(result.rounds).toHaveLength(1);
    expect(result.rounds[0]?.ties[0]).toMatchObject({
      tied: ['B', 'C'],
      decidedBy: 'unresolved',
      chosen: null,
    });
    expect(result.summary).toMatch(/^Tie unresolved in round 1: B and C tied for elimination/);
  });

  it('the default rule without a seed cannot draw: tie-unresolved', () => {
    const result = countIrv(evenTie);
    expect(result.outcome).toBe('tie-unresolved');
    expect(result.rounds[0]?.ties[0]?.detail).toBe(
      'equal in every earlier round; no random seed recorded',
    );
  });

  it('lot drawn in the room: the later name loses', () => {
    const cLoses = countIrv({
      ...evenTie,
      rules: { tieBreak: { method: 'lot', lot: ['B', 'C'] } },
    });
    expect(cLoses.rounds[0]?.eliminated).toEqual(['C']);
    expect(cLoses.winners).toEqual(['B']);
    const bLoses = countIrv({
      ...evenTie,
      rules: { tieBreak: { method: 'lot', lot: ['C', 'B'] } },
    });
    expect(bLoses.rounds[0]?.eliminated).toEqual(['B']);
    expect(bLoses.winners).toEqual(['A']);
    expect(bLoses.rounds[0]?.ties[0]?.decidedBy).toBe('lot');
  });

  it('a lot that does not list a tied candidate leaves the tie unresolved', () => {
    const result = countIrv({ ...evenTie, rules: { tieBreak: { method: 'lot', lot: ['B'] } } });
    expect(result.outcome).toBe('tie-unresolved');
    expect(result.rounds[0]?.ties[0]?.detail).toBe('the lot does not list C');
  });

  it('the seeded draw is deterministic and recorded', () => {
    const rules = { tieBreak: { method: 'random', seed: 'drawn at the meeting' } } as const;
    const a = countIrv({ ...evenTie, rules });
    const b = countIrv({ ...evenTie, rules });
    expect(a).toEqual(b);
    expect(a.outcome).toBe('elected');
    expect(a.rounds[0]?.ties[0]?.decidedBy).toBe('random');
    expect(a.drawnOrder).toHaveLength(3);
    // The loser is whichever tied candidate comes later in the recorded drawn order.
    const order = a.drawnOrder ?? [];
    const loser = order.indexOf('B') > order.indexOf('C') ? 'B' : 'C';
    expect(a.rounds[0]?.eliminated).toEqual([loser]);
  });

  it('candidates with no votes go together, without a tie-break', () => {
    const result = countIrv({
      candidates: ['A', 'B', 'C', 'D', 'E'],
      ballots: [
        { ranking: ['A'], count: 3 },
        { ranking: ['B'], count: 2 },
        { ranking: ['E', 'A'], count: 1 },
      ],
    });
    expect(result.rounds[0]).toMatchObject({ eliminated: ['C', 'D'], ties: [] });
    expect(result.rounds[0]?.transfer?.batch).toBe(true);
    expect(result.rounds[1]?.eliminated).toEqual(['E']);
    expect(result.winners).toEqual(['A']);
  });
});

describe('instant runoff: edge cases', () => {
  it('no valid ballots', () => {
    const result = countIrv({ candidates: ['A', 'B'], ballots: [{ ranking: [null], count: 3 }] });
    expect(result.outcome).toBe('no-votes');
    expect(result.ballots).toEqual({ total: 3, valid: 0, undervotes: 3 });
    expect(result.summary).toBe(
      'No votes for any candidate: nobody elected (0 valid ballots, 3 blank, 0 exhausted).',
    );
  });

  it('a single candidate with votes wins in round 1', () => {
    expect(countIrv({ candidates: ['A'], ballots: [{ ranking: ['A'] }] }).winners).toEqual(['A']);
  });

  it('refuses more than one seat', () => {
    expect(() => countIrv({ candidates: ['A'], ballots: [], seats: 2 })).toThrow(
      'invalid election: seats: irv fills one seat; use stv for more',
    );
  });
});
