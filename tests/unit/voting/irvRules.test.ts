import { describe, expect, it } from 'vitest';
import {
  countElection,
  countIrv,
  formatRecountText,
  recountBallotFile,
  safeRecountBallotFile,
} from '../../../src/shared/voting';
import type { BallotRulesInput, RankedBallotInput } from '../../../src/shared/voting';
import { BURLINGTON_2009, TENNESSEE } from './fixtures';

/**
 * IRV's rules beside the defaults (RCTab's options), with worked examples: the published
 * Tennessee and Burlington elections (fixtures.ts) where they show the rule, otherwise
 * small elections worked by hand in the comments.
 */

const tennessee = (rules: BallotRulesInput, seats = 1) =>
  countElection({ method: 'irv', ...TENNESSEE, seats, rules });

describe('withdrawn candidates: their marks are skipped', () => {
  it('Tennessee without Nashville: its 26 voters count for Chattanooga, who wins', () => {
    // Round 1: Memphis 42, Chattanooga 15 + 26 = 41, Knoxville 17. Knoxville's 17 go on
    // to Chattanooga: 58 of 100.
    const result = tennessee({ withdrawn: ['Nashville'] });
    expect(result.rounds.map((r) => r.tallies)).toEqual([
      { Memphis: 42, Chattanooga: 41, Knoxville: 17 },
      { Memphis: 42, Chattanooga: 58 },
    ]);
    expect(result.winners).toEqual(['Chattanooga']);
    expect(result.candidates).toContain('Nashville');
    expect(result.rules.withdrawn).toEqual(['Nashville']);
  });

  it('a ballot marking only withdrawn candidates is exhausted, not blank', () => {
    const result = countIrv({
      candidates: ['A', 'B', 'Gone'],
      ballots: [{ ranking: ['Gone'], count: 2 }, { ranking: ['A'], count: 3 }, { ranking: ['B'] }],
      rules: { withdrawn: ['Gone'] },
    });
    expect(result.ballots).toEqual({ total: 6, valid: 6, undervotes: 0 });
    expect(result.rounds[0]).toMatchObject({ active: 4, threshold: 3, exhausted: 2 });
    expect(result.winners).toEqual(['A']);
  });

  it('plurality and approval pass over them too', () => {
    const plurality = countElection({
      method: 'plurality',
      candidates: ['A', 'B', 'Gone'],
      ballots: [
        { ranking: ['Gone', 'B'], count: 3 },
        { ranking: ['A'], count: 2 },
      ],
      rules: { withdrawn: ['Gone'] },
    });
    expect(plurality.rounds[0]?.tallies).toEqual({ A: 2, B: 3 });
    expect(plurality.winners).toEqual(['B']);
    const approval = countElection({
      method: 'approval',
      candidates: ['A', 'Gone'],
      ballots: [{ approve: ['Gone', 'A'] }, { approve: ['Gone'], count: 4 }],
      rules: { withdrawn: ['Gone'] },
    });
    expect(approval.rounds[0]?.tallies).toEqual({ A: 1 });
    expect(approval.winners).toEqual(['A']);
  });
});

describe('undeclared write-ins pooled, eliminated first', () => {
  it('Burlington 2009: the 36 write-ins go in round 1, before Simpson’s 35', () => {
    const result = countIrv({ ...BURLINGTON_2009, rules: { writeIns: 'pool' } });
    const [r1, r2] = result.rounds;
    expect(r1?.tallies['Write-in']).toBe(36);
    expect(r1?.elected).toEqual([]);
    expect(r1?.eliminated).toEqual(['Write-in']);
    // 6 go on to Kiss, 8 to Wright, 3 to Montroll; 19 have no next choice.
    expect(r1?.transfer).toMatchObject({ to: { Kiss: 6, Wright: 8, Montroll: 3 }, exhausted: 19 });
    expect(r2?.eliminated).toEqual(['Simpson']);
    // The same candidates leave before the final round, so it is the published one.
    expect(result.rounds.at(-1)?.tallies).toEqual({ Kiss: 4313, Wright: 4061 });
    expect(result.winners).toEqual(['Kiss']);
  });

  it('Burlington 2009 with batch elimination: pool, then Simpson and Smith, then Montroll 2,554', () => {
    const result = countIrv({
      ...BURLINGTON_2009,
      rules: { writeIns: 'pool', batchElimination: true },
    });
    expect(result.rounds.map((r) => r.eliminated)).toEqual([
      ['Write-in'],
      ['Simpson', 'Smith'],
      ['Montroll'],
      [],
    ]);
    expect(result.rounds[2]?.tallies.Montroll).toBe(2554);
    expect(result.rounds[3]).toMatchObject({ active: 8374, exhausted: 602 });
  });

  it('names the pool, never elects it, and a second write-in on one ballot is a repeat', () => {
    const result = countIrv({
      candidates: ['A', 'B'],
      ballots: [
        { ranking: ['Zed', 'Ygrec', 'B'], count: 4 },
        { ranking: ['A'], count: 3 },
        { ranking: ['B'], count: 2 },
      ],
      rules: { writeIns: 'pool', writeInLabel: 'Others', duplicate: 'exhaust' },
    });
    // Round 1: Others 4 (more than half of 9) is not elected; it goes first, and under
    // duplicate "exhaust" its ballots stop at the second write-in (the pool again).
    expect(result.rounds[0]).toMatchObject({
      tallies: { A: 3, B: 2, Others: 4 },
      elected: [],
      eliminated: ['Others'],
    });
    expect(result.rounds[1]?.exhaustedBy.duplicate).toBe(4);
    expect(result.winners).toEqual(['A']);
    expect(result.writeIns).toEqual(['Others']);
  });
});

describe('continue until two remain', () => {
  // A 55 has a majority in round 1; C 15 then goes on to B: the head-to-head is 55 to 45.
  const ballots: RankedBallotInput[] = [
    { ranking: ['A'], count: 55 },
    { ranking: ['B', 'C'], count: 30 },
    { ranking: ['C', 'B'], count: 15 },
  ];
  it('elects A in round 1 and shows the final head-to-head', () => {
    const stops = countIrv({ candidates: ['A', 'B', 'C'], ballots });
    expect(stops.rounds).toHaveLength(1);
    const result = countIrv({
      candidates: ['A', 'B', 'C'],
      ballots,
      rules: { continueUntilTwo: true },
    });
    expect(result.rounds.map((r) => r.elected)).toEqual([['A'], []]);
    expect(result.rounds.map((r) => r.eliminated)).toEqual([['C'], []]);
    expect(result.rounds[1]?.tallies).toEqual({ A: 55, B: 45 });
    expect(result.winners).toEqual(['A']);
    expect(result.summary).toBe(
      'Elected: A — instant runoff, 2 rounds; 55 of 100 active votes in the final round (threshold 51); 100 valid ballots, 0 exhausted.',
    );
  });

  it('batch elimination never leaves the winner alone', () => {
    const result = countIrv({
      candidates: ['A', 'B', 'C', 'D'],
      ballots: [...ballots, { ranking: ['D'], count: 1 }],
      rules: { continueUntilTwo: true, batchElimination: true },
    });
    // D 1 + C 15 < B 30 could go together, but B 30 + … would leave A alone: stop at two.
    expect(result.rounds.map((r) => r.eliminated)).toEqual([['D', 'C'], []]);
    expect(result.rounds[1]?.tallies).toEqual({ A: 55, B: 45 });
  });
});

describe('first-round threshold', () => {
  // Round 1: A 40, B 35, C 25 (C's voters rank nobody else). Threshold ⌊100 / 2⌋ + 1 = 51.
  const ballots: RankedBallotInput[] = [
    { ranking: ['A'], count: 40 },
    { ranking: ['B'], count: 35 },
    { ranking: ['C'], count: 25 },
  ];
  it('keeps 51 after C’s ballots exhaust; with two left, the higher (A) is elected', () => {
    const each = countIrv({ candidates: ['A', 'B', 'C'], ballots });
    // Each round: 75 active in round 2, threshold 38, A's 40 is a majority of them.
    expect(each.rounds.map((r) => r.threshold)).toEqual([51, 38]);
    const fixed = countIrv({
      candidates: ['A', 'B', 'C'],
      ballots,
      rules: { firstRoundThreshold: true },
    });
    expect(fixed.rounds.map((r) => r.threshold)).toEqual([51, 51]);
    expect(fixed.rounds[1]).toMatchObject({ active: 75, elected: ['A'] });
    expect(fixed.winners).toEqual(['A']);
  });

  it('two left tied below it: the tie-break rule elects one', () => {
    const result = countIrv({
      candidates: ['A', 'B', 'C'],
      ballots: [
        ...ballots.slice(0, 1),
        { ranking: ['B'], count: 40 },
        ballots[2] as RankedBallotInput,
      ],
      rules: { firstRoundThreshold: true, tieBreak: { method: 'lot', lot: ['B', 'A'] } },
    });
    expect(result.rounds[1]?.ties[0]).toMatchObject({
      purpose: 'election',
      decidedBy: 'lot',
      chosen: 'B',
    });
    expect(result.winners).toEqual(['B']);
  });
});

describe('several seats without proportionality', () => {
  it('sequential IRV on Tennessee, 2 seats: Knoxville, then Chattanooga; Memphis never', () => {
    // Count 2 leaves Knoxville out: Memphis 42, Chattanooga 15 + 17 = 32, Nashville 26;
    // Nashville's 26 go on to Chattanooga, 58.
    const result = tennessee({ winnerMode: 'sequential' }, 2);
    expect(result.winners).toEqual(['Knoxville', 'Chattanooga']);
    expect(result.rounds.map((r) => [r.round, r.pass])).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
      [4, 2],
      [5, 2],
    ]);
    expect(result.rounds[3]?.tallies).toEqual({ Memphis: 42, Nashville: 26, Chattanooga: 32 });
    expect(result.rounds[4]?.tallies).toEqual({ Memphis: 42, Chattanooga: 58 });
    expect(result.summary).toBe(
      'Elected: Knoxville and Chattanooga — sequential instant runoff, 2 seats, one count per seat (2 counts, 5 rounds); 100 valid ballots, 0 exhausted in the last count.',
    );
  });

  it('bottoms-up on Tennessee, 2 seats: eliminate Chattanooga, then Nashville', () => {
    const result = tennessee({ winnerMode: 'bottoms-up' }, 2);
    expect(result.rounds.map((r) => r.eliminated)).toEqual([['Chattanooga'], ['Nashville'], []]);
    expect(result.rounds.map((r) => r.threshold)).toEqual([null, null, null]);
    expect(result.winners).toEqual(['Knoxville', 'Memphis']);
  });

  it('bottoms-up to a percentage: everyone left holds 30% (or 25%) of the round', () => {
    // 30%: Nashville 26 is short after round 1 too; 25%: Memphis 42, Knoxville 32,
    // Nashville 26 all hold a quarter once Chattanooga's 15 have moved.
    const thirty = tennessee({ winnerMode: 'bottoms-up', bottomsUpPercent: 30 });
    expect(thirty.rounds.map((r) => r.threshold)).toEqual([30, 30, 30]);
    expect(thirty.winners).toEqual(['Knoxville', 'Memphis']);
    expect(thirty.seats).toBe(2);
    const quarter = tennessee({ winnerMode: 'bottoms-up', bottomsUpPercent: 25 });
    expect(quarter.rounds).toHaveLength(2);
    expect(quarter.winners).toEqual(['Memphis', 'Knoxville', 'Nashville']);
  });

  it('the report says how the seats were filled', () => {
    const text = formatRecountText(
      recountBallotFile({
        format: 'chapterhouse-ballots/1',
        method: 'irv',
        seats: 2,
        ...TENNESSEE,
        rules: { winnerMode: 'sequential', withdrawn: ['Memphis'] },
      }),
    );
    expect(text).toContain(
      '  Count: sequential — one count per seat (2), earlier winners left out; threshold a majority of each round’s active votes.',
    );
    expect(text).toContain('  Withdrawn: Memphis — marks for them are skipped.');
    // Without Memphis, its 42 go to Nashville: 68 in count 1; count 2 elects Chattanooga 83.
    expect(text).toContain('Round 2 (count for seat 2)   threshold 51 · active 100 · exhausted 0');
  });
});

describe('rules that do not fit the election are errors', () => {
  const election = {
    format: 'chapterhouse-ballots/1',
    method: 'irv',
    candidates: ['A', 'B'],
    ballots: [{ ranking: ['A'] }],
  };
  it.each([
    [{ rules: { withdrawn: ['C'] } }, 'rules.withdrawn[0]: "C" is not a declared candidate'],
    [{ rules: { withdrawn: ['A', 'A'] } }, 'rules.withdrawn: a candidate is listed twice'],
    [{ rules: { writeIns: 'pool', writeInLabel: 'A' } }, 'rules.writeInLabel: "A" is a declared'],
    [{ method: 'plurality', rules: { writeIns: 'pool' } }, 'rules.writeIns: write-ins are pooled'],
    [{ method: 'stv', rules: { continueUntilTwo: true } }, 'rules.continueUntilTwo: continueUntil'],
    [{ rules: { quota: 'hare' } }, 'rules.quota: a quota applies to stv only'],
    [{ rules: { surplusOrder: 'together' } }, 'rules.surplusOrder: surpluses are'],
    [{ method: 'stv', rules: { winnerMode: 'sequential' } }, 'rules.winnerMode: winnerMode'],
    [{ rules: { bottomsUpPercent: 20 } }, 'rules.bottomsUpPercent: bottomsUpPercent needs'],
    [
      { seats: 2, rules: { winnerMode: 'bottoms-up', bottomsUpPercent: 20 } },
      'seats: with bottomsUpPercent the percentage decides',
    ],
    [
      { rules: { winnerMode: 'bottoms-up', batchElimination: true } },
      'rules.batchElimination: batch elimination does not apply',
    ],
    [
      { seats: 2 },
      'seats: irv fills one seat; use stv (or repeated ballots) for 2, or rules.winnerMode "sequential" or "bottoms-up"',
    ],
    [{ rules: { writeInLabel: ' ' } }, 'rules.writeInLabel: the write-in pool needs a name'],
  ])('%# %j', (change, message) => {
    const outcome = safeRecountBallotFile({ ...election, ...change });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.message).toContain(message);
  });

  it('countIrv refuses more seats without a winner mode, and counts them with one', () => {
    expect(() => countIrv({ ...TENNESSEE, seats: 2 })).toThrow(
      'irv fills one seat; use stv for more, or rules.winnerMode',
    );
    expect(
      countIrv({ ...TENNESSEE, seats: 2, rules: { winnerMode: 'bottoms-up' } }).winners,
    ).toHaveLength(2);
  });
});
