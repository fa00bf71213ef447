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
import { EDGE, nodeVotes } from './ballotTree';
import { UNITS_PER_VOTE } from './decimal';
import type { BallotRules } from './rules';

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
 *
 * Ballots without a tree (packed in any order, not merged) are all held one by one from
 * the start: the same moves, ballot by ballot, for an IRV count that would otherwise sort
 * them and build the tree first, which costs more than it saves a single count.
 *
 * Reading follows BallotReader exactly (blank runs, duplicates, overvotes), applied to a
 * node at a time: every ballot under a node has the same ranks down to it.
 */

/**
 * Numbers per pile entry: where, end, value per ballot, ballots. A tree node of several
 * ballots: node (≥ 0), unused, value, unused. One ballot: -(p + 1) for the position p in
 * `marks` of the rank that reached the candidate, the end of its ranks, value, its count.
 */
const ENTRY = 4;
/**
 * Piles are chains of chunks of CHUNK entries: a candidate that leaves frees its chunks for
 * the others, so a count allocates room only for the most entries held at once (entries
 * cover disjoint sets of ballots: never more than the distinct ballots).
 */
const CHUNK = 256;
/** Chunks are allocated 16 at a time (64 KiB), in one array each. */
const SLAB_SHIFT = 4;
const SLAB_MASK = (1 << SLAB_SHIFT) - 1;
/**
 * Slabs of finished counts, for the next count to reuse (up to 16 MiB, what a million
 * ballots held one by one take): a count that allocated afresh each time would make the
 * runtime collect garbage far more often.
 */
const spareSlabs: Int32Array[] = [];
const MAX_SPARE_SLABS = 256;

export class RankedPiles {
  /** Value held per candidate: ballots (IRV) or units of 1/10000 vote (STV). */
  readonly tally: Float64Array;
  /** Exhausted value by reasonIndex: no more choices, overvote, skipped, duplicate. */
  readonly exhaustedBy = new Float64Array(4);
  /** 1 while a candidate is still in the running; cleared by the count. */
  readonly continuing: Uint8Array;

  private readonly tree: BallotTree | undefined;
  private readonly marks: Int32Array;
  private readonly overvotes: readonly Int32Array[];
  private readonly maxSkip: number;
  private readonly dupExhausts: boolean;
  private readonly overvoteRule: BallotRules['overvote'];
  /** The chunks, CHUNK entries of ENTRY numbers, 16 to a slab; those in no pile are `free`. */
  private readonly slabs: Int32Array[] = [];
  private readonly free: number[] = [];
  /** Each candidate's chunks, in order, and the entries in use in its last chunk. */
  private readonly chunks: number[][];
  private readonly used: Int32Array;
  /** Nodes still to read on in `spreadNode`, two numbers each: node, blanks so far. */
  private work = new Int32Array(256);
  private pending = 0;
  /** Where `received` adds up what each candidate is handed (null: not recorded). */
  private received: Float64Array | null = null;
  private exhausted = 0;

  /**
   * @param set the ballots; with their tree (in ranking order, merged) the count moves
   *   whole branches of it. Without, each ballot is held and read on by itself, in the
   *   order packed: more steps per round, but none of the sort and the tree, which cost
   *   more than they save when the ballots are put in order only for one IRV count.
   * @param weighted ballots carry a value in units (STV), starting at one vote and cut
   *   by surplus transfers; otherwise every ballot is worth its count.
   * @param out 1 for each candidate out of the count from the start (withdrawn, or an
   *   earlier pass's winner): the ballots pass over their marks.
   */
  constructor(
    set: PackedBallots & { tree?: BallotTree },
    rules: BallotRules,
    weighted: boolean,
    out?: Uint8Array,
  ) {
    const K = set.names.length;
    this.tree = set.tree;
    this.marks = set.marks;
    this.overvotes = set.overvotes;
    this.maxSkip = rules.maxSkippedRanks === 'unlimited' ? Infinity : rules.maxSkippedRanks;
    this.dupExhausts = rules.duplicate === 'exhaust';
    this.overvoteRule = rules.overvote;
    this.tally = new Float64Array(K);
    this.continuing = new Uint8Array(K).fill(1);
    if (out) for (let c = 0; c < K; c++) if (out[c] === 1) this.continuing[c] = 0;
    this.chunks = Array.from({ length: K }, () => []);
    this.used = new Int32Array(K).fill(CHUNK);
    const w = weighted ? UNITS_PER_VOTE : 1;
    if (this.tree) this.spreadNode(0, w);
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
    this.received = received;
    this.exhausted = 0;
    for (const c of from) {
      const chunks = this.chunks[c] as number[];
      const lastUsed = this.used[c] as number;
      this.chunks[c] = [];
      this.used[c] = CHUNK;
      for (let i = 0; i < chunks.length; i++) {
        const chunk = chunks[i] as number;
        const n = i === chunks.length - 1 ? lastUsed : CHUNK;
        const entries = this.slabs[chunk >>> SLAB_SHIFT] as Int32Array;
        const base = (chunk & SLAB_MASK) * CHUNK * ENTRY;
        for (let k = 0; k < n; k++) {
          const e = base + k * ENTRY;
          const at = entries[e] as number;
          const end = entries[e + 1] as number;
          let w = entries[e + 2] as number;
          const votes = entries[e + 3] as number;
          if (transferValue !== undefined) w = Math.floor((w * transferValue) / UNITS_PER_VOTE);
          if (at < 0) {
            this.readBallot(-at, end, 0, votes, w);
            continue;
          }
          this.spreadNode(at, w);
        }
        // The candidate has left for good: the chunk can hold others' ballots.
        this.free.push(chunk);
      }
    }
    this.received = null;
    return this.exhausted;
  }

  /**
   * The ballots under `node` have no continuing choice down to it: hands them on from the
   * next rank, child by child, or exhausts them. Each ballot is worth `w`.
   */
  private spreadNode(node: number, w: number): void {
    const { continuing, tally, received } = this;
    const tree = this.tree as BallotTree; // only nodes of a tree are spread
    const edges = tree.edges;
    this.pending = 0;
    this.later(node, 0);
    while (this.pending > 0) {
      const at = (this.pending -= 2);
      const n = this.work[at] as number;
      const blanks = this.work[at + 1] as number;
      // The node's own edge holds its ballots and where its children start and end
      // (layout at BallotTree); a node in a pile or queued here holds several ballots.
      const first = n === 0 ? 0 : (edges[EDGE * (n - 1) + 2] as number);
      const last = n === 0 ? tree.rootEnd : (edges[EDGE * (n - 1) + 3] as number);
      let ended = nodeVotes(tree, n);
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
          if (received) received[holder] = (received[holder] as number) + v;
          const a = edges[EDGE * e + 2] as number;
          // A child of one ballot is held as that ballot, at its mark (-(a + 1)).
          if (a >= 0) this.hold(holder, e + 1, 0, w, 0);
          else this.hold(holder, a, edges[EDGE * e + 3] as number, w, votes);
        } else if (reason !== 0) {
          this.exhaust(reason, votes * w);
        } else {
          const a = edges[EDGE * e + 2] as number;
          if (a >= 0) this.later(e + 1, readOn);
          // A child of one ballot: read on along its own ranks, after its mark at -(a + 1).
          else this.readBallot(-a, edges[EDGE * e + 3] as number, readOn, votes, w);
        }
      }
      if (ended > 0) this.exhaust(EXHAUSTED_NO_MORE, ended * w);
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
        if (this.received) this.received[holder] = (this.received[holder] as number) + v;
        this.hold(holder, -(p + 1), end, w, votes);
        return;
      }
    }
    this.exhaust(EXHAUSTED_NO_MORE, votes * w);
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
    const chunks = this.chunks[c] as number[];
    let used = this.used[c] as number;
    if (used === CHUNK) {
      chunks.push(this.takeChunk());
      used = 0;
    }
    const chunk = chunks[chunks.length - 1] as number;
    const entries = this.slabs[chunk >>> SLAB_SHIFT] as Int32Array;
    const e = ((chunk & SLAB_MASK) * CHUNK + used) * ENTRY;
    entries[e] = at;
    entries[e + 1] = which;
    entries[e + 2] = w;
    entries[e + 3] = votes;
    this.used[c] = used + 1;
  }

  /** The count is over: its slabs go to the next count. The piles are empty afterwards. */
  release(): void {
    while (this.slabs.length > 0 && spareSlabs.length < MAX_SPARE_SLABS) {
      spareSlabs.push(this.slabs.pop() as Int32Array);
    }
    this.slabs.length = 0;
    this.free.length = 0;
    for (const chunks of this.chunks) chunks.length = 0;
    this.used.fill(CHUNK);
  }

  private takeChunk(): number {
    const free = this.free.pop();
    if (free !== undefined) return free;
    const first = this.slabs.length << SLAB_SHIFT;
    this.slabs.push(spareSlabs.pop() ?? new Int32Array((CHUNK * ENTRY) << SLAB_SHIFT));
    for (let k = first + SLAB_MASK; k > first; k--) this.free.push(k);
    return first;
  }
}
