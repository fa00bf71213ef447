import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BallotReader,
  countIrvSet,
  hashSeed,
  orderRankedBallots,
  packRankedBallots,
  resolveRules,
  sfc32,
} from '../../../src/shared/voting';
import type {
  BallotRules,
  BallotRulesInput,
  RankedBallot,
  RankedBallotInput,
  PackedBallots,
  RankingEntry,
} from '../../../src/shared/voting';
import { reasonIndex } from '../../../src/shared/voting/ballotSet';
import { countIrvPacked } from '../../../src/shared/voting/irv';
import { UNITS_PER_VOTE } from '../../../src/shared/voting/decimal';
import { RankedPiles } from '../../../src/shared/voting/piles';

/**
 * RankedPiles counts ballots put in ranking order and merged, moving runs of them; this
 * reference does none of that: it takes the ballots as packed, in the order given, holds
 * each on its own, remembers the rank it stopped at and reads on from there with
 * BallotReader. Any sequence of eliminations and surplus transfers must leave both in the
 * same state.
 */
class ReferencePiles {
  readonly tally: Float64Array;
  readonly exhaustedBy = new Float64Array(4);
  readonly continuing: Uint8Array;
  private readonly reader: BallotReader;
  private readonly holder: Int32Array;
  private readonly at: Int32Array;
  private readonly value: Float64Array;

  constructor(
    private readonly set: PackedBallots,
    rules: BallotRules,
    weighted: boolean,
  ) {
    const unit = weighted ? UNITS_PER_VOTE : 1;
    this.reader = new BallotReader(set.overvotes, rules);
    this.tally = new Float64Array(set.names.length);
    this.continuing = new Uint8Array(set.names.length).fill(1);
    this.holder = new Int32Array(set.size);
    this.at = new Int32Array(set.size);
    this.value = new Float64Array(set.size).fill(unit);
    for (let b = 0; b < set.size; b++) this.place(b, set.start[b] as number, null);
  }

  transfer(from: readonly number[], received: Float64Array, transferValue?: number): number {
    let exhausted = 0;
    for (const c of from) {
      for (let b = 0; b < this.set.size; b++) {
        if (this.holder[b] !== c) continue;
        if (transferValue !== undefined) {
          this.value[b] = Math.floor(((this.value[b] as number) * transferValue) / UNITS_PER_VOTE);
        }
        exhausted += this.place(b, (this.at[b] as number) + 1, received);
      }
    }
    return exhausted;
  }

  private place(b: number, from: number, received: Float64Array | null): number {
    const next = this.reader.read(
      this.set.marks,
      from,
      this.set.start[b + 1] as number,
      this.continuing,
    );
    const v = (this.set.count[b] as number) * (this.value[b] as number);
    this.holder[b] = next;
    if (next < 0) {
      add(this.exhaustedBy, reasonIndex(next), v);
      return v;
    }
    this.at[b] = this.reader.at;
    add(this.tally, next, v);
    if (received) add(received, next, v);
    return 0;
  }
}

function add(to: Float64Array, i: number, v: number): void {
  to[i] = (to[i] as number) + v;
}

const rulesArb: fc.Arbitrary<BallotRulesInput> = fc.record({
  overvote: fc.constantFrom('exhaust', 'skip', 'exhaust-if-multiple-continuing'),
  maxSkippedRanks: fc.oneof(fc.constant('unlimited' as const), fc.integer({ min: 0, max: 2 })),
  duplicate: fc.constantFrom('skip', 'exhaust'),
});

const NAMES = ['A', 'B', 'C', 'D', 'E', 'F'];

/** Mostly clean rankings (they are the ones grouped), some with blanks, repeats, overvotes. */
function ballotArb(pool: string[]): fc.Arbitrary<RankedBallotInput> {
  return fc.record({
    ranking: fc.array(
      fc.oneof(
        { weight: 12, arbitrary: fc.constantFrom<RankingEntry>(...pool) },
        { weight: 1, arbitrary: fc.constant<RankingEntry>(null) },
        {
          weight: 1,
          arbitrary: fc.uniqueArray(fc.constantFrom(...pool), { minLength: 2 }),
        },
      ),
      { maxLength: 7 },
    ),
    count: fc.integer({ min: 1, max: 4 }),
  });
}

/** A step: who leaves (one or two candidates), and a surplus transfer value or none. */
const stepArb = fc.record({
  pick: fc.array(fc.nat(), { minLength: 1, maxLength: 2 }),
  transferValue: fc.option(fc.integer({ min: 0, max: UNITS_PER_VOTE }), { nil: undefined }),
});

function expectSame(a: RankedPiles, b: ReferencePiles): void {
  expect([...a.tally]).toEqual([...b.tally]);
  expect([...a.exhaustedBy]).toEqual([...b.exhaustedBy]);
}

/** Runs random steps on both and compares them after each. */
function compareRandomCount(
  names: string[],
  ballotArb: fc.Arbitrary<RankedBallotInput>,
  numRuns: number,
): void {
  fc.assert(
    fc.property(
      fc.array(ballotArb, { maxLength: 40 }),
      rulesArb,
      fc.boolean(),
      fc.array(stepArb, { maxLength: 6 }),
      // Every small node held as its ballots, none, or some: each kind of pile entry.
      fc.constantFrom(0, 1, 3, Number.POSITIVE_INFINITY),
      (ballots, rulesInput, weighted, steps, smallNode) => {
        const packed = packRankedBallots(
          names,
          ballots.map((b) => ({ count: 1, ...b })),
        );
        const rules = resolveRules(rulesInput);
        const set = orderRankedBallots(packed);
        const piles = new RankedPiles(set, rules, weighted, undefined, smallNode);
        const reference = new ReferencePiles(packed, rules, weighted);
        expectSame(piles, reference);
        for (const step of steps) {
          const live = names.map((_, c) => c).filter((c) => piles.continuing[c] === 1);
          if (live.length === 0) break;
          const out = [...new Set(step.pick.map((k) => live[k % live.length] as number))];
          for (const c of out) {
            piles.continuing[c] = 0;
            reference.continuing[c] = 0;
          }
          const tv = weighted ? step.transferValue : undefined;
          const got = new Float64Array(names.length);
          const want = new Float64Array(names.length);
          expect(piles.transfer(out, got, tv)).toBe(reference.transfer(out, want, tv));
          expect([...got]).toEqual([...want]);
          for (const c of out) {
            piles.tally[c] = 0;
            reference.tally[c] = 0;
          }
          expectSame(piles, reference);
        }
      },
    ),
    { numRuns },
  );
}

/**
 * The piles keep their entries in chunks of one array that starts small (16 chunks) and
 * doubles, chunks going back to a free list as candidates leave. A count holding far more
 * ballots one by one than the first array has room for must lose none: the same count on
 * the tree (whole branches, few entries) is the check. First in this file, so that the
 * count starts from an empty store, as in a fresh process.
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
    const flat = countIrvPacked(packRankedBallots(names, ballots), rules);
    const tree = countIrvSet(orderRankedBallots(packRankedBallots(names, ballots)), rules);
    expect(flat.rounds.length).toBeGreaterThan(5);
    expect(flat).toEqual(tree);
    // Again, now from the store the first count left behind.
    expect(countIrvPacked(packRankedBallots(names, ballots), rules)).toEqual(tree);

    // Two counts at once: the second must not get the array the first took over.
    const packed = packRankedBallots(names, ballots);
    const one = new RankedPiles(packed, rules, false);
    const two = new RankedPiles(packed, rules, false);
    const reference = new ReferencePiles(packed, rules, false);
    for (const c of [0, 1, 2]) {
      for (const piles of [one, two, reference]) piles.continuing[c] = 0;
      const received = () => new Float64Array(names.length);
      one.transfer([c], received());
      two.transfer([c], received());
      reference.transfer([c], received());
      expectSame(one, reference);
      expectSame(two, reference);
    }
    one.release();
    two.release();
  });
});

describe('RankedPiles', () => {
  it('moves every ballot as reading each one on from where it stopped would', () => {
    compareRandomCount(NAMES, ballotArb(NAMES), 1000);
  });

  it('does so too with 3,000 candidates (long ballots tie beyond the sort key)', () => {
    const names = Array.from({ length: 3000 }, (_, i) => `C${i}`);
    // Candidates from both ends of the list, so marks span the digits of the sort key.
    compareRandomCount(names, ballotArb([...names.slice(0, 3), ...names.slice(-3)]), 200);
  });
});
