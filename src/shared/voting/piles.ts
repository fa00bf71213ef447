import { readOvervote } from './ballots';
import {
  EXHAUSTED_DUPLICATE,
  EXHAUSTED_NO_MORE,
  EXHAUSTED_OVERVOTE,
  EXHAUSTED_SKIPPED,
  MARK_BLANK,
  MARK_DUPLICATE,
  reasonIndex,
} from './ballotSet';
import type { BallotTree, PackedBallots } from './ballotSet';
import { EDGE, nodeVotes, RANGE } from './ballotTree';
import { UNITS_PER_VOTE } from './decimal';
import type { BallotRules } from './rules';
import { keep, Slot, takeKept } from './scratch';

/**
 * The state of a ranked count: which candidate holds which ballots.
 *
 * The count walks the tree of the ballots' rankings (ballotTree.ts). A candidate's pile is
 * a list of entries, each either a tree node — "the ballots that begin with this path,
 * which reached me at its last rank" — or, below the tree's nodes of one ballot, that one
 * ballot at the rank that reached me. When the candidate leaves, each node hands its
 * children on: a child whose mark is a continuing candidate goes to that pile whole; one
 * whose mark has left (or is blank, a repeat, an overvote) is read on, child by child;
 * ballots that end there are exhausted. One ballot is read on along its own ranks, which
 * lie side by side in memory. A round costs a few steps per node or ballot moved, not per
 * ballot held: a million ballots over ten candidates move about 60,000 nodes in a count.
 * A small node (SMALL_NODE) is held as the range of its ballots instead, and read on
 * ballot by ballot: cheaper than walking its branch when most candidates have left.
 *
 * Ballots without a tree (packed in any order, not merged) are all held one by one from
 * the start: the same moves, ballot by ballot, for an IRV count that would otherwise sort
 * them and build the tree first, which costs more than it saves a single count.
 *
 * Reading follows BallotReader exactly (blank runs, duplicates, overvotes), applied to a
 * node at a time: every ballot under a node has the same ranks down to it.
 */

/**
 * Numbers per pile entry, of three kinds. A tree node of several ballots: where its
 * children's edges start (≥ 0) and end, value per ballot, its ballots; moving it reads
 * only its children, not its own edge, which lies elsewhere in the tree. The ballots of a
 * small node (a range): its first ballot b0 (≥ 0), -(b1 + 1) for the ballot after its
 * last, value per ballot, the rank that reached the candidate (its depth). One ballot:
 * -(p + 1) for the position p in `marks` of the rank that reached the candidate, the end
 * of its ranks, value per ballot, its count.
 */
const ENTRY = 4;
/**
 * A node of at most this many distinct ballots is held as their range, and its ballots
 * are read on one by one, each along its own ranks, which lie side by side in memory.
 * Walking a small branch node by node costs more: late in a count, when most candidates
 * have left, each node read leads to a few more (a third off STV over 20 candidates).
 */
const SMALL_NODE = 64;
/**
 * Piles are chains of chunks of CHUNK entries, all in one array: a candidate that leaves
 * frees its chunks for the others, so a count takes room only for the most entries held
 * at once (entries cover disjoint sets of ballots: never more than the distinct ballots).
 */
const CHUNK = 256;
const CHUNK_NUMBERS = CHUNK * ENTRY;

export class RankedPiles {
  /** Value held per candidate: ballots (IRV) or units of 1/10000 vote (STV). */
  readonly tally: Float64Array;
  /** Exhausted value by reasonIndex: no more choices, overvote, skipped, duplicate. */
  readonly exhaustedBy = new Float64Array(4);
  /** 1 while a candidate is still in the running; cleared by the count. */
  readonly continuing: Uint8Array;

  private readonly tree: BallotTree | undefined;
  /** The ballots' marks: one byte each when they fit (narrowMarks.ts), else the set's own. */
  private readonly marks: Int8Array | Int32Array;
  /** The set's own: where each ballot's ranks start, and its count (a range's ballots). */
  private readonly start: Int32Array;
  private readonly count: Int32Array;
  private readonly smallNode: number;
  private readonly overvotes: readonly Int32Array[];
  private readonly maxSkip: number;
  private readonly dupExhausts: boolean;
  private readonly overvoteRule: BallotRules['overvote'];
  /** The chunks, CHUNK entries of ENTRY numbers each, chunk k at k × CHUNK_NUMBERS. */
  private store: Int32Array;
  /** Chunks in the store so far. */
  private chunkCount = 0;
  /** Per chunk, the next chunk of its pile or of the free list (-1: none). */
  private nextChunk: Int32Array;
  /** The first chunk of the free list (-1: none). */
  private freeChunk = -1;
  /** Each candidate's first and last chunk (-1: none). */
  private readonly firstChunk: Int32Array;
  private readonly lastChunk: Int32Array;
  /** Where in `store` each candidate's next entry goes: at a chunk's start, a new chunk. */
  private readonly tail: Int32Array;
  /** Nodes still to read on in `spreadNode`, two numbers each: node, blanks so far. */
  private work = new Int32Array(256);
  private pending = 0;
  private exhausted = 0;
  /** Where `prefetch` leaves what it read, so that the reads are not optimised away. */
  private warm = 0;

  /**
   * @param set the ballots; with their tree (in ranking order, merged) the count moves
   *   whole branches of it. Without, each ballot is held and read on by itself, in the
   *   order packed: more steps per round, but none of the sort and the tree, which cost
   *   more than they save when the ballots are put in order only for one IRV count.
   * @param weighted ballots carry a value in units (STV), starting at one vote and cut
   *   by surplus transfers; otherwise every ballot is worth its count.
   * @param out 1 for each candidate out of the count from the start (withdrawn, or an
   *   earlier pass's winner): the ballots pass over their marks.
   * @param smallNode nodes of up to this many distinct ballots are held as their range
   *   (SMALL_NODE; tests set it to check every kind of entry).
   */
  constructor(
    set: PackedBallots & { tree?: BallotTree },
    rules: BallotRules,
    weighted: boolean,
    out?: Uint8Array,
    smallNode = SMALL_NODE,
  ) {
    const K = set.names.length;
    this.tree = set.tree;
    this.marks = set.narrowMarks ?? set.marks;
    this.start = set.start;
    this.count = set.count;
    this.smallNode = smallNode;
    this.overvotes = set.overvotes;
    this.maxSkip = rules.maxSkippedRanks === 'unlimited' ? Infinity : rules.maxSkippedRanks;
    this.dupExhausts = rules.duplicate === 'exhaust';
    this.overvoteRule = rules.overvote;
    this.tally = new Float64Array(K);
    this.continuing = new Uint8Array(K).fill(1);
    if (out) for (let c = 0; c < K; c++) if (out[c] === 1) this.continuing[c] = 0;
    // The last count's array, if any (scratch.ts): allocating afresh for every count would
    // make the runtime collect garbage far more often.
    this.store = takeKept(Slot.PileEntries) ?? new Int32Array(16 * CHUNK_NUMBERS);
    this.nextChunk = new Int32Array(this.store.length / CHUNK_NUMBERS);
    this.firstChunk = new Int32Array(K).fill(-1);
    this.lastChunk = new Int32Array(K).fill(-1);
    this.tail = new Int32Array(K);
    const w = weighted ? UNITS_PER_VOTE : 1;
    if (this.tree) this.spreadNode(0, this.tree.rootEnd, nodeVotes(this.tree, 0), w);
    else {
      const { start, count } = set;
      for (let b = 0; b < set.size; b++) {
        this.readBallot(start[b] as number, start[b + 1] as number, 0, count[b] as number, w);
      }
    }
  }

  /**
   * Moves every ballot held by `from` (already marked not continuing) to its next
   * continuing choice, or to exhausted. With `transferValue` (units), each ballot's value
   * becomes value × transferValue ÷ 10000, truncated; otherwise it keeps its value.
   * Adds what each candidate received to `received`; returns the value exhausted.
   */
  transfer(from: readonly number[], received: Float64Array, transferValue?: number): number {
    // What each candidate receives is what their tally gains: only those still in the
    // running gain, and those leaving keep their tally until the caller clears it.
    const before = this.tally.slice();
    this.exhausted = 0;
    for (const c of from) {
      let chunk = this.firstChunk[c] as number;
      const last = this.lastChunk[c] as number;
      const tail = this.tail[c] as number;
      this.firstChunk[c] = this.lastChunk[c] = -1;
      this.tail[c] = 0;
      while (chunk >= 0) {
        const base = chunk * CHUNK_NUMBERS;
        const n = chunk === last ? (tail - base) / ENTRY : CHUNK;
        this.prefetch(base, n);
        for (let k = 0; k < n; k++) {
          const entries = this.store; // a new array when `hold` has to grow it
          const e = base + k * ENTRY;
          const at = entries[e] as number;
          const end = entries[e + 1] as number;
          let w = entries[e + 2] as number;
          const votes = entries[e + 3] as number;
          if (transferValue !== undefined) w = Math.floor((w * transferValue) / UNITS_PER_VOTE);
          if (at < 0) this.readBallot(-at, end, 0, votes, w);
          else if (end < 0) this.readRange(at, -end - 1, votes, 0, w);
          else this.spreadNode(at, end, votes, w);
        }
        // The candidate has left for good: the chunk can hold others' ballots.
        const following = this.nextChunk[chunk] as number;
        this.nextChunk[chunk] = this.freeChunk;
        this.freeChunk = chunk;
        chunk = following;
      }
    }
    for (let c = 0; c < received.length; c++) {
      received[c] = (received[c] as number) + (this.tally[c] as number) - (before[c] as number);
    }
    return this.exhausted;
  }

  /**
   * Reads what the moves of n entries from `base` will read first (a single ballot's next
   * rank, a node's first child) before they are moved one by one. Those lie far apart in
   * memory: read inside the moves, each read waits on memory in turn; read here, in a loop
   * of independent loads, the processor has many in flight at once, and the moves find
   * them in its cache (a third off an IRV count of a million ballots not merged).
   */
  private prefetch(base: number, n: number): void {
    const { marks, store: entries } = this;
    const edges = this.tree?.edges;
    let x = 0;
    for (let e = base; e < base + n * ENTRY; e += ENTRY) {
      const at = entries[e] as number;
      if (at < 0) {
        if (-at < (entries[e + 1] as number)) x ^= marks[-at] as number;
      } else if (edges && at < (entries[e + 1] as number)) {
        x ^= edges[EDGE * at] as number;
      }
    }
    this.warm ^= x;
  }

  /**
   * The ballots under `node` have no continuing choice down to it: hands them on from the
   * next rank, child by child, or exhausts them. Each ballot is worth `w`.
   */
  private spreadNode(first: number, last: number, votesHere: number, w: number): void {
    const { continuing, tally } = this;
    const { edges, ranges } = this.tree as BallotTree; // only nodes of a tree are spread
    this.pending = 0;
    let blanks = 0;
    for (;;) {
      let ended = votesHere;
      for (let e = first; e < last; e++) {
        const m = edges[EDGE * e] as number;
        const votes = edges[EDGE * e + 1] as number;
        ended -= votes;
        let holder = -1;
        let reason = 0;
        let readOn = -1; // blanks in a row, when the child is to be read on
        if (m >= 0) {
          if (continuing[m] === 1) holder = m;
          else readOn = 0;
        } else if (m === MARK_BLANK) {
          if (blanks + 1 > this.maxSkip) reason = EXHAUSTED_SKIPPED;
          else readOn = blanks + 1;
        } else if (m === MARK_DUPLICATE) {
          if (this.dupExhausts) reason = EXHAUSTED_DUPLICATE;
          else readOn = 0;
        } else {
          const only = readOvervote(m, this.overvoteRule, this.overvotes, continuing);
          if (only >= 0) holder = only;
          else if (only === EXHAUSTED_OVERVOTE) reason = EXHAUSTED_OVERVOTE;
          else readOn = 0;
        }
        if (holder >= 0) {
          const v = votes * w;
          tally[holder] = (tally[holder] as number) + v;
          const a = edges[EDGE * e + 2] as number;
          const b0 = ranges[RANGE * e] as number;
          const b1 = ranges[RANGE * e + 1] as number;
          if (a >= 0 && b1 - b0 <= this.smallNode) {
            this.hold(holder, b0, -b1 - 1, w, ranges[RANGE * e + 2] as number);
          } else this.hold(holder, a, edges[EDGE * e + 3] as number, w, votes);
        } else if (reason !== 0) {
          this.exhaust(reason, votes * w);
        } else {
          const a = edges[EDGE * e + 2] as number;
          const b0 = ranges[RANGE * e] as number;
          const b1 = ranges[RANGE * e + 1] as number;
          // A child of one ballot: read on along its own ranks, after its mark at -(a + 1).
          if (a < 0) this.readBallot(-a, edges[EDGE * e + 3] as number, readOn, votes, w);
          else if (b1 - b0 <= this.smallNode) {
            this.readRange(b0, b1, ranges[RANGE * e + 2] as number, readOn, w);
          } else this.later(e + 1, readOn);
        }
      }
      if (ended > 0) this.exhaust(EXHAUSTED_NO_MORE, ended * w);
      if (this.pending === 0) return;
      // A queued child: its own edge holds its ballots and where its children lie.
      const at = (this.pending -= 2);
      const n = this.work[at] as number;
      blanks = this.work[at + 1] as number;
      first = edges[EDGE * (n - 1) + 2] as number;
      last = edges[EDGE * (n - 1) + 3] as number;
      votesHere = edges[EDGE * (n - 1) + 1] as number;
    }
  }

  /**
   * One ballot (`votes` of them, each worth `w`), read on from position p of `marks` to
   * `end` after `blanks` blank ranks in a row (BallotReader's rules).
   */
  private readBallot(p: number, end: number, blanks: number, votes: number, w: number): void {
    const { marks, continuing } = this;
    for (; p < end; p++) {
      const m = marks[p] as number;
      let holder = -1;
      if (m >= 0) {
        if (continuing[m] === 1) holder = m;
        else blanks = 0;
      } else if (m === MARK_BLANK) {
        if (++blanks > this.maxSkip) return this.exhaust(EXHAUSTED_SKIPPED, votes * w);
      } else if (m === MARK_DUPLICATE) {
        if (this.dupExhausts) return this.exhaust(EXHAUSTED_DUPLICATE, votes * w);
        blanks = 0;
      } else {
        const only = readOvervote(m, this.overvoteRule, this.overvotes, continuing);
        if (only === EXHAUSTED_OVERVOTE) return this.exhaust(EXHAUSTED_OVERVOTE, votes * w);
        holder = only;
        blanks = 0;
      }
      if (holder >= 0) {
        const v = votes * w;
        this.tally[holder] = (this.tally[holder] as number) + v;
        this.hold(holder, -(p + 1), end, w, votes);
        return;
      }
    }
    this.exhaust(EXHAUSTED_NO_MORE, votes * w);
  }

  /**
   * Ballots b0 … b1 - 1, which share their ranks down to `depth` (a small node's), each
   * read on from the next rank after `blanks` blank ranks in a row; each is worth `w`.
   */
  private readRange(b0: number, b1: number, depth: number, blanks: number, w: number): void {
    const { start, count } = this;
    for (let b = b0; b < b1; b++) {
      const from = (start[b] as number) + depth + 1;
      this.readBallot(from, start[b + 1] as number, blanks, count[b] as number, w);
    }
  }

  private exhaust(reason: number, v: number): void {
    const r = reasonIndex(reason);
    this.exhaustedBy[r] = (this.exhaustedBy[r] as number) + v;
    this.exhausted += v;
  }

  /** Queues `node` to be read on, after `blanks` blank ranks in a row. */
  private later(node: number, blanks: number): void {
    const at = this.pending;
    if (at + 2 > this.work.length) {
      const grown = new Int32Array(this.work.length * 2);
      grown.set(this.work);
      this.work = grown;
    }
    this.work[at] = node;
    this.work[at + 1] = blanks;
    this.pending = at + 2;
  }

  /** Adds an entry (see ENTRY), whose ballots are now candidate c's at `w` units each. */
  private hold(c: number, at: number, which: number, w: number, votes: number): void {
    let e = this.tail[c] as number;
    if ((e & (CHUNK_NUMBERS - 1)) === 0) {
      const fresh = this.takeChunk();
      const chunk = this.lastChunk[c] as number;
      if (chunk < 0) this.firstChunk[c] = fresh;
      else this.nextChunk[chunk] = fresh;
      this.nextChunk[fresh] = -1;
      this.lastChunk[c] = fresh;
      e = fresh * CHUNK_NUMBERS;
    }
    const entries = this.store;
    entries[e] = at;
    entries[e + 1] = which;
    entries[e + 2] = w;
    entries[e + 3] = votes;
    this.tail[c] = e + ENTRY;
  }

  /** The count is over: its store goes to the next count. The piles are empty afterwards. */
  release(): void {
    keep(Slot.PileEntries, this.store);
    this.store = new Int32Array(0);
    this.chunkCount = 0;
    this.freeChunk = -1;
    this.firstChunk.fill(-1);
    this.lastChunk.fill(-1);
    this.tail.fill(0);
  }

  /** A chunk in no pile: a freed one, else a new one (the store doubled when full). */
  private takeChunk(): number {
    const free = this.freeChunk;
    if (free >= 0) {
      this.freeChunk = this.nextChunk[free] as number;
      return free;
    }
    if ((this.chunkCount + 1) * CHUNK_NUMBERS > this.store.length) {
      const store = new Int32Array(Math.max(16 * CHUNK_NUMBERS, this.store.length * 2));
      store.set(this.store);
      this.store = store;
      const next = new Int32Array(store.length / CHUNK_NUMBERS);
      next.set(this.nextChunk);
      this.nextChunk = next;
    }
    return this.chunkCount++;
  }
}
