import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderRankedBallots, packRankedBallots } from '../../../src/shared/voting';
import type { RankedBallot, RankingEntry } from '../../../src/shared/voting';
import { BallotPacker, isBlank } from '../../../src/shared/voting/packer';

/**
 * BallotPacker with `merge` (how the cast-vote-record readers hold a million ballots in
 * memory that grows with the different rankings only) against packing every ballot: the
 * same ballots in ranking order, the same counts.
 */

const entry = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom<RankingEntry>('A', 'B', 'C', 'Zed write-in') },
  { weight: 1, arbitrary: fc.constantFrom<RankingEntry>(null, '', '  ') },
  { weight: 1, arbitrary: fc.uniqueArray(fc.constantFrom('A', 'B', 'C', ''), { minLength: 1 }) },
);
const ballots = fc.array(
  fc.record({ ranking: fc.array(entry, { maxLength: 6 }), count: fc.integer({ min: 1, max: 4 }) }),
  { maxLength: 80 },
);

function packMerged(candidates: string[], list: RankedBallot[]) {
  const packer = new BallotPacker(candidates, { merge: true });
  for (const ballot of list) {
    for (const e of ballot.ranking) {
      if (typeof e === 'string') {
        if (isBlank(e)) packer.blank();
        else packer.mark(packer.indexOf(e));
      } else if (e === null) packer.blank();
      else packer.group(e);
    }
    packer.endBallot(ballot.count);
  }
  return packer.finish();
}

describe('BallotPacker', () => {
  it('merging identical ballots as they close gives the same ordered set', () => {
    fc.assert(
      fc.property(ballots, (list) => {
        const candidates = ['A', 'B', 'C'];
        const merged = packMerged(candidates, list);
        const plain = packRankedBallots(candidates, list);
        // No two kept ballots are the same.
        const seen = new Set<string>();
        for (let b = 0; b < merged.size; b++) {
          const key = Array.from(
            merged.marks.subarray(merged.start[b], merged.start[b + 1]),
          ).join();
          expect(seen.has(key)).toBe(false);
          seen.add(key);
        }
        const a = orderRankedBallots(merged);
        const b = orderRankedBallots(plain);
        expect(Array.from(a.marks)).toEqual(Array.from(b.marks));
        expect(Array.from(a.start)).toEqual(Array.from(b.start));
        expect(Array.from(a.count)).toEqual(Array.from(b.count));
        expect(a.overvotes.map((o) => Array.from(o))).toEqual(
          b.overvotes.map((o) => Array.from(o)),
        );
        expect([a.names, a.total, a.valid, a.undervotes]).toEqual([
          b.names,
          b.total,
          b.valid,
          b.undervotes,
        ]);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps one entry per different ranking however many ballots there are', () => {
    const packer = new BallotPacker(['A', 'B', 'C'], { merge: true });
    for (let i = 0; i < 100_000; i++) {
      packer.mark(i % 3);
      if (i % 2) packer.mark((i + 1) % 3);
      packer.endBallot(1);
    }
    const set = packer.finish();
    expect(set.size).toBe(6);
    expect(set.total).toBe(100_000);
  });

  it('reads a repeated name as a duplicate only within one ballot', () => {
    const packer = new BallotPacker(['A', 'B'], { merge: true });
    packer.mark(0);
    packer.endBallot(1);
    packer.mark(0); // a new ballot: not a duplicate of the one merged away
    packer.mark(0);
    packer.endBallot(1);
    const set = packer.finish();
    expect(Array.from(set.marks)).toEqual([0, 0, -2]);
    expect(Array.from(set.count)).toEqual([1, 1]);
  });
});
