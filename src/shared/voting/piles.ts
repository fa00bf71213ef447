import {
  EXHAUSTED_DUPLICATE,
  EXHAUSTED_NO_MORE,
  EXHAUSTED_OVERVOTE,
  EXHAUSTED_SKIPPED,
  MARK_BLANK,
  MARK_DUPLICATE,
  readOvervote,
  reasonIndex,
} from './ballots';
import type { RankedBallotSet } from './ballots';
import { UNITS_PER_VOTE } from './decimal';
import type { BallotRules } from './rules';

/**
 * The state of a ranked count: which candidate holds which ballots.
 *
 * Ballots come in ranking order (ballotOrder.ts), so the ballots that agree on their first
 * d ranks are one contiguous run. A candidate's pile is a list of such runs: "ballots lo
 * to hi, which all reached this candidate at rank d". When the candidate leaves, each run
 * splits by its next rank into smaller runs, whose ends the ballot set indexes (runEnds),
 * and each passes on whole. A round costs a few steps per run moved, not per ballot: a
 * million ballots over ten candidates make about 60,000 runs in a whole count.
 *
 * Reading follows BallotReader exactly (blank runs, duplicates, overvotes), applied to a
 * run at a time: every ballot in a run has the same ranks up to where it splits.
 */

/** The mark of a ballot past its last rank. */
const NO_RANK = -0x80000000;
/** Fields per run in a pile: lo, hi, rank, value per ballot. */
const RUN = 4;

export class RankedPiles {
  /** Value held per candidate: ballots (IRV) or units of 1/10000 vote (STV). */
  readonly tally: Float64Array;
  /** Exhausted value by reasonIndex: no more choices, overvote, skipped, duplicate. */
  readonly exhaustedBy = new Float64Array(4);
  /** 1 while a candidate is still in the running; cleared by the count. */
  readonly continuing: Uint8Array;

  private readonly marks: Int32Array;
  private readonly start: Int32Array;
  private readonly runEnds: Int32Array;
  private readonly overvotes: readonly Int32Array[];
  /** Ballots (with their counts) before entry b: a run's size is a difference. */
  private readonly before: Float64Array;
  private readonly maxSkip: number;
  private readonly dupExhausts: boolean;
  private readonly overvoteRule: BallotRules['overvote'];
  /** Runs held by each candidate, RUN numbers each, and how many numbers are in use. */
  private readonly piles: Float64Array[];
  private readonly used: Int32Array;
  /** Runs still to split in `spread`, four numbers each: lo, hi, rank, blanks so far. */
  private work = new Int32Array(256);
  private pending = 0;

  /**
   * @param weighted ballots carry a value in units (STV), starting at one vote and cut
   *   by surplus transfers; otherwise every ballot is worth its count.
   */
  constructor(set: RankedBallotSet, rules: BallotRules, weighted: boolean) {
    const K = set.names.length;
    this.marks = set.marks;
    this.start = set.start;
    this.runEnds = set.runEnds;
    this.overvotes = set.overvotes;
    this.maxSkip = rules.maxSkippedRanks === 'unlimited' ? Infinity : rules.maxSkippedRanks;
    this.dupExhausts = rules.duplicate === 'exhaust';
    this.overvoteRule = rules.overvote;
    this.tally = new Float64Array(K);
    this.continuing = new Uint8Array(K).fill(1);
    this.piles = Array.from({ length: K }, () => new Float64Array(RUN * 4));
    this.used = new Int32Array(K);
    this.before = set.cumulative;
    this.spread(0, set.size, 0, weighted ? UNITS_PER_VOTE : 1, null);
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
      for (let k = 0; k < used; k += RUN) {
        let w = pile[k + 3] as number;
        if (transferValue !== undefined) w = Math.floor((w * transferValue) / UNITS_PER_VOTE);
        exhausted += this.spread(
          pile[k] as number,
          pile[k + 1] as number,
          (pile[k + 2] as number) + 1,
          w,
          received,
        );
      }
    }
    return exhausted;
  }

  /**
   * Ballots lo … hi - 1 agree up to rank `rank` and have no continuing choice before it:
   * hands each to its next continuing choice from that rank on, run by run, or exhausts
   * it. Each ballot is worth `w` units. Returns the value exhausted.
   */
  private spread(
    lo: number,
    hi: number,
    rank: number,
    w: number,
    received: Float64Array | null,
  ): number {
    const { continuing, tally, before, start, marks, runEnds } = this;
    let exhausted = 0;
    this.pending = 0;
    this.later(lo, hi, rank, 0);
    while (this.pending > 0) {
      const at = (this.pending -= 4);
      const work = this.work;
      let a = work[at] as number;
      const end = work[at + 1] as number;
      const d = work[at + 2] as number;
      const blanks = work[at + 3] as number;
      while (a < end) {
        const p = (start[a] as number) + d;
        const ended = p >= (start[a + 1] as number);
        // A ballot that ends here is a run of its own (identical ones were merged).
        const m = ended ? NO_RANK : (marks[p] as number);
        const b = ended ? a + 1 : (runEnds[p] as number);
        // Only a set not made by orderRankedBallots could do this; never loop forever.
        if (b <= a || b > end) throw new RangeError('ballot set is not in ranking order');
        const v = ((before[b] as number) - (before[a] as number)) * w;
        let holder = -1;
        let reason = 0;
        if (m >= 0) {
          if (continuing[m] === 1) holder = m;
          else this.later(a, b, d + 1, 0);
        } else if (m === NO_RANK) {
          reason = EXHAUSTED_NO_MORE;
        } else if (m === MARK_BLANK) {
          if (blanks + 1 > this.maxSkip) reason = EXHAUSTED_SKIPPED;
          else this.later(a, b, d + 1, blanks + 1);
        } else if (m === MARK_DUPLICATE) {
          if (this.dupExhausts) reason = EXHAUSTED_DUPLICATE;
          else this.later(a, b, d + 1, 0);
        } else {
          const only = readOvervote(m, this.overvoteRule, this.overvotes, continuing);
          if (only >= 0) holder = only;
          else if (only === EXHAUSTED_OVERVOTE) reason = EXHAUSTED_OVERVOTE;
          else this.later(a, b, d + 1, 0);
        }
        if (holder >= 0) {
          tally[holder] = (tally[holder] as number) + v;
          if (received) received[holder] = (received[holder] as number) + v;
          this.hold(holder, a, b, d, w);
        } else if (reason !== 0) {
          const r = reasonIndex(reason);
          this.exhaustedBy[r] = (this.exhaustedBy[r] as number) + v;
          exhausted += v;
        }
        a = b;
      }
    }
    return exhausted;
  }

  /** Queues the run lo … hi - 1 to be spread from `rank`, after `blanks` blank ranks. */
  private later(lo: number, hi: number, rank: number, blanks: number): void {
    const at = this.pending;
    if (at + 4 > this.work.length) {
      const grown = new Int32Array(this.work.length * 2);
      grown.set(this.work);
      this.work = grown;
    }
    this.work[at] = lo;
    this.work[at + 1] = hi;
    this.work[at + 2] = rank;
    this.work[at + 3] = blanks;
    this.pending = at + 4;
  }

  /** Adds the run lo … hi - 1, which reached candidate c at `rank`, to c's pile. */
  private hold(c: number, lo: number, hi: number, rank: number, w: number): void {
    let pile = this.piles[c] as Float64Array;
    const at = this.used[c] as number;
    if (at + RUN > pile.length) {
      const grown = new Float64Array(pile.length * 2);
      grown.set(pile);
      this.piles[c] = pile = grown;
    }
    pile[at] = lo;
    pile[at + 1] = hi;
    pile[at + 2] = rank;
    pile[at + 3] = w;
    this.used[c] = at + RUN;
  }
}
