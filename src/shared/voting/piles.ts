import { BallotReader, EXHAUSTED_NO_MORE, reasonIndex } from './ballots';
import type { RankedBallotSet } from './ballots';
import { UNITS_PER_VOTE } from './decimal';
import type { BallotRules } from './rules';

/**
 * The state of a ranked count: per-candidate piles of the ballots each candidate holds.
 * A round moves only the ballots of the candidate being eliminated or elected; the others
 * are never looked at again.
 *
 * A pile keeps, for each ballot, a record [count, (value,) n, next n ranks]: the ballot's
 * remaining ranks are copied along with it. Moving a ballot then reads one record and
 * appends one, both in sequence, instead of jumping around a million-ballot array (which
 * costs a cache miss per ballot and made transfers several times slower).
 * Records live in fixed-size Int32Array blocks, reused once a candidate's pile is gone.
 */

const BLOCK = 1 << 16;

export class RankedPiles {
  /** Value held per candidate: ballots (IRV) or units of 1/10000 vote (STV). */
  readonly tally: Float64Array;
  /** Exhausted value by reasonIndex: no more choices, overvote, skipped, duplicate. */
  readonly exhaustedBy = new Float64Array(4);
  /** 1 while a candidate is still in the running; cleared by the count. */
  readonly continuing: Uint8Array;
  private readonly reader: BallotReader;
  /** Record header length: count, n; or count, value, n when ballots carry values. */
  private readonly head: number;
  /** Full blocks of each pile and how much of each is used. */
  private readonly blocks: Int32Array[][];
  private readonly used: number[][];
  /** The block each pile is filling, and how far. */
  private readonly tails: Int32Array[];
  private readonly fill: Int32Array;
  private readonly pool: Int32Array[] = [];

  /**
   * @param weighted ballots carry a value in units (STV), starting at one vote and cut
   *   by surplus transfers; otherwise every ballot is worth its count.
   */
  constructor(
    set: RankedBallotSet,
    rules: BallotRules,
    private readonly weighted: boolean,
  ) {
    const { size, start, marks, count } = set;
    const nCand = set.names.length;
    this.reader = new BallotReader(set.overvotes, rules);
    this.tally = new Float64Array(nCand);
    this.continuing = new Uint8Array(nCand).fill(1);
    this.head = weighted ? 3 : 2;
    this.blocks = Array.from({ length: nCand }, () => []);
    this.used = Array.from({ length: nCand }, () => []);
    this.tails = Array.from({ length: nCand }, () => new Int32Array(0));
    this.fill = new Int32Array(nCand);
    const { tally, exhaustedBy, continuing, reader } = this;
    const unit = weighted ? UNITS_PER_VOTE : 1;

    for (let b = 0; b < size; b++) {
      const p = start[b] as number;
      const end = start[b + 1] as number;
      const m = marks[p] as number;
      let c: number;
      let rest: number;
      if (m >= 0) {
        // Everyone is continuing at the start: the first mark is the choice.
        c = m;
        rest = p + 1;
      } else {
        c = reader.read(marks, p, end, continuing);
        rest = reader.at + 1;
      }
      const n = count[b] as number;
      if (c >= 0) {
        tally[c] = (tally[c] as number) + n * unit;
        this.append(c, n, unit, marks, rest, end);
      } else {
        const r = reasonIndex(c);
        exhaustedBy[r] = (exhaustedBy[r] as number) + n * unit;
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
    const { tally, exhaustedBy, continuing, reader, head, weighted } = this;
    let exhausted = 0;
    for (const c of from) {
      this.closeTail(c);
      const blocks = this.blocks[c] as Int32Array[];
      const used = this.used[c] as number[];
      for (let k = 0; k < blocks.length; k++) {
        const block = blocks[k] as Int32Array;
        const length = used[k] as number;
        let i = 0;
        while (i < length) {
          const n = block[i] as number;
          let w = weighted ? (block[i + 1] as number) : 1;
          const first = i + head;
          const end = first + (block[first - 1] as number);
          i = end;
          if (transferValue !== undefined) w = Math.floor((w * transferValue) / UNITS_PER_VOTE);
          const value = n * w;
          let next = EXHAUSTED_NO_MORE;
          let rest = end;
          if (first < end) {
            const m = block[first] as number;
            if (m >= 0 && continuing[m] === 1) {
              next = m;
              rest = first + 1;
            } else {
              next = reader.read(block, first, end, continuing);
              rest = reader.at + 1;
            }
          }
          if (next >= 0) {
            tally[next] = (tally[next] as number) + value;
            received[next] = (received[next] as number) + value;
            this.append(next, n, w, block, rest, end);
          } else {
            const r = reasonIndex(next);
            exhaustedBy[r] = (exhaustedBy[r] as number) + value;
            exhausted += value;
          }
        }
      }
      for (const block of blocks) if (block.length === BLOCK) this.pool.push(block);
      this.blocks[c] = [];
      this.used[c] = [];
    }
    return exhausted;
  }

  /** Appends the record [count, (value,) n, ranks[from..end)] to candidate c's pile. */
  private append(
    c: number,
    count: number,
    value: number,
    ranks: Int32Array,
    from: number,
    end: number,
  ): void {
    const head = this.head;
    const size = head + end - from;
    let tail = this.tails[c] as Int32Array;
    let f = this.fill[c] as number;
    if (f + size > tail.length) {
      this.closeTail(c);
      tail = size <= BLOCK ? (this.pool.pop() ?? new Int32Array(BLOCK)) : new Int32Array(size);
      this.tails[c] = tail;
      f = 0;
    }
    tail[f] = count;
    if (this.weighted) tail[f + 1] = value;
    tail[f + head - 1] = end - from;
    let at = f + head;
    for (let p = from; p < end; p++) tail[at++] = ranks[p] as number;
    this.fill[c] = at;
  }

  /** Files the block a pile is filling among its full blocks. */
  private closeTail(c: number): void {
    const f = this.fill[c] as number;
    if (f > 0) {
      (this.blocks[c] as Int32Array[]).push(this.tails[c] as Int32Array);
      (this.used[c] as number[]).push(f);
    }
    this.tails[c] = new Int32Array(0);
    this.fill[c] = 0;
  }
}
