import { describe, expect, it } from 'vitest';
import {
  countIrvSet,
  hashSeed,
  orderRankedBallots,
  packRankedBallots,
  resolveRules,
  sfc32,
} from '../../../src/shared/voting';
import type { RankedBallot } from '../../../src/shared/voting';
import { countIrvPacked } from '../../../src/shared/voting/irv';

/**
 * The piles keep their entries in chunks of one array that starts small (16 chunks) and
 * doubles, chunks going back to a free list as candidates leave. A count holding far more
 * ballots one by one than the first array has room for must lose none: the same count on
 * the tree (whole branches, few entries) is the check.
 */
describe('RankedPiles storage', () => {
  it('grows its array and reuses freed chunks without losing a ballot', () => {
    const next = sfc32(hashSeed('piles'));
    const names = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
    const ballots: RankedBallot[] = Array.from({ length: 30_000 }, () => {
      const pool = [...names];
      const length = 1 + (next() % names.length);
      const ranking = Array.from({ length }, () => pool.splice(next() % pool.length, 1)[0]!);
      return { ranking, count: 1 };
    });
    const rules = resolveRules({ tieBreak: { seed: 'piles' } });
    // First in this file: the count starts from an empty store, as in a fresh process.
    const flat = countIrvPacked(packRankedBallots(names, ballots), rules);
    const tree = countIrvSet(orderRankedBallots(packRankedBallots(names, ballots)), rules);
    expect(flat.rounds.length).toBeGreaterThan(5);
    expect(flat).toEqual(tree);
    // Again, now from the store the first count left behind.
    expect(countIrvPacked(packRankedBallots(names, ballots), rules)).toEqual(tree);
  });
});
