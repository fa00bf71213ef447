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
import type { BallotTree, RankedBallotSet } from './ballotSet';
import { nodeVotes } from './ballotTree';
import { UNITS_PER_VOTE } from './decimal';
import type { BallotRules } from './rules';

/**
 * The state of a ranked count: which candidate holds which ballots.
 *
 * The count walks the tree of the ballots' rankings (ballotTree.ts). A candidate's pile is
 * a list of tree nodes: "the ballots that begin with this path, which reached me at its
 * last rank". When the candidate leaves, each of its nodes hands its children on: a child
 * whose mark is a continuing candidate goes to that pile whole; one whose mark has left
 * (or is blank, a repeat, an overvote) is read on, child by child; ballots that end there
 * are exhausted. A round costs a few steps per node moved, not per ballot: a million
 * ballots over ten candidates move about 60,000 nodes in a whole count.
 *
 * Reading follows BallotReader exactly (blank runs, duplicates, overvotes), applied to a
 * node at a time: every ballot under a node has the same ranks down to it.
 */

/** Numbers per pile entry: node, value per ballot. */
const ENTRY = 2;

export class RankedPiles {
  /** Value held per candidate: ballots (IRV) or units of 1/10000 vote (STV). */
  readonly tally: Float64Array;
  /** Exhausted value by reasonIndex: no more choices, overvote, skipped, duplicate. */
  readonly exhaustedBy = new Float64Array(4);
  /** 1 while a candidate is still in the running; cleared by the count. */
  readonly continuing: Uint8Array;

  private readonly tree: BallotTree;
  private readonly overvotes: readonly Int32Array[];
  private readonly maxSkip: number;
  private readonly dupExhausts: boolean;
  private readonly overvoteRule: BallotRules['overvote'];
  /** Nodes held by each candidate, ENTRY numbers each, and how many numbers are in use. */
  private readonly piles: Float64Array[];
  private readonly used: Int32Array;
  /** Nodes still to read on in `spread`, two numbers each: node, blank ranks so far. */
  private work = new Int32Array(256);
  private pending = 0;

  /**
   * @param weighted ballots carry a value in units (STV), starting at one vote and cut
   *   by surplus transfers; otherwise every ballot is worth its count.
   * @param out 1 for each candidate out of the count from the start (withdrawn, or an
   *   earlier pass's winner): the ballots pass over their marks.
   */
  constructor(set: RankedBallotSet, rules: BallotRules, weighted: boolean, out?: Uint8Array) {
    const K = set.names.length;
    this.tree = set.tree;
    this.overvotes = set.overvotes;
    this.maxSkip = rules.maxSkippedRanks === 'unlimited' ? Infinity : rules.maxSkippedRanks;
    this.dupExhausts = rules.duplicate === 'exhaust';
    this.overvoteRule = rules.overvote;
    this.tally = new Float64Array(K);
    this.continuing = new Uint8Array(K).fill(1);
    if (out) for (let c = 0; c < K; c++) if (out[c] === 1) this.continuing[c] = 0;
    this.piles = Array.from({ length: K }, () => new Float64Array(ENTRY * 8));
    this.used = new Int32Array(K);
    this.spread(0, weighted ? UNITS_PER_VOTE : 1, null);
  }

  /**
   * Moves every ballot held by `from` (already marked not continuing) to its next
   * continuing choice, or to exhausted. With `transferValue` (units), each ballot's value
   * becomes value × transferValue ÷ 10000, truncated; otherwise it keeps its value.
   * Adds what each candidate received to `received`; returns the value exhausted.
   */
  transfer(from: readonly number[], received: Float64Array, transferValue?: number): number {
    let exhausted = 0;
    for (const c of from) {
      const pile = this.piles[c] as Float64Array;
      const used = this.used[c] as number;
      this.used[c] = 0;
      for (let k = 0; k < used; k += ENTRY) {
        let w = pile[k + 1] as number;
        if (transferValue !== undefined) w = Math.floor((w * transferValue) / UNITS_PER_VOTE);
        exhausted += this.spread(pile[k] as number, w, received);
      }
    }
    return exhausted;
  }

  /**
   * The ballots under `node` have no continuing choice down to it: hands them on from
   * the next rank, child by child, or exhausts them. Each ballot is worth `w` units.
   * Returns the value exhausted.
   */
  private spread(node: number, w: number, received: Float64Array | null): number {
    const { continuing, tally } = this;
    const { edgeStart, edges } = this.tree;
    let exhausted = 0;
    this.pending = 0;
    this.later(node, 0);
    while (this.pending > 0) {
      const at = (this.pending -= 2);
      const n = this.work[at] as number;
      const blanks = this.work[at + 1] as number;
      const first = edgeStart[n] as number;
      const last = edgeStart[n + 1] as number;
      let ended = nodeVotes(this.tree, n);
      for (let e = first; e < last; e++) {
        const m = edges[2 * e] as number;
        const votes = edges[2 * e + 1] as number;
        ended -= votes;
        const child = e + 1;
        let holder = -1;
        let reason = 0;
        if (m >= 0) {
          if (continuing[m] === 1) holder = m;
          else this.later(child, 0);
        } else if (m === MARK_BLANK) {
          if (blanks + 1 > this.maxSkip) reason = EXHAUSTED_SKIPPED;
          else this.later(child, blanks + 1);
        } else if (m === MARK_DUPLICATE) {
          if (this.dupExhausts) reason = EXHAUSTED_DUPLICATE;
          else this.later(child, 0);
        } else {
          const only = readOvervote(m, this.overvoteRule, this.overvotes, continuing);
          if (only >= 0) holder = only;
          else if (only === EXHAUSTED_OVERVOTE) reason = EXHAUSTED_OVERVOTE;
          else this.later(child, 0);
        }
        if (holder >= 0) {
          const v = votes * w;
          tally[holder] = (tally[holder] as number) + v;
          if (received) received[holder] = (received[holder] as number) + v;
          this.hold(holder, child, w);
        } else if (reason !== 0) {
          exhausted += this.exhaust(reason, votes * w);
        }
      }
      if (ended > 0) exhausted += this.exhaust(EXHAUSTED_NO_MORE, ended * w);
    }
    return exhausted;
  }

  private exhaust(reason: number, v: number): number {
    const r = reasonIndex(reason);
    this.exhaustedBy[r] = (this.exhaustedBy[r] as number) + v;
    return v;
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

  /** Adds `node`, whose ballots are now candidate c's at `w` units each, to c's pile. */
  private hold(c: number, node: number, w: number): void {
    let pile = this.piles[c] as Float64Array;
    const at = this.used[c] as number;
    if (at + ENTRY > pile.length) {
      const grown = new Float64Array(pile.length * 2);
      grown.set(pile);
      this.piles[c] = pile = grown;
    }
    pile[at] = node;
    pile[at + 1] = w;
    this.used[c] = at + ENTRY;
  }
}
