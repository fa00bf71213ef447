import { MARK_BLANK, MARK_DUPLICATE } from './ballotSet';
import type { PackedBallots, RankedBallotSet } from './ballotSet';
import { buildBallotTree } from './ballotTree';
import { narrowMarksOf } from './narrowMarks';
import { scratch, Slot } from './scratch';

/**
 * Puts packed ballots in ranking order and merges identical ones, as tellers sort paper
 * ballots into piles by first choice, then by second within each pile, and so on. Every
 * group of ballots that agree on their first d ranks is then one contiguous run, from
 * which their tree is built in a pass per rank (ballotTree.ts): a count then moves whole
 * branches of the tree instead of one ballot at a time (piles.ts).
 *
 * Order: rank by rank, a ballot that has ended first, then a blank, a duplicate, an
 * overvote (overvotes among themselves by code), then candidates by index.
 *
 * How: each ballot's first ranks become one integer key (as many ranks as the longest
 * ballot has, or as fit in 51 bits, then one bit saying whether the key holds the whole ballot), sorted by a radix sort
 * that carries the keys along, so each pass reads and writes in sequence. Ballots whose
 * keys tie but that differ beyond the key (long ballots, different overvotes) are then
 * put in order by comparing their ranks; identical neighbours merge.
 */
export function orderRankedBallots(set: PackedBallots): RankedBallotSet {
  const { size, start, marks } = set;
  // The result never shares an array with `set` (its arrays may be scratch space).
  if (size < 2) {
    return withTree({
      ...set,
      marks: marks.slice(),
      start: start.slice(),
      count: set.count.slice(),
    });
  }
  // Digits of a power of two, so keys are built and read with shifts.
  const bits = Math.ceil(Math.log2(set.names.length + 4));
  // No more ranks per key than the longest ballot has: shorter keys need fewer passes.
  let longest = 1;
  for (let b = 0; b < size; b++) {
    const length = (start[b + 1] as number) - (start[b] as number);
    if (length > longest) longest = length;
  }
  const ranks = Math.min(longest, Math.floor(51 / bits));
  const at = digitPlaces(bits, ranks);
  const keys: Keyed = {
    lo: scratch(Slot.KeyLo, size),
    hi: scratch(Slot.KeyHi, size),
    ballot: scratch(Slot.KeyBallot, size),
  };
  let maxHi = 0;
  let anyPartial = 0;
  for (let b = 0; b < size; b++) {
    const p = start[b] as number;
    const length = (start[b + 1] as number) - p;
    let upTo = length < ranks ? length : ranks;
    let partial = length <= ranks ? 0 : 1;
    let lo = 0;
    let hi = 0;
    for (let t = 0; t < upTo; t++) {
      const d = digit(marks[p + t] as number);
      // Rank t's digit at bit at[t]: in lo, in hi, or across the two.
      const q = at[t] as number;
      if (q >= LOW_BITS) hi |= d << (q - LOW_BITS);
      else {
        lo |= (d << q) & LOW_MASK;
        if (q + bits > LOW_BITS) hi |= d >>> (LOW_BITS - q);
      }
      if (d === OVERVOTE_DIGIT) {
        // Overvotes share a digit: the key stops here and their codes decide the order.
        partial = 1;
        upTo = t + 1;
      }
    }
    anyPartial |= partial;
    keys.lo[b] = lo | partial;
    keys.hi[b] = hi;
    keys.ballot[b] = b;
    if (hi > maxHi) maxHi = hi;
  }

  // Every key holds its whole ballot: the ranks come from the keys, so the sort carries
  // each ballot's count instead of its number (gather then reads nothing at random).
  const carriesCounts = anyPartial === 0;
  if (carriesCounts) keys.ballot.set(set.count.subarray(0, size));
  const sorted = radixSort(keys, maxHi);
  if (!carriesCounts) sortTies(set, sorted); // else no key ties with ballots left to compare
  const { ordered, shared } = gather(set, sorted, bits, ranks, carriesCounts);
  return withTree(ordered, shared);
}

/**
 * Per ballot, in one order: its key in two halves and its number in the set (its count
 * instead when every key holds its whole ballot).
 */
interface Keyed {
  lo: Int32Array;
  hi: Int32Array;
  ballot: Int32Array;
}

/**
 * Low part of a key: 28 bits, so each key is two non-negative int32 halves, and a key of
 * up to 42 bits (10 ranks of 10 candidates) is sorted in three passes of 14 bits.
 */
const LOW_BITS = 28;
const LOW_MASK = 2 ** LOW_BITS - 1;
const OVERVOTE_DIGIT = 3;
const DIGIT_BITS = 14;
const DIGIT_MASK = (1 << DIGIT_BITS) - 1;

/** Per rank t, the lowest bit of its digit in a key: after the flag bit, first rank highest. */
function digitPlaces(bits: number, ranks: number): Int32Array {
  return Int32Array.from({ length: ranks }, (_, t) => 1 + bits * (ranks - 1 - t));
}

function digit(m: number): number {
  if (m >= 0) return m + 4;
  if (m === MARK_BLANK) return 1;
  if (m === MARK_DUPLICATE) return 2;
  return OVERVOTE_DIGIT;
}

/** Compares two ballots rank by rank in the order described above. */
function compareBallots(set: PackedBallots, a: number, b: number): number {
  const { start, marks } = set;
  const pa = start[a] as number;
  const pb = start[b] as number;
  const la = (start[a + 1] as number) - pa;
  const lb = (start[b + 1] as number) - pb;
  for (let t = 0; t < la && t < lb; t++) {
    const ma = marks[pa + t] as number;
    const mb = marks[pb + t] as number;
    if (ma === mb) continue;
    const da = digit(ma);
    const db = digit(mb);
    // Two overvotes: any consistent order does; by code.
    return da !== db ? da - db : ma - mb;
  }
  return la - lb;
}

/**
 * Sorts by key, stable: 14 bits at a time from the least significant, each pass a
 * counting sort moving all three arrays; the high passes are skipped when no key needs
 * them, and so is any pass whose digit is the same in every key (its histogram has one
 * bucket). The histograms of every pass are taken in one read.
 */
function radixSort(keys: Keyed, maxHi: number): Keyed {
  const n = keys.lo.length;
  const wanted: [keyof Keyed, number][] = [
    ['lo', 0],
    ['lo', DIGIT_BITS],
  ];
  if (maxHi > 0) wanted.push(['hi', 0]);
  if (maxHi > DIGIT_MASK) wanted.push(['hi', DIGIT_BITS]);
  const passes: [keyof Keyed, number][] = [];
  const buckets: Int32Array[] = [];
  for (const [half, shift] of wanted) {
    const values = keys[half];
    const counts = new Int32Array(DIGIT_MASK + 1);
    for (let i = 0; i < n; i++) {
      const d = ((values[i] as number) >>> shift) & DIGIT_MASK;
      counts[d] = (counts[d] as number) + 1;
    }
    if (counts[((values[0] as number) >>> shift) & DIGIT_MASK] === n) continue;
    let at = 0;
    for (let d = 0; d <= DIGIT_MASK; d++) {
      const c = counts[d] as number;
      counts[d] = at;
      at += c;
    }
    passes.push([half, shift]);
    buckets.push(counts);
  }

  let from = keys;
  let to: Keyed = {
    lo: scratch(Slot.SpareLo, n),
    hi: scratch(Slot.SpareHi, n),
    ballot: scratch(Slot.SpareBallot, n),
  };
  for (let k = 0; k < passes.length; k++) {
    const [half, shift] = passes[k] as [keyof Keyed, number];
    scatter(from, to, from[half], shift, buckets[k] as Int32Array);
    [from, to] = [to, from];
  }
  return from;
}

/** One counting-sort pass: entry i of `from` goes to `to` at its digit's next place. */
function scatter(from: Keyed, to: Keyed, values: Int32Array, shift: number, next: Int32Array) {
  const { lo, hi, ballot } = from;
  for (let i = 0; i < values.length; i++) {
    const d = ((values[i] as number) >>> shift) & DIGIT_MASK;
    const j = next[d] as number;
    next[d] = j + 1;
    to.lo[j] = lo[i] as number;
    to.hi[j] = hi[i] as number;
    to.ballot[j] = ballot[i] as number;
  }
}

/** Whether sorted entries i and j have the same key. */
function sameKey(keys: Keyed, i: number, j: number): boolean {
  return keys.lo[i] === keys.lo[j] && keys.hi[i] === keys.hi[j];
}

/**
 * Within each run of equal keys that do not hold their whole ballots (the key's last
 * bit), puts the ballots in order by comparing their ranks.
 */
function sortTies(set: PackedBallots, keys: Keyed): void {
  const n = keys.lo.length;
  let i = 0;
  while (i < n) {
    let j = i + 1;
    while (j < n && sameKey(keys, i, j)) j++;
    if (j - i > 1 && ((keys.lo[i] as number) & 1) === 1) {
      const run = Array.from({ length: j - i }, (_, k) => i + k).sort((a, b) =>
        compareBallots(set, keys.ballot[a] as number, keys.ballot[b] as number),
      );
      keys.ballot.set(
        run.map((k) => keys.ballot[k] as number),
        i,
      );
    }
    i = j;
  }
}

/**
 * The ballots in sorted order, identical neighbours merged with their counts, in one pass
 * in that order writing in sequence. A key that holds its whole ballot (its last bit 0) is
 * decoded back into the ranks, so most ballots' ranks are never looked up where they were
 * packed; only the others (long ballots, overvotes) are copied from there. `shared`: how
 * many first ranks each ballot shares with the one before it, found while its ranks are
 * at hand (what the tree is built from), valid until the next ordering.
 *
 * Both use integer operations on the key's halves, which do not wait on one another:
 * rank t's digit lies at bit `at[t]` of the key (lo's 28 bits, then hi's), and two whole
 * keys share as many first ranks as lie wholly above their highest differing bit.
 */
function gather(
  set: PackedBallots,
  keys: Keyed,
  bits: number,
  ranks: number,
  carriesCounts: boolean,
): { ordered: PackedBallots; shared: Int32Array } {
  const { start, marks, count } = set;
  const n = keys.lo.length;
  const outCount = scratch(Slot.OutCount, n);
  const outStart = scratch(Slot.OutStart, n + 1);
  const outMarks = scratch(Slot.OutMarks, marks.length);
  const shared = scratch(Slot.OutShared, n);
  const mask = (1 << bits) - 1;
  const at = digitPlaces(bits, ranks);
  outStart[0] = 0;
  let entries = 0;
  let to = 0;
  let prevWhole = false;
  for (let i = 0; i < n; i++) {
    const b = keys.ballot[i] as number;
    const c = carriesCounts ? b : (count[b] as number);
    const lo = keys.lo[i] as number;
    const hi = keys.hi[i] as number;
    const whole = (lo & 1) === 0;
    if (
      i > 0 &&
      sameKey(keys, i, i - 1) &&
      (whole || compareBallots(set, b, keys.ballot[i - 1] as number) === 0)
    ) {
      outCount[entries - 1] = (outCount[entries - 1] as number) + c;
      continue;
    }
    outCount[entries] = c;
    if (whole) {
      for (let t = 0; t < ranks; t++) {
        const p = at[t] as number;
        const d =
          (p >= LOW_BITS ? hi >>> (p - LOW_BITS) : (lo >>> p) | (hi << (LOW_BITS - p))) & mask;
        if (d === 0) break; // every rank's digit is at least 1: the ballot has ended
        outMarks[to++] = d >= 4 ? d - 4 : d === 1 ? MARK_BLANK : MARK_DUPLICATE;
      }
    } else {
      const end = start[b + 1] as number;
      for (let p = start[b] as number; p < end; p++) outMarks[to++] = marks[p] as number;
    }
    const from = outStart[entries] as number;
    let same = 0;
    if (entries > 0 && whole && prevWhole) {
      // The keys differ (else merged above): ranks above the highest differing bit agree.
      const xhi = hi ^ (keys.hi[i - 1] as number);
      const top =
        xhi !== 0
          ? 31 - Math.clz32(xhi) + LOW_BITS
          : 31 - Math.clz32(lo ^ (keys.lo[i - 1] as number));
      same = ranks - 1 - Math.floor((top - 1) / bits);
    } else if (entries > 0) {
      const q = outStart[entries - 1] as number;
      const limit = Math.min(to - from, from - q);
      while (same < limit && outMarks[from + same] === outMarks[q + same]) same++;
    }
    prevWhole = whole;
    shared[entries] = same;
    outStart[++entries] = to;
  }
  const ordered = {
    ...set,
    size: entries,
    marks: outMarks.slice(0, to),
    start: outStart.slice(0, entries + 1),
    count: outCount.slice(0, entries),
  };
  return { ordered, shared };
}

/** Ordered, merged ballots with their tree and narrow marks, which ranked counts read. */
function withTree(set: PackedBallots, shared?: Int32Array): RankedBallotSet {
  const narrowMarks = narrowMarksOf(set.names.length, set.overvotes.length, set.marks);
  return { ...set, narrowMarks, tree: buildBallotTree(set, shared) };
}
