import { MARK_BLANK, MARK_DUPLICATE, OVERVOTE_BASE } from './ballotSet';
import type { PackedBallots } from './ballotSet';
import { narrowMarksOf } from './narrowMarks';
import { scratch, Slot } from './scratch';

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
 *
 * With `merge`, identical ballots are merged as they close (a hash table of the ballots
 * kept so far), so memory grows with the different rankings, not with the ballots: how a
 * cast-vote-record file of a million ballots is read in bounded memory, and less to put
 * in ranking order afterwards.
 */
export class BallotPacker {
  private readonly index = new Map<string, number>();
  private readonly writeInsSeen: string[] = [];
  private marks: Int32Array;
  private start: Int32Array;
  private count: Int32Array;
  private readonly overvotes: Int32Array[] = [];
  private readonly overvoteCode = new Map<string, number>();
  /** Per candidate, the ballot (closed so far) that last ranked it, to spot duplicates in O(1). */
  private seenOn: Int32Array;
  private closed = 0;
  private size = 0;
  private length = 0;
  /** Where the current ballot's ranks begin, and one past its last non-blank rank. */
  private from = 0;
  private lastMark = 0;
  private total = 0;
  private undervotes = 0;
  /** With merge: the kept ballots by hash (see `merged`). */
  private table: Int32Array | null = null;
  private readonly inScratch: boolean;

  constructor(
    private readonly candidates: readonly string[],
    options: {
      expectedBallots?: number;
      expectedRanks?: number;
      merge?: boolean;
      /**
       * Pack into scratch space (scratch.ts): the ballots packed are only valid until
       * the next scratch packing, so only for ballots put in ranking order at once.
       */
      scratch?: boolean;
    } = {},
  ) {
    candidates.forEach((name, i) => this.index.set(name, i));
    const n = Math.max(16, options.expectedBallots ?? 256);
    if (options.merge) this.table = new Int32Array(1024);
    this.inScratch = options.scratch ?? false;
    this.marks = this.array(Slot.PackMarks, Math.max(16, options.expectedRanks ?? n * 4));
    this.start = this.array(Slot.PackStart, n + 1);
    this.count = this.array(Slot.PackCount, n);
    this.start[0] = 0;
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
    this.push(this.seenOn[c] === this.closed ? MARK_DUPLICATE : c);
    this.seenOn[c] = this.closed;
    this.lastMark = this.length;
  }

  /** A rank left blank. */
  blank(): void {
    this.push(MARK_BLANK);
  }

  /**
   * Two or more different candidates (indices from indexOf) marked at the next rank, or
   * none for an overvote whose candidates are not known. The array is sorted in place.
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

  /** An overvote the file records without naming the candidates (an "overvote" label). */
  unnamedOvervote(): void {
    this.overvote(new Int32Array(0));
  }

  /** Different names met so far, declared candidates included. */
  get namesSeen(): number {
    return this.index.size;
  }

  /** A rank given as a list of names: blank, one name, or an overvote (blanks and repeats dropped). */
  group(names: readonly (string | null)[]): void {
    const members: number[] = [];
    for (const name of names) if (!isBlank(name)) members.push(this.indexOf(name as string));
    this.groupOf(members);
  }

  /** The same with candidate indices (from indexOf; repeats are dropped). */
  groupOf(indices: readonly number[]): void {
    const members: number[] = [];
    for (const c of indices) if (!members.includes(c)) members.push(c);
    if (members.length === 0) this.blank();
    else if (members.length === 1) this.mark(members[0] as number);
    else this.overvote(Int32Array.from(members));
  }

  /** Closes the current ballot, which stands for `count` identical ballots. */
  endBallot(count: number): void {
    this.closed++;
    this.total += count;
    this.length = this.lastMark; // trailing blanks are dropped
    if (this.length === this.from) {
      this.undervotes += count;
      return;
    }
    if (this.table && this.merged(count)) {
      this.length = this.lastMark = this.from;
      return;
    }
    if (this.size + 1 >= this.start.length) {
      this.start = this.grown(Slot.PackStart, this.start, this.start.length * 2);
      this.count = this.grown(Slot.PackCount, this.count, this.start.length);
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
    const names = [...candidates, ...writeIns];
    return {
      names,
      writeIns,
      size,
      marks,
      narrowMarks: narrowMarksOf(names.length, this.overvotes.length, marks),
      start: this.start.subarray(0, size + 1),
      count: this.count.subarray(0, size),
      overvotes: this.overvotes,
      total: this.total,
      valid: this.total - this.undervotes,
      undervotes: this.undervotes,
    };
  }

  /**
   * Adds `count` to the kept ballot identical to the one being closed, if there is one;
   * otherwise files the new ballot (to be kept as ballot number `size`) under its hash.
   * A slot is two numbers side by side, the hash and the ballot number + 1, so a probe
   * reads one place and only a matching hash compares ranks.
   */
  private merged(count: number): boolean {
    const { marks, from, length } = this;
    let h = length - from;
    for (let p = from; p < length; p++) h = Math.imul(h ^ (marks[p] as number), 0x9e3779b1);
    // murmur3's finaliser: every bit of h reaches the low bits the table uses.
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    h ^= h >>> 16;
    let table = this.table as Int32Array;
    const mask = (table.length >>> 1) - 1;
    let slot = h & mask;
    for (
      let b = (table[2 * slot + 1] as number) - 1;
      b >= 0;
      b = (table[2 * slot + 1] as number) - 1
    ) {
      if (table[2 * slot] === h && this.sameRanks(b)) {
        this.count[b] = (this.count[b] as number) + count;
        return true;
      }
      slot = (slot + 1) & mask;
    }
    if (4 * (this.size + 1) > table.length) {
      table = this.rehash(table.length * 2);
      slot = h & ((table.length >>> 1) - 1);
      while (table[2 * slot + 1] !== 0) slot = (slot + 1) & ((table.length >>> 1) - 1);
    }
    table[2 * slot] = h;
    table[2 * slot + 1] = this.size + 1;
    return false;
  }

  /** Whether kept ballot b has exactly the ranks of the ballot being closed. */
  private sameRanks(b: number): boolean {
    const { marks, from, length } = this;
    const p = this.start[b] as number;
    if ((this.start[b + 1] as number) - p !== length - from) return false;
    for (let i = 0; i < length - from; i++) if (marks[p + i] !== marks[from + i]) return false;
    return true;
  }

  /** The table at twice the size, every kept ballot filed again. */
  private rehash(numbers: number): Int32Array {
    const old = this.table as Int32Array;
    const table = new Int32Array(numbers);
    const mask = (numbers >>> 1) - 1;
    for (let s = 0; s < old.length; s += 2) {
      if (old[s + 1] === 0) continue;
      let slot = (old[s] as number) & mask;
      while (table[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      table[2 * slot] = old[s] as number;
      table[2 * slot + 1] = old[s + 1] as number;
    }
    this.table = table;
    return table;
  }

  private push(code: number): void {
    if (this.length === this.marks.length) {
      this.marks = this.grown(Slot.PackMarks, this.marks, this.length * 2);
    }
    this.marks[this.length++] = code;
  }

  /** A new array of `size` numbers (contents undefined). */
  private array(slot: Slot, size: number): Int32Array {
    return this.inScratch ? scratch(slot, size) : new Int32Array(size);
  }

  /** `old`'s numbers in a larger array. */
  private grown(slot: Slot, old: Int32Array, size: number): Int32Array {
    const array = this.array(slot, size);
    if (array.buffer !== old.buffer) array.set(old);
    return array;
  }
}

/** A blank rank: null, "" or only white space. */
export function isBlank(name: string | null | undefined): boolean {
  if (name === null || name === undefined) return true;
  // Fast path: a visible ASCII first character cannot be trimmed away.
  const c = name.charCodeAt(0);
  if (c > 0x20 && c < 0x7f) return false;
  return name.trim() === '';
}
