import { z } from 'zod';
import { orderRankedBallots } from './ballotOrder';
import {
  EXHAUSTED_DUPLICATE,
  EXHAUSTED_NO_MORE,
  EXHAUSTED_OVERVOTE,
  EXHAUSTED_SKIPPED,
  MARK_BLANK,
  MARK_DUPLICATE,
  OVERVOTE_BASE,
} from './ballotSet';
import type { PackedBallots, RankedBallotSet } from './ballotSet';
import type { BallotRules } from './rules';

/**
 * Ballots as entered by tellers or exported, and their compiled form for counting.
 *
 * A ranking lists one entry per rank: a candidate's name; null or "" for a rank left
 * blank; or an array of names for two or more candidates marked at the same rank (an
 * overvote). A name not among the declared candidates is a write-in.
 */

/** A `count` above this would risk exact integer arithmetic in STV units (2^53 / 10^4). */
export const MAX_BALLOT_COUNT = 1_000_000_000;

export const RankingEntrySchema = z.union([z.string(), z.null(), z.array(z.string().nullable())], {
  error: 'expected a name, null (blank rank), or an array of names (overvote)',
});
export type RankingEntry = z.infer<typeof RankingEntrySchema>;

const countSchema = z.number().int().min(1).max(MAX_BALLOT_COUNT).default(1);
/** The teller's entry number, written on the paper ballot. */
const idSchema = z.union([z.string(), z.number()]).optional();

export const RankedBallotSchema = z.strictObject({
  ranking: z.array(RankingEntrySchema),
  /** Identical ballots counted together. */
  count: countSchema,
  id: idSchema,
});
export type RankedBallot = z.infer<typeof RankedBallotSchema>;
export type RankedBallotInput = z.input<typeof RankedBallotSchema>;

export const ApprovalBallotSchema = z.strictObject({
  /** Every candidate the voter approves of; order does not matter. */
  approve: z.array(z.string()),
  count: countSchema,
  id: idSchema,
});
export type ApprovalBallot = z.infer<typeof ApprovalBallotSchema>;

export const CandidateListSchema = z.array(z.string()).superRefine((names, ctx) => {
  const seen = new Set<string>();
  names.forEach((name, i) => {
    if (isBlank(name)) {
      ctx.addIssue({ code: 'custom', path: [i], message: 'a candidate needs a name' });
    } else if (seen.has(name)) {
      ctx.addIssue({ code: 'custom', path: [i], message: `"${name}" is listed twice` });
    }
    seen.add(name);
  });
});

export function isBlank(name: string | null | undefined): boolean {
  return name === null || name === undefined || name.trim() === '';
}

/** Declared candidates first, in their order, then write-ins sorted by name (code units),
 * so the result never depends on the order ballots were entered. */
export function orderWriteIns(writeIns: Iterable<string>): string[] {
  return [...writeIns].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Packs parsed ranked ballots for counting: see packRankedBallots and orderRankedBallots. */
export function compileRankedBallots(
  candidates: readonly string[],
  ballots: readonly RankedBallot[],
): RankedBallotSet {
  return orderRankedBallots(packRankedBallots(candidates, ballots));
}

/**
 * Packs parsed ranked ballots in the order given. Write-ins get indices after the declared
 * candidates; the same candidates marked together at a rank share one overvote code.
 */
export function packRankedBallots(
  candidates: readonly string[],
  ballots: readonly RankedBallot[],
): PackedBallots {
  const index = new Map<string, number>();
  candidates.forEach((name, i) => index.set(name, i));
  const writeInsSeen: string[] = [];
  const indexOf = (name: string): number => {
    let i = index.get(name);
    if (i === undefined) {
      i = index.size;
      index.set(name, i);
      writeInsSeen.push(name);
    }
    return i;
  };

  let marks = new Int32Array(Math.max(16, ballots.length * 4));
  const start = new Int32Array(ballots.length + 1);
  const count = new Int32Array(ballots.length);
  const overvotes: Int32Array[] = [];
  const overvoteCode = new Map<string, number>();
  // Stamp per candidate of the last ballot that ranked it, to spot duplicates in O(1).
  let seenOn = new Int32Array(Math.max(16, candidates.length * 2)).fill(-1);
  let size = 0;
  let length = 0;
  let total = 0;
  let undervotes = 0;

  for (const ballot of ballots) {
    total += ballot.count;
    if (length + ballot.ranking.length > marks.length) {
      const grown = new Int32Array(Math.max(marks.length * 2, length + ballot.ranking.length));
      grown.set(marks);
      marks = grown;
    }
    const from = length;
    let lastMark = from; // one past the last non-blank rank: trailing blanks are dropped
    for (const entry of ballot.ranking) {
      let code = MARK_BLANK;
      // Fast path for the common case, one name at a rank; arrays are rarer.
      let single: string | null = null;
      let group: string[] = [];
      if (typeof entry === 'string') {
        if (!isBlank(entry)) single = entry;
      } else if (entry !== null) {
        group = [...new Set(entry.filter((n): n is string => !isBlank(n)))];
        if (group.length === 1) single = group[0] as string;
      }
      if (single !== null) {
        const c = indexOf(single);
        if (c >= seenOn.length) {
          const grown = new Int32Array(Math.max(seenOn.length * 2, c + 1)).fill(-1);
          grown.set(seenOn);
          seenOn = grown;
        }
        code = seenOn[c] === size ? MARK_DUPLICATE : c;
        seenOn[c] = size;
      } else if (group.length > 1) {
        // The same candidates marked together share one code, so their ballots can merge.
        const members = Int32Array.from(group, indexOf).sort();
        const key = members.join(',');
        let k = overvoteCode.get(key);
        if (k === undefined) {
          k = overvotes.length;
          overvotes.push(members);
          overvoteCode.set(key, k);
        }
        code = OVERVOTE_BASE - k;
      }
      marks[length++] = code;
      if (code !== MARK_BLANK) lastMark = length;
    }
    length = lastMark;
    if (length === from) {
      undervotes += ballot.count;
      continue;
    }
    count[size] = ballot.count;
    size++;
    start[size] = length;
  }

  if (total > MAX_BALLOT_COUNT) {
    throw new RangeError(`more than ${MAX_BALLOT_COUNT} ballots in all`);
  }

  // Write-ins were numbered in order of appearance; renumber them in name order.
  const writeIns = orderWriteIns(writeInsSeen);
  if (writeIns.length > 0) {
    const remap = new Int32Array(candidates.length + writeIns.length);
    for (let i = 0; i < candidates.length; i++) remap[i] = i;
    writeIns.forEach((name, k) => {
      remap[index.get(name) as number] = candidates.length + k;
    });
    for (let i = 0; i < length; i++) {
      const m = marks[i] as number;
      if (m >= 0) marks[i] = remap[m] as number;
    }
    for (const set of overvotes) {
      for (let i = 0; i < set.length; i++) set[i] = remap[set[i] as number] as number;
    }
  }

  return {
    names: [...candidates, ...writeIns],
    writeIns,
    size,
    marks: marks.subarray(0, length),
    start: start.subarray(0, size + 1),
    count: count.subarray(0, size),
    overvotes,
    total,
    valid: total - undervotes,
    undervotes,
  };
}

/**
 * An overvote (mark code m) read under `rule`: the one continuing candidate it marks
 * (exhaust-if-multiple-continuing, when exactly one is), EXHAUSTED_OVERVOTE, or -1 when
 * the reading goes on to the next rank.
 */
export function readOvervote(
  m: number,
  rule: BallotRules['overvote'],
  overvotes: readonly Int32Array[],
  continuing: Uint8Array,
): number {
  if (rule === 'exhaust') return EXHAUSTED_OVERVOTE;
  if (rule === 'skip') return -1;
  const group = overvotes[OVERVOTE_BASE - m] as Int32Array;
  let only = -1;
  let live = 0;
  for (let i = 0; i < group.length; i++) {
    const c = group[i] as number;
    if (continuing[c] === 1) {
      live++;
      only = c;
    }
  }
  return live > 1 ? EXHAUSTED_OVERVOTE : only;
}

/**
 * Reads one ballot's ranks `marks[from]` … `marks[end - 1]`: returns the first continuing
 * candidate it reaches, leaving that rank's position in `at`, or an EXHAUSTED_* code.
 * (RankedPiles applies the same rules to runs of ballots at once.)
 *  - A blank rank counts toward `maxSkippedRanks`; any mark resets the run. Trailing
 *    blanks were dropped when packing, so a run of blanks is always followed by a mark.
 *  - A duplicate is a mark for a candidate already passed over, so under `skip` it is
 *    simply passed over too; under `exhaust` the ballot stops there.
 *  - An overvote follows `rules.overvote`; under `skip` it is a mark, not a blank.
 */
export class BallotReader {
  /** Position of the rank the last successful read stopped at. */
  at = 0;
  private readonly maxSkip: number;
  private readonly dupExhausts: boolean;
  private readonly overvoteRule: BallotRules['overvote'];

  constructor(
    private readonly overvotes: readonly Int32Array[],
    rules: BallotRules,
  ) {
    this.maxSkip = rules.maxSkippedRanks === 'unlimited' ? Infinity : rules.maxSkippedRanks;
    this.dupExhausts = rules.duplicate === 'exhaust';
    this.overvoteRule = rules.overvote;
  }

  read(marks: Int32Array, from: number, end: number, continuing: Uint8Array): number {
    let blanks = 0;
    for (let p = from; p < end; p++) {
      const m = marks[p] as number;
      if (m >= 0) {
        if (continuing[m] === 1) {
          this.at = p;
          return m;
        }
        blanks = 0;
      } else if (m === MARK_BLANK) {
        if (++blanks > this.maxSkip) return EXHAUSTED_SKIPPED;
      } else if (m === MARK_DUPLICATE) {
        if (this.dupExhausts) return EXHAUSTED_DUPLICATE;
        blanks = 0;
      } else {
        const only = readOvervote(m, this.overvoteRule, this.overvotes, continuing);
        if (only === EXHAUSTED_OVERVOTE) return only;
        if (only >= 0) {
          this.at = p;
          return only;
        }
        blanks = 0;
      }
    }
    return EXHAUSTED_NO_MORE;
  }
}
