import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countIrvSet,
  countStvSet,
  orderRankedBallots,
  packRankedBallots,
  resolveRules,
} from '../../../src/shared/voting';
import type { RankedBallot, RankingEntry } from '../../../src/shared/voting';
import { countIrvPacked } from '../../../src/shared/voting/irv';
import { narrowMarksOf } from '../../../src/shared/voting/narrowMarks';

/**
 * Counts read ballots from one-byte copies of their marks when every code fits in a byte
 * (narrowMarks.ts). The copies must hold exactly the same codes, be left out when a code
 * would not fit, and give the same count as the marks themselves.
 */

describe('narrowMarksOf', () => {
  it('keeps every code a byte can hold, candidates 0 … 127 down to overvote -127', () => {
    const marks = Int32Array.from([0, 1, 127, -1, -2, -3, -127]);
    expect(Array.from(narrowMarksOf(128, 125, marks) ?? [])).toEqual(Array.from(marks));
  });

  it('leaves them out past 128 candidates or 125 overvotes', () => {
    const marks = Int32Array.from([0, 128]);
    expect(narrowMarksOf(129, 0, marks)).toBeUndefined();
    expect(narrowMarksOf(10, 126, Int32Array.from([-128]))).toBeUndefined();
  });

  it('are made for packed and ordered ballots that fit, and not for those that do not', () => {
    const few = packRankedBallots(['A', 'B'], [{ ranking: ['A', ['A', 'B'], 'B'], count: 1 }]);
    expect(Array.from(few.narrowMarks ?? [])).toEqual(Array.from(few.marks));
    const ordered = orderRankedBallots(few);
    expect(Array.from(ordered.narrowMarks ?? [])).toEqual(Array.from(ordered.marks));
    const many = Array.from({ length: 200 }, (_, i) => `C${i}`);
    const wide = packRankedBallots(many, [{ ranking: ['C199', 'C0'], count: 1 }]);
    expect(wide.narrowMarks).toBeUndefined();
    expect(orderRankedBallots(wide).narrowMarks).toBeUndefined();
  });
});

const NAMES = ['A', 'B', 'C', 'D', 'E', 'F'];
const entryArb: fc.Arbitrary<RankingEntry> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...NAMES, 'Write In') },
  { weight: 1, arbitrary: fc.constant(null) },
  {
    weight: 1,
    arbitrary: fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 2, maxLength: 3 }),
  },
);
const ballotsArb: fc.Arbitrary<RankedBallot[]> = fc.array(
  fc.record({
    ranking: fc.array(entryArb, { minLength: 1, maxLength: 7 }),
    count: fc.integer({ min: 1, max: 3 }),
  }),
  { minLength: 1, maxLength: 60 },
);

describe('counts from narrow marks', () => {
  it('give the same rounds as counts from the marks themselves (IRV and STV)', () => {
    fc.assert(
      fc.property(
        ballotsArb,
        fc.constantFrom('exhaust', 'skip', 'exhaust-if-multiple-continuing'),
        fc.constantFrom('skip', 'exhaust'),
        (ballots, overvote, duplicate) => {
          const rules = resolveRules({ overvote, duplicate, tieBreak: { seed: 'narrow' } });
          const packed = packRankedBallots(NAMES, ballots);
          expect(packed.narrowMarks).toBeDefined();
          const wide = { ...packed, narrowMarks: undefined };
          expect(countIrvPacked(packed, rules)).toEqual(countIrvPacked(wide, rules));
          const set = orderRankedBallots(packed);
          const wideSet = { ...set, narrowMarks: undefined };
          expect(countIrvSet(set, rules)).toEqual(countIrvSet(wideSet, rules));
          expect(countStvSet(set, 2, rules)).toEqual(countStvSet(wideSet, 2, rules));
        },
      ),
      { numRuns: 200 },
    );
  });
});
