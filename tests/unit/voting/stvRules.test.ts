import { describe, expect, it } from 'vitest';
import { countStv, formatRecountText, recountBallotFile } from '../../../src/shared/voting';
import type { BallotRulesInput, RankedBallotInput } from '../../../src/shared/voting';
import { STV_FOOD } from './fixtures';

/**
 * STV's rules beside the defaults, each with a worked example whose numbers are derived
 * by hand in the comments (and the quota as certified tabulators set it: from the votes
 * counted in round 1).
 */

describe('STV quota from the votes counted in round 1 (issue #13)', () => {
  // 24 non-blank ballots, but the 9 that mark X and Y together at rank 1 exhaust at once
  // under overvote "exhaust": they count for nobody, so they are not in the quota.
  const file = {
    format: 'chapterhouse-ballots/1',
    method: 'stv',
    seats: 2,
    candidates: ['X', 'Y', 'W'],
    ballots: [
      { ranking: ['X', 'Y'], count: 8 },
      { ranking: ['Y'], count: 3 },
      { ranking: ['W'], count: 4 },
      { ranking: [['X', 'Y']], count: 9 },
    ],
    rules: { overvote: 'exhaust' },
  };

  it('sets the quota at 6 from the 15 countable votes, and X’s surplus elects Y', () => {
    const result = recountBallotFile(file);
    if (result.kind !== 'election') throw new Error('expected an election');
    // floor(15 / 3) + 1 = 6, not floor(24 / 3) + 1 = 9 (which elected X and W).
    expect(result.quota).toBe(6);
    expect(result.winners).toEqual(['X', 'Y']);
    expect(formatRecountText(result)).toBe(
      [
        'Single transferable vote · 2 seats · Droop quota 6',
        'Ballots: 24 (24 valid, 0 blank)',
        'Rules:',
        '  Ballots: overvote exhaust; any number of blank ranks skipped; a repeated name is skipped.',
        '  Ties: previous-round-then-random.',
        '  Count: Droop quota 6, from the 15 votes counted in round 1; the largest surplus moves first.',
        '',
        'Round 1   threshold 6.0000 · active 15.0000 · exhausted 9.0000 (overvote 9.0000) · residue 0.0000',
        '  X           8.0000   53.3%  elected',
        '  W           4.0000   26.7%',
        '  Y           3.0000   20.0%',
        // X's 8 ballots move on at 2 / 8 = 0.25: Y + 2.
        '  → surplus 2.0000 of X at transfer value 0.2500: Y +2.0000, exhausted +0.0000, residue +0.0000',
        '',
        'Round 2   threshold 6.0000 · active 15.0000 · exhausted 9.0000 (overvote 9.0000) · residue 0.0000',
        '  X           6.0000   40.0%',
        '  Y           5.0000   33.3%',
        '  W           4.0000   26.7%  eliminated',
        '  → ballots of W: exhausted +4.0000',
        '',
        'Round 3   threshold 6.0000 · active 11.0000 · exhausted 13.0000 (no more choices 4.0000, overvote 9.0000) · residue 0.0000',
        '  X           6.0000   54.5%',
        '  Y           5.0000   45.5%  elected',
        '',
        'Outcome: elected — X, Y',
        '',
        'Elected: X and Y — single transferable vote, 2 seats, Droop quota 6; 3 rounds; 24 valid ballots, 13.0000 exhausted, 0.0000 rounding residue.',
        '',
      ].join('\n'),
    );
  });

  it('ballots for withdrawn candidates only are not in the quota either', () => {
    const result = countStv({
      seats: 1,
      candidates: ['A', 'B', 'Gone'],
      ballots: [
        { ranking: ['A'], count: 3 },
        { ranking: ['B'], count: 2 },
        { ranking: ['Gone'], count: 5 },
      ],
      rules: { withdrawn: ['Gone'] },
    });
    expect(result.quota).toBe(3); // floor(5 / 2) + 1
    expect(result.rounds[0]?.tallies).toEqual({ A: 3, B: 2 });
    expect(result.rounds[0]?.exhaustedBy.noMoreChoices).toBe(5);
    expect(result.winners).toEqual(['A']);
  });
});

describe('STV quotas (RCTab: Droop, non-integer Droop, Hare)', () => {
  it('Hare quota ⌈V / S⌉ favours the smaller group: A1 and B, where Droop elects A1 and A2', () => {
    // 100 votes, 2 seats. Droop ⌊100 / 3⌋ + 1 = 34: A1's surplus 16 moves at 0.32 to A2
    // (50 × 0.32 = 16), A2 36 ≥ 34. Hare ⌈100 / 2⌉ = 50: A1 holds exactly the quota, no
    // surplus; A2 20 < B 30, A2 is eliminated (their next choice A1 is elected: exhausted).
    const ballots: RankedBallotInput[] = [
      { ranking: ['A1', 'A2'], count: 50 },
      { ranking: ['A2', 'A1'], count: 20 },
      { ranking: ['B'], count: 30 },
    ];
    const count = (rules: BallotRulesInput) =>
      countStv({ seats: 2, candidates: ['A1', 'A2', 'B'], ballots, rules });
    const droop = count({});
    expect(droop.quota).toBe(34);
    expect(droop.rounds[0]?.transfer).toMatchObject({ transferValue: 0.32, to: { A2: 16 } });
    expect(droop.winners).toEqual(['A1', 'A2']);

    const hare = count({ quota: 'hare' });
    expect(hare.quota).toBe(50);
    expect(hare.rounds.map((r) => r.eliminated)).toEqual([['A2'], []]);
    expect(hare.rounds[0]?.transfer).toMatchObject({ exhausted: 20 });
    expect(hare.winners).toEqual(['A1', 'B']);
    expect(hare.summary).toContain('Hare quota 50');
  });

  it('Hare quota on the food example: 7, same winners, a residue of 0.0008', () => {
    const result = countStv({ ...STV_FOOD, rules: { quota: 'hare' } });
    expect(result.quota).toBe(7); // ⌈20 / 3⌉
    // Chocolate's surplus 5 of 12 at 0.4166: Strawberries 8 × 0.4166, Hamburgers 4 × 0.4166.
    expect(result.rounds[0]?.transfer).toEqual({
      kind: 'surplus',
      from: ['Chocolate'],
      surplus: 5,
      transferValue: 0.4166,
      to: { Oranges: 0, Pears: 0, Strawberries: 3.3328, Hamburgers: 1.6664 },
      exhausted: 0,
      residue: 0.0008,
    });
    expect(result.winners).toEqual(['Chocolate', 'Oranges', 'Strawberries']);
  });

  it('exact Droop quota V / (S + 1) + 0.0001 lets B in where the whole-vote quota does not', () => {
    // 10 votes, 2 seats. Whole: ⌊10 / 3⌋ + 1 = 4; A's surplus 2 of 6 at 0.3333 gives B
    // 1 + 1.9998 = 2.9998 < C 3: B is eliminated, C elected. Exact: 3.3333 + 0.0001 = 3.3334;
    // A's surplus 2.6666 at 0.4444 gives B 1 + 2.6664 = 3.6664 ≥ 3.3334: B elected.
    const ballots: RankedBallotInput[] = [
      { ranking: ['A', 'B'], count: 6 },
      { ranking: ['B'], count: 1 },
      { ranking: ['C'], count: 3 },
    ];
    const count = (rules: BallotRulesInput) =>
      countStv({ seats: 2, candidates: ['A', 'B', 'C'], ballots, rules });
    const whole = count({});
    expect(whole.quota).toBe(4);
    expect(whole.winners).toEqual(['A', 'C']);

    const exact = count({ quota: 'droop-exact' });
    expect(exact.quota).toBe(3.3334);
    expect(exact.rounds[0]?.transfer).toMatchObject({
      surplus: 2.6666,
      transferValue: 0.4444,
      to: { B: 2.6664 },
    });
    expect(exact.rounds[1]?.tallies).toEqual({ A: 3.3334, B: 3.6664, C: 3 });
    expect(exact.winners).toEqual(['A', 'B']);
    expect(exact.summary).toContain('exact Droop quota 3.3334');
  });
});

describe('STV surpluses moved together (RCTab: multiple winners per round)', () => {
  // 100 votes, 4 seats, quota 21. A 40 and B 30 are elected in round 1.
  const ballots: RankedBallotInput[] = [
    { ranking: ['A', 'C'], count: 40 },
    { ranking: ['B', 'C', 'D'], count: 30 },
    { ranking: ['C'], count: 5 },
    { ranking: ['D'], count: 9 },
    { ranking: ['E'], count: 16 },
  ];
  const count = (rules: BallotRulesInput) =>
    countStv({ seats: 4, candidates: ['A', 'B', 'C', 'D', 'E'], ballots, rules });

  it('largest first: A’s surplus elects C before B’s moves, so B’s passes C and reaches D', () => {
    const result = count({});
    // A: 19 at 0.475 → C 24, elected in round 2. B: 9 at 0.3 → D 18. D 18 beats E 16.
    expect(result.rounds.map((r) => r.transfer?.from)).toEqual([
      ['A'],
      ['B'],
      ['C'],
      ['E'],
      undefined,
    ]);
    expect(result.rounds[1]?.transfer).toMatchObject({ transferValue: 0.3, to: { D: 9 } });
    expect(result.winners).toEqual(['A', 'B', 'C', 'D']);
  });

  it('together: both move in round 1, B’s ballots reach C first, and E takes the last seat', () => {
    const result = count({ surplusOrder: 'together' });
    const [r1, r2, r3] = result.rounds;
    // A's 19 at 0.475 and B's 9 at 0.3 all go to C (still in the count): C 5 + 28 = 33.
    expect(r1?.transfer).toEqual({
      kind: 'surplus',
      from: ['A', 'B'],
      surplus: 28,
      transferValues: { A: 0.475, B: 0.3 },
      to: { C: 28, D: 0, E: 0 },
      exhausted: 0,
      residue: 0,
    });
    // C's surplus 12 of 33 at 0.3636: B's 30 ballots (at 0.3) go on to D at 0.1090 each
    // (3.27); C's own 5 and A's 40 (at 0.475 → 0.1727 each) have no next choice.
    expect(r2?.transfer).toMatchObject({
      from: ['C'],
      transferValue: 0.3636,
      to: { D: 3.27, E: 0 },
      exhausted: 8.726,
      residue: 0.004,
    });
    expect(r3?.tallies).toEqual({ A: 21, B: 21, C: 21, D: 12.27, E: 16 });
    expect(r3?.eliminated).toEqual(['D']);
    expect(result.winners).toEqual(['A', 'B', 'C', 'E']);
    expect(
      formatRecountText({
        ...result,
        format: 'chapterhouse-recount/1',
        title: null,
        chapter: null,
      }),
    ).toContain(
      '→ surpluses 28.0000 of A (transfer value 0.4750), B (transfer value 0.3000), together: C +28.0000',
    );
  });
});

describe('STV and the write-in pool', () => {
  it('nobody is elected while the pool is in; it goes first, at full value', () => {
    // Quota ⌊12 / 3⌋ + 1 = 5 counts the pool's 3 votes. A has 5 in round 1 but is elected
    // in round 2, after the pool's ballots (2 of them to A) have moved: surplus 2 of 7.
    const result = countStv({
      seats: 2,
      candidates: ['A', 'B', 'C'],
      ballots: [
        { ranking: ['A', 'B'], count: 5 },
        { ranking: ['B'], count: 2 },
        { ranking: ['C'], count: 2 },
        { ranking: ['Zed', 'A'], count: 2 },
        { ranking: ['Ygrec'], count: 1 },
      ],
      rules: { writeIns: 'pool' },
    });
    expect(result.candidates).toEqual(['A', 'B', 'C', 'Write-in']);
    expect(result.quota).toBe(5);
    const [r1, r2] = result.rounds;
    expect(r1?.tallies).toEqual({ A: 5, B: 2, C: 2, 'Write-in': 3 });
    expect(r1?.elected).toEqual([]);
    expect(r1?.eliminated).toEqual(['Write-in']);
    expect(r2?.elected).toEqual(['A']);
    expect(r2?.transfer).toMatchObject({ from: ['A'], surplus: 2 });
    expect(result.warnings).toContain(
      '2 write-in names pooled as "Write-in" and eliminated first: Ygrec, Zed.',
    );
  });
});
