import { describe, expect, it } from 'vitest';
import {
  countApproval,
  countElection,
  countMajorityRound,
  countPlurality,
} from '../../../src/shared/voting';

describe('plurality', () => {
  it('most first choices win, one seat or several', () => {
    const ballots = [
      { ranking: ['A', 'B'], count: 5 },
      { ranking: ['B'], count: 4 },
      { ranking: ['C'], count: 3 },
    ];
    const one = countPlurality({ candidates: ['A', 'B', 'C'], ballots });
    expect(one.winners).toEqual(['A']);
    expect(one.rounds[0]).toMatchObject({ tallies: { A: 5, B: 4, C: 3 }, threshold: null });
    expect(one.summary).toBe('Elected: A 5 votes — plurality; 12 valid ballots.');
    expect(countPlurality({ candidates: ['A', 'B', 'C'], ballots, seats: 2 }).winners).toEqual([
      'A',
      'B',
    ]);
  });

  it('a tie for the last seat goes to the tie-break rule (no earlier round)', () => {
    const ballots = [
      { ranking: ['A'], count: 2 },
      { ranking: ['B'], count: 2 },
    ];
    const stopped = countPlurality({ candidates: ['A', 'B'], ballots });
    expect(stopped.outcome).toBe('tie-unresolved');
    expect(stopped.winners).toEqual([]);
    const lot = countPlurality({
      candidates: ['A', 'B'],
      ballots,
      rules: { tieBreak: { method: 'previous-round-then-lot', lot: ['B', 'A'] } },
    });
    expect(lot.winners).toEqual(['B']);
    expect(lot.rounds[0]?.ties[0]).toMatchObject({
      purpose: 'election',
      decidedBy: 'lot',
      chosen: 'B',
    });
    // Both tied candidates fit in the seats: no tie to break.
    expect(countPlurality({ candidates: ['A', 'B'], ballots, seats: 2 }).winners).toEqual([
      'A',
      'B',
    ]);
  });

  it('a candidate with no votes never takes a seat', () => {
    const result = countPlurality({
      candidates: ['A', 'B'],
      ballots: [{ ranking: ['A'] }],
      seats: 2,
    });
    expect(result.winners).toEqual(['A']);
    expect(result.warnings).toContain('1 seat unfilled: not enough candidates received votes.');
  });
});

describe('majority (one ballot of repeated balloting)', () => {
  it('elected with more than half of the votes for candidates', () => {
    const result = countMajorityRound({
      candidates: ['A', 'B'],
      ballots: [{ ranking: ['A'], count: 6 }, { ranking: ['B'], count: 5 }, { ranking: [] }],
    });
    expect(result.outcome).toBe('elected');
    expect(result.rounds[0]?.threshold).toBe(6);
    expect(result.summary).toBe('Elected: A — 6 of 11 votes, majority needed 6; 1 blank.');
  });

  it('exactly half is no majority: hold another ballot', () => {
    const result = countMajorityRound({
      candidates: ['A', 'B', 'C'],
      ballots: [
        { ranking: ['A'], count: 5 },
        { ranking: ['B'], count: 3 },
        { ranking: ['C'], count: 2 },
      ],
    });
    expect(result.outcome).toBe('no-majority');
    expect(result.winners).toEqual([]);
    expect(result.summary).toBe(
      'No majority: A 5, B 3, C 2 of 10 votes; 6 needed — hold another ballot.',
    );
  });
});

describe('approval', () => {
  it('counts each approval once per ballot; the most approved win', () => {
    const result = countApproval({
      candidates: ['A', 'B', 'C'],
      ballots: [
        { approve: ['A', 'C'], count: 4 },
        { approve: ['B', 'B'], count: 3 },
        { approve: ['C'] },
        { approve: [] },
      ],
      seats: 2,
    });
    expect(result.rounds[0]?.tallies).toEqual({ A: 4, B: 3, C: 5 });
    expect(result.winners).toEqual(['C', 'A']);
    expect(result.ballots).toEqual({ total: 9, valid: 8, undervotes: 1 });
    expect(result.summary).toBe(
      'Elected: C 5, A 4 approvals — approval; 8 valid ballots, 1 blank.',
    );
  });
});

describe('countElection', () => {
  it('dispatches on method and validates', () => {
    expect(
      countElection({ method: 'approval', candidates: ['A'], ballots: [{ approve: ['A'] }] })
        .winners,
    ).toEqual(['A']);
    expect(() =>
      countElection({ method: 'majority', seats: 2, candidates: ['A'], ballots: [] }),
    ).toThrow(
      'invalid election: seats: majority fills one seat; use stv (or repeated ballots) for 2',
    );
    expect(() =>
      countElection({
        method: 'irv',
        candidates: ['A', 'A'],
        ballots: [],
      }),
    ).toThrow('invalid election: candidates[1]: "A" is listed twice');
  });
});
