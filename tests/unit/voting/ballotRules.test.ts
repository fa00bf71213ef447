import { describe, expect, it } from 'vitest';
import { countIrv, countPlurality } from '../../../src/shared/voting';
import type { BallotRulesInput, RankedBallotInput } from '../../../src/shared/voting';

const irv = (candidates: string[], ballots: RankedBallotInput[], rules: BallotRulesInput = {}) =>
  countIrv({ candidates, ballots, rules });

describe('overvotes', () => {
  // B is eliminated first; then D, whose ballots next mark A and B together, then C.
  const candidates = ['A', 'B', 'C', 'D'];
  const ballots: RankedBallotInput[] = [
    { ranking: ['A'], count: 5 },
    { ranking: ['C'], count: 4 },
    { ranking: ['B'], count: 2 },
    { ranking: ['D', ['A', 'B'], 'C'], count: 3 },
  ];

  it('exhaust (default): the ballot stops at the overvote', () => {
    const result = irv(candidates, ballots);
    expect(result.rounds[1]?.transfer).toMatchObject({ from: ['D'], exhausted: 3 });
    expect(result.rounds[2]?.exhaustedBy).toEqual({
      noMoreChoices: 2,
      overvote: 3,
      skipped: 0,
      duplicate: 0,
    });
    expect(result.winners).toEqual(['A']);
  });

  it('skip: the ballot goes on to the next rank', () => {
    const result = irv(candidates, ballots, { overvote: 'skip' });
    expect(result.rounds[2]?.tallies).toEqual({ A: 5, C: 7 });
    expect(result.winners).toEqual(['C']);
  });

  it('exhaust-if-multiple-continuing: counts the one overvoted candidate still in', () => {
    const result = irv(candidates, ballots, { overvote: 'exhaust-if-multiple-continuing' });
    expect(result.rounds[2]?.tallies).toEqual({ A: 8, C: 4 });
    // In round 1, with A and B both continuing, the same mark exhausts.
    const early = irv(['A', 'B'], [{ ranking: [['A', 'B'], 'A'] }, { ranking: ['A'] }], {
      overvote: 'exhaust-if-multiple-continuing',
    });
    expect(early.rounds[0]?.exhaustedBy.overvote).toBe(1);
  });

  it('an array with one name is just that name', () => {
    const result = countPlurality({
      candidates: ['A', 'B'],
      ballots: [{ ranking: [['A', 'A', null]] }],
    });
    expect(result.rounds[0]?.tallies).toEqual({ A: 1, B: 0 });
  });

  it('plurality reads the first valid choice under the same rules', () => {
    const result = countPlurality({
      candidates: ['A', 'B'],
      ballots: [{ ranking: [['A', 'B'], 'B'], count: 2 }, { ranking: ['A'] }],
    });
    expect(result.rounds[0]).toMatchObject({ tallies: { A: 1, B: 0 }, exhausted: 2 });
    const skipping = countPlurality({
      candidates: ['A', 'B'],
      ballots: [{ ranking: [['A', 'B'], 'B'], count: 2 }, { ranking: ['A'] }],
      rules: { overvote: 'skip' },
    });
    expect(skipping.rounds[0]?.tallies).toEqual({ A: 1, B: 2 });
    expect(skipping.winners).toEqual(['B']);
  });
});

describe('skipped ranks', () => {
  it('maxSkippedRanks counts consecutive blanks (null or "") before a later choice', () => {
    const ballots: RankedBallotInput[] = [
      { ranking: [null, '', 'B'] },
      { ranking: ['A'], count: 2 },
    ];
    expect(irv(['A', 'B'], ballots, { maxSkippedRanks: 1 }).rounds[0]).toMatchObject({
      tallies: { A: 2, B: 0 },
      exhaustedBy: { skipped: 1 },
    });
    expect(irv(['A', 'B'], ballots, { maxSkippedRanks: 2 }).rounds[0]?.tallies).toEqual({
      A: 2,
      B: 1,
    });
    expect(irv(['A', 'B'], ballots).rounds[0]?.tallies).toEqual({ A: 2, B: 1 });
  });

  it('blanks after a passed-over choice count too; any mark resets the run', () => {
    const ballots: RankedBallotInput[] = [
      { ranking: ['C', null, 'B', null, 'A'] },
      { ranking: ['C', null, null, 'A'] },
      { ranking: ['A'], count: 3 },
      { ranking: ['B'], count: 3 },
    ];
    // C eliminated: the first ballot moves to B (one blank), the second exhausts (two).
    const result = irv(['A', 'B', 'C'], ballots, { maxSkippedRanks: 1 });
    expect(result.rounds[0]?.transfer).toMatchObject({ to: { A: 0, B: 1 }, exhausted: 1 });
    expect(result.rounds[1]?.exhaustedBy).toMatchObject({ skipped: 1, noMoreChoices: 0 });
    expect(result.winners).toEqual(['B']);
  });

  it('trailing blanks are not skips: the ballot simply has no more choices', () => {
    const result = irv(
      ['A', 'B', 'C'],
      [
        { ranking: ['C', null, null, null] },
        { ranking: ['A'], count: 2 },
        { ranking: ['B'], count: 2 },
      ],
      { maxSkippedRanks: 0, tieBreak: { method: 'lot', lot: ['A', 'B'] } },
    );
    expect(result.rounds[1]?.exhaustedBy).toMatchObject({ skipped: 0, noMoreChoices: 1 });
  });
});

describe('duplicates and blank ballots', () => {
  const ballots: RankedBallotInput[] = [
    { ranking: ['C', 'C', 'B'] },
    { ranking: ['A'], count: 3 },
    { ranking: ['B'], count: 2 },
  ];

  it('skip (default): a repeated candidate is passed over', () => {
    const result = irv(['A', 'B', 'C'], ballots);
    expect(result.rounds[0]?.transfer?.to).toEqual({ A: 0, B: 1 });
  });

  it('exhaust: the ballot stops at the repeat', () => {
    const result = irv(['A', 'B', 'C'], ballots, { duplicate: 'exhaust' });
    expect(result.rounds[1]?.exhaustedBy.duplicate).toBe(1);
  });

  // D is eliminated first. Its ballots mark A and B together, then A again, then C.
  const overvoteThenName: RankedBallotInput[] = [
    { ranking: ['D', ['A', 'B'], 'A', 'C'], count: 3 },
    { ranking: ['A'], count: 4 },
    { ranking: ['B'], count: 4 },
    { ranking: ['C'], count: 5 },
  ];

  it('exhaust: a name inside an earlier overvote counts as already ranked (RCTab)', () => {
    // Overvote skipped: under duplicate "skip" the later A is a first mark for A …
    const skip = irv(['A', 'B', 'C', 'D'], overvoteThenName, { overvote: 'skip' });
    expect(skip.rounds[0]?.transfer).toMatchObject({ to: { A: 3 }, exhausted: 0 });
    // … under "exhaust" it repeats the A inside the overvote: the ballot stops there.
    const exhaust = irv(['A', 'B', 'C', 'D'], overvoteThenName, {
      overvote: 'skip',
      duplicate: 'exhaust',
    });
    expect(exhaust.rounds[0]?.transfer).toMatchObject({ to: { A: 0 }, exhausted: 3 });
    expect(exhaust.rounds[1]?.exhaustedBy.duplicate).toBe(3);
    // So is an overvote holding a name ranked before it.
    const later = irv(
      ['A', 'B', 'C'],
      [{ ranking: ['A', ['A', 'B'], 'C'] }, { ranking: ['B'] }, { ranking: ['C'], count: 2 }],
      {
        overvote: 'skip',
        duplicate: 'exhaust',
        tieBreak: { method: 'lot', lot: ['C', 'B', 'A'] },
      },
    );
    expect(later.rounds[0]?.eliminated).toEqual(['A']);
    expect(later.rounds[1]?.exhaustedBy.duplicate).toBe(1);
  });

  it('undervotes are counted apart: never valid, never exhausted', () => {
    const result = irv(
      ['A', 'B'],
      [
        { ranking: [], count: 2 },
        { ranking: [null, ''], count: 1 },
        { ranking: [[]] },
        { ranking: ['A'], count: 3 },
      ],
    );
    expect(result.ballots).toEqual({ total: 7, valid: 3, undervotes: 4 });
    expect(result.rounds[0]).toMatchObject({ active: 3, exhausted: 0 });
    expect(result.summary).toContain('3 valid ballots, 4 blank, 0 exhausted');
  });
});

describe('write-ins', () => {
  it('are counted as candidates after the declared ones, sorted by name, and flagged', () => {
    const ballots: RankedBallotInput[] = [
      { ranking: ['Zed'] },
      { ranking: ['A'], count: 3 },
      { ranking: ['Mo', 'A'] },
    ];
    const result = irv(['A', 'B'], ballots);
    expect(result.candidates).toEqual(['A', 'B', 'Mo', 'Zed']);
    expect(result.writeIns).toEqual(['Mo', 'Zed']);
    expect(result.warnings).toEqual([
      '2 write-in names counted as candidates: Mo, Zed — check spellings.',
    ]);
    const reversed = irv(['A', 'B'], [...ballots].reverse());
    expect(reversed).toEqual(result);
  });

  it('any name is just a name, even one JavaScript treats specially', () => {
    const result = irv(
      ['constructor'],
      [{ ranking: ['__proto__'], count: 2 }, { ranking: ['constructor'] }],
    );
    expect(result.rounds[0]?.tallies).toEqual({ constructor: 1, ['__proto__']: 2 });
    expect(Object.keys(result.rounds[0]?.tallies ?? {})).toEqual(['constructor', '__proto__']);
    expect(result.winners).toEqual(['__proto__']);
  });
});
