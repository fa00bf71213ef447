import { MARK_BLANK, MARK_DUPLICATE, OVERVOTE_BASE } from './ballotSet';
import type { PackedBallots } from './ballotSet';

/** A `count` above this would risk exact integer arithmetic in STV units (2^53 / 10^4). */
export const MAX_BALLOT_COUNT = 1_000_000_000;

/** Declared candidates first, in their order, then write-ins sorted by name (code units),
 * so the result never depends on the order ballots were entered. */
export function orderWriteIns(writeIns: Iterable<string>): string[] {
  return [...writeIns].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Packs ranked ballots one rank at a time, from whatever holds them (ballot objects, a
 * ballot file read as text, a cast-vote-record file read as it streams): `mark`, `blank`
 * and `overvote` add the next rank of the current ballot, `endBallot` closes it. Nothing
 * is allocated per ballot, so a million ballots cost flat memory.
 *
 * Names not among the declared candidates are write-ins: numbered in order of appearance
 * while packing, then renumbered in name order by `finish`. The same candidates marked
 * together at a rank share one overvote code; a candidate marked again later on the same
 * ballot is a duplicate; trailing blank ranks are dropped and a ballot with no mark at all
 * is only counted (an undervote).
 */
export class BallotPacker {
  private readonly index = new Map<string, number>();
  private readonly writeInsSeen: string[] = [];
  private marks: Int32Array;
  private start: Int32Array;
  private count: Int32Array;
  private readonly overvotes: Int32Array[] = [];
  private readonly overvoteCode = new Map<string, number>();
  /** Per candidate, the ballot that last ranked it, to spot duplicates in O(1). */
  private seenOn: Int32Array;
  private size = 0;
  private length = 0;
  /** Where the current ballot's ranks begin, and one past its last non-blank rank. */
  private from = 0;
  private lastMark = 0;
  private total = 0;
  private undervotes = 0;

  constructor(
    private readonly candidates: readonly string[],
    expectedBallots = 256,
  ) {
    candidates.forEach((name, i) => this.index.set(name, i));
    const n = Math.max(16, expectedBallots);
    this.marks = new Int32Array(n * 4);
    this.start = new Int32Array(n + 1);
    this.count = new Int32Array(n);
    this.seenOn = new Int32Array(Math.max(16, candidates.length * 2)).fill(-1);
  }

  /** The candidate index of a (non-blank) name; a name seen for the first time is a write-in. */
  indexOf(name: string): number {
    let i = this.index.get(name);
    if (i === undefined) {
      i = this.index.size;
      this.index.set(name, i);
      this.writeInsSeen.push(name);
    }
    return i;
  }

  /** Candidate `c` (from indexOf) at the next rank. */
  mark(c: number): void {
    if (c >= this.seenOn.length) {
      const grown = new Int32Array(Math.max(this.seenOn.length * 2, c + 1)).fill(-1);
      grown.set(this.seenOn);
      this.seenOn = grown;
    }
    this.push(this.seenOn[c] === this.size ? MARK_DUPLICATE : c);
    this.seenOn[c] = this.size;
    this.lastMark = this.length;
  }

  /** A rank left blank. */
  blank(): void {
    this.push(MARK_BLANK);
  }

  /**
   * Two or more different candidates (indices from indexOf) marked at the next rank. The
   * array is sorted in place.
   */
  overvote(members: Int32Array): void {
    members.sort();
    const key = members.join(',');
    let k = this.overvoteCode.get(key);
    if (k === undefined) {
      k = this.overvotes.length;
      this.overvotes.push(members.slice());
      this.overvoteCode.set(key, k);
    }
    this.push(OVERVOTE_BASE - k);
    this.lastMark = this.length;
  }

  /** A rank given as a list of names: blank, one name, or an overvote (blanks and repeats dropped). */
  group(names: readonly (string | null)[]): void {
    const members: number[] = [];
    for (const name of names) {
      if (isBlank(name)) continue;
      const c = this.indexOf(name as string);
      if (!members.includes(c)) members.push(c);
    }
    if (members.length === 0) this.blank();
    else if (members.length === 1) this.mark(members[0] as number);
    else this.overvote(Int32Array.from(members));
  }

  /** Closes the current ballot, which stands for `count` identical ballots. */
  endBallot(count: number): void {
    this.total += count;
    this.length = this.lastMark; // trailing blanks are dropped
    if (this.length === this.from) {
      this.undervotes += count;
      return;
    }
    if (this.size + 1 >= this.start.length) {
      this.start = grow(this.start, this.start.length * 2);
      this.count = grow(this.count, this.start.length);
    }
    this.count[this.size] = count;
    this.size++;
    this.start[this.size] = this.length;
    this.from = this.lastMark = this.length;
  }

  /** Ballots so far (with counts), blank ones included. */
  get ballots(): number {
    return this.total;
  }

  /** The packed ballots, write-ins renumbered after the declared candidates in name order. */
  finish(): PackedBallots {
    if (this.total > MAX_BALLOT_COUNT) {
      throw new RangeError(`more than ${MAX_BALLOT_COUNT} ballots in all`);
    }
    const { candidates, size, length } = this;
    const marks = this.marks.subarray(0, length);
    const writeIns = orderWriteIns(this.writeInsSeen);
    if (writeIns.length > 0) {
      const remap = new Int32Array(candidates.length + writeIns.length);
      for (let i = 0; i < candidates.length; i++) remap[i] = i;
      writeIns.forEach((name, k) => {
        remap[this.index.get(name) as number] = candidates.length + k;
      });
      for (let i = 0; i < length; i++) {
        const m = marks[i] as number;
        if (m >= 0) marks[i] = remap[m] as number;
      }
      for (const set of this.overvotes) {
        for (let i = 0; i < set.length; i++) set[i] = remap[set[i] as number] as number;
      }
    }
    return {
      names: [...candidates, ...writeIns],
      writeIns,
      size,
      marks,
      start: this.start.subarray(0, size + 1),
      count: this.count.subarray(0, size),
      overvotes: this.overvotes,
      total: this.total,
      valid: this.total - this.undervotes,
      undervotes: this.undervotes,
    };
  }

  private push(code: number): void {
    if (this.length === this.marks.length) this.marks = grow(this.marks, this.length * 2);
    this.marks[this.length++] = code;
  }
}

function grow(array: Int32Array, size: number): Int32Array {
  const grown = new Int32Array(size);
  grown.set(array);
  return grown;
}

/** A blank rank: null, "" or only white space. */
export function isBlank(name: string | null | undefined): boolean {
  if (name === null || name === undefined) return true;
  // Fast path: a visible ASCII first character cannot be trimmed away.
  const c = name.charCodeAt(0);
  if (c > 0x20 && c < 0x7f) return false;
  return name.trim() === '';
}
