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
import { BallotPacker, isBlank, MAX_BALLOT_COUNT } from './packer';
import type { PackedBallots, RankedBallotSet } from './ballotSet';
import type { BallotRules } from './rules';

export { isBlank, MAX_BALLOT_COUNT, orderWriteIns } from './packer';

/**
 * Ballots as entered by tellers or exported, and their compiled form for counting.
 *
 * A ranking lists one entry per rank: a candidate's name; null or "" for a rank left
 * blank; or an array of names for two or more candidates marked at the same rank (an
 * overvote). A name not among the declared candidates is a write-in.
 */

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

/** Packs parsed ranked ballots for counting: see packRankedBallots and orderRankedBallots. */
export function compileRankedBallots(
  candidates: readonly string[],
  ballots: readonly RankedBallot[],
): RankedBallotSet {
  // Packed into scratch space: the packed arrays live only until they are put in order.
  return orderRankedBallots(pack(candidates, ballots, true));
}

/**
 * Packs parsed ranked ballots in the order given. Write-ins get indices after the declared
 * candidates; the same candidates marked together at a rank share one overvote code.
 */
export function packRankedBallots(
  candidates: readonly string[],
  ballots: readonly RankedBallot[],
): PackedBallots {
  return pack(candidates, ballots, false);
}

function pack(
  candidates: readonly string[],
  ballots: readonly RankedBallot[],
  scratch: boolean,
): PackedBallots {
  // Sized exactly: a million ballots' ranks are tens of megabytes, not to be copied twice.
  let ranks = 0;
  for (const ballot of ballots) ranks += ballot.ranking.length;
  const packer = new BallotPacker(candidates, {
    expectedBallots: ballots.length,
    expectedRanks: ranks,
    scratch,
  });
  for (const ballot of ballots) {
    for (const entry of ballot.ranking) {
      if (typeof entry === 'string') {
        if (isBlank(entry)) packer.blank();
        else packer.mark(packer.indexOf(entry));
      } else if (entry === null) packer.blank();
      else packer.group(entry);
    }
    packer.endBallot(ballot.count);
  }
  return packer.finish();
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
