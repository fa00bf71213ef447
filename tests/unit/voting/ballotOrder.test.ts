import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderRankedBallots, packRankedBallots } from '../../../src/shared/voting';
import type {
  PackedBallots,
  RankedBallotInput,
  RankedBallotSet,
  RankingEntry,
} from '../../../src/shared/voting';
import { MARK_BLANK, MARK_DUPLICATE } from '../../../src/shared/voting/ballotSet';
import {
  childEnd,
  childStart,
  EDGE,
  nodeBallotEnd,
  nodeMark,
  nodeVotes,
  RANGE,
} from '../../../src/shared/voting/ballotTree';

/**
 * orderRankedBallots against plain definitions: the same ballots come out, strictly in
 * ranking order (so identical ones are merged), with the tree of their rankings: one
 * node per distinct prefix, holding the ballots that start with it.
 */

function ranksOf(set: PackedBallots, b: number): number[] {
  return Array.from(set.marks.subarray(set.start[b], set.start[b + 1]));
}

/** Multiset of ballots: ranks (as text) → total count. */
function tallyBallots(set: PackedBallots): Map<string, number> {
  const out = new Map<string, number>();
  for (let b = 0; b < set.size; b++) {
    const key = ranksOf(set, b).join(' ');
    out.set(key, (out.get(key) ?? 0) + (set.count[b] as number));
  }
  return out;
}

/** The documented order: ended < blank < duplicate < overvote (by code) < candidate. */
function rankClass(m: number): number {
  if (m >= 0) return 4;
  if (m === MARK_BLANK) return 1;
  if (m === MARK_DUPLICATE) return 2;
  return 3;
}
function compare(a: number[], b: number[]): number {
  for (let t = 0; t < Math.min(a.length, b.length); t++) {
    const x = a[t] as number;
    const y = b[t] as number;
    if (x !== y) return rankClass(x) !== rankClass(y) ? rankClass(x) - rankClass(y) : x - y;
  }
  return a.length - b.length;
}

/** Every prefix of every ballot (as text) → ballots (with counts) that start with it. */
function prefixCounts(set: PackedBallots): Map<string, number> {
  const out = new Map<string, number>();
  for (let b = 0; b < set.size; b++) {
    const ranks = ranksOf(set, b);
    for (let d = 0; d <= ranks.length; d++) {
      const key = ranks.slice(0, d).join(' ');
      out.set(key, (out.get(key) ?? 0) + (set.count[b] as number));
    }
  }
  return out;
}

/**
 * The tree's nodes, each as its path (text) → its ballots; walked from the root. A node of
 * one ballot has no children: the rest of its paths are that ballot's own ranks.
 */
function treeCounts(set: RankedBallotSet): Map<string, number> {
  const { tree } = set;
  const out = new Map<string, number>([['', nodeVotes(tree, 0)]]);
  const paths = [''];
  for (let n = 0; n < paths.length; n++) {
    const mark = nodeMark(tree, n);
    if (mark >= 0) {
      // The node's mark is rank `depth - 1` of the one ballot that begins `depth - 1` earlier.
      expect(childStart(tree, n)).toBe(childEnd(tree, n));
      const depth = (paths[n] as string).split(' ').length;
      const one = set.start.indexOf(mark - depth + 1);
      expect(one).toBeGreaterThanOrEqual(0);
      expect(set.start[one + 1]).toBe(nodeBallotEnd(tree, n));
      expect(set.count[one]).toBe(nodeVotes(tree, n));
      const ranks = ranksOf(set, one);
      expect(ranks.slice(0, depth).join(' ')).toBe(paths[n]);
      for (let d = depth + 1; d <= ranks.length; d++) {
        out.set(ranks.slice(0, d).join(' '), set.count[one] as number);
      }
      continue;
    }
    const marks = new Set<number>();
    for (let e = childStart(tree, n); e < childEnd(tree, n); e++) {
      const mark = tree.edges[EDGE * e] as number;
      expect(marks.has(mark)).toBe(false); // one child per mark
      marks.add(mark);
      const path = paths[n] === '' ? String(mark) : `${paths[n]} ${mark}`;
      expect(e + 1).toBe(paths.length); // children numbered level by level
      paths.push(path);
      out.set(path, tree.edges[EDGE * e + 1] as number);
      expect(nodeVotes(tree, e + 1)).toBe(tree.edges[EDGE * e + 1]);
      if (nodeMark(tree, e + 1) < 0) expectRange(set, e, path);
    }
  }
  // Every edge is some node's child.
  expect(tree.edges.length).toBe(EDGE * (paths.length - 1));
  return out;
}

/** A node of several ballots: its range holds exactly the ballots that begin with its path. */
function expectRange(set: RankedBallotSet, e: number, path: string): void {
  const [b0, b1, depth] = set.tree.ranges.slice(RANGE * e, RANGE * e + 3);
  const length = path.split(' ').length;
  expect(depth).toBe(length - 1);
  const begins = (b: number) => ranksOf(set, b).slice(0, length).join(' ') === path;
  for (let b = b0 as number; b < (b1 as number); b++) expect(begins(b)).toBe(true);
  if ((b0 as number) > 0) expect(begins((b0 as number) - 1)).toBe(false);
  if ((b1 as number) < set.size) expect(begins(b1 as number)).toBe(false);
}

function checkOrdered(packed: PackedBallots, set: RankedBallotSet): void {
  expect(tallyBallots(set)).toEqual(tallyBallots(packed));
  for (let b = 0; b + 1 < set.size; b++) {
    expect(compare(ranksOf(set, b), ranksOf(set, b + 1))).toBeLessThan(0);
  }
  const tree = treeCounts(set);
  const expected = prefixCounts(packed);
  if (packed.size === 0) expected.set('', 0);
  expect(tree).toEqual(expected);
}

/**
 * Ballots over `pool`, most of them clean rankings, some with blanks, repeats and
 * overvotes; lengths up to 8 so that with many candidates (fewer ranks fit in the sort
 * key) ballots tie on their keys and must be compared rank by rank.
 */
function ballotsArb(pool: string[], overvotes = true): fc.Arbitrary<RankedBallotInput[]> {
  const entry = fc.oneof(
    { weight: 10, arbitrary: fc.constantFrom<RankingEntry>(...pool) },
    { weight: 1, arbitrary: fc.constant<RankingEntry>(null) },
    {
      weight: overvotes ? 1 : 0,
      arbitrary: fc.uniqueArray(fc.constantFrom(...pool), { minLength: 2 }),
    },
  );
  return fc.array(
    fc.record({
      ranking: fc.array(entry, { maxLength: 8 }),
      count: fc.integer({ min: 1, max: 3 }),
    }),
    { maxLength: 60 },
  );
}

describe('orderRankedBallots', () => {
  it.each([
    ['a few candidates (whole ballots fit in the key)', 5],
    ['3,000 candidates (four ranks fit in the key)', 3000],
    // Digit widths 5, 6 and 14 bits: keys whose digits straddle the halves' 28-bit
    // boundary, whose high half needs one or two sort passes, ballots exactly as long as
    // the ranks a key holds.
    ['28 candidates (digits of 5 bits)', 28],
    ['60 candidates (digits of 6 bits, every pass needed)', 60],
    ['16,000 candidates (three ranks fit in the key)', 16_000],
  ])('keeps every ballot, in strict ranking order, with its tree: %s', (_, n) => {
    const names = Array.from({ length: n }, (__, i) => `C${i}`);
    // Candidates from both ends of the list, so marks span every digit of the key.
    const pool = [...names.slice(0, 3), ...names.slice(-2)];
    fc.assert(
      fc.property(ballotsArb(pool), (ballots) => {
        const packed = packRankedBallots(
          names,
          ballots.map((b) => ({ count: 1, ...b })),
        );
        checkOrdered(packed, orderRankedBallots(packed));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every ballot and its count when every key holds its whole ballot (counts carried by the sort)', () => {
    const names = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
    fc.assert(
      fc.property(ballotsArb(names, false), (ballots) => {
        // Counts 1 to 3 (ballotsArb), carried through the sort.
        const packed = packRankedBallots(
          names,
          ballots.map((b) => ({ count: 1, ...b })),
        );
        checkOrdered(packed, orderRankedBallots(packed));
      }),
      { numRuns: 300 },
    );
  });

  // Overvote codes are numbered as they first appear, so only ballots without overvotes
  // can be compared mark for mark (counts from them are compared in properties.test.ts).
  it('gives the same set whatever order the ballots came in', () => {
    const names = ['A', 'B', 'C', 'D'];
    fc.assert(
      fc.property(
        ballotsArb(names, false).chain((ballots) =>
          fc.tuple(
            fc.constant(ballots),
            fc.shuffledSubarray(ballots, { minLength: ballots.length }),
          ),
        ),
        ([ballots, shuffled]) => {
          const a = orderRankedBallots(
            packRankedBallots(
              names,
              ballots.map((b) => ({ count: 1, ...b })),
            ),
          );
          const b = orderRankedBallots(
            packRankedBallots(
              names,
              shuffled.map((x) => ({ count: 1, ...x })),
            ),
          );
          expect(Array.from(a.marks)).toEqual(Array.from(b.marks));
          expect(Array.from(a.count)).toEqual(Array.from(b.count));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('merges a million identical ballots into one entry', () => {
    const packed = packRankedBallots(
      ['A', 'B'],
      Array.from({ length: 1000 }, () => ({ ranking: ['B', 'A'], count: 1000 })),
    );
    const set = orderRankedBallots(packed);
    expect(set.size).toBe(1);
    expect(set.count[0]).toBe(1_000_000);
    expect(nodeVotes(set.tree, 0)).toBe(1_000_000);
  });
});
