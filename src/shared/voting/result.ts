import { z } from 'zod';
import { BallotRulesSchema } from './rules';

/**
 * What a count produces. Results are computed from ballots or events, never stored as
 * truth; these schemas exist so the shape is documented in one place and an exported
 * result can be checked. Vote values are plain numbers: whole numbers, except STV where
 * they carry at most four decimals.
 */

export const OUTCOMES = [
  'adopted',
  'failed',
  'no-quorum',
  'elected',
  'no-majority',
  'tie-unresolved',
  'no-votes',
] as const;
export const OutcomeSchema = z.enum(OUTCOMES);

export const TieRecordSchema = z.object({
  /** What the tie was about: who is eliminated, who takes a seat, whose surplus moves first. */
  purpose: z.enum(['elimination', 'election', 'transfer-order']),
  tied: z.array(z.string()),
  decidedBy: z.enum(['previous-round', 'random', 'lot', 'unresolved']),
  /** The candidate the rule picked (eliminated / elected / transferred first); null if unresolved. */
  chosen: z.string().nullable(),
  detail: z.string(),
});
export type TieRecord = z.infer<typeof TieRecordSchema>;

/** Inactive ballots by reason; cumulative, like `exhausted`. */
export const ExhaustedByReasonSchema = z.object({
  overvote: z.number(),
  skipped: z.number(),
  noMoreChoices: z.number(),
  duplicate: z.number(),
});
export type ExhaustedByReason = z.infer<typeof ExhaustedByReasonSchema>;

/** What left the eliminated or elected candidates at the end of a round, and where it went. */
export const TransferSchema = z.object({
  kind: z.enum(['elimination', 'surplus']),
  from: z.array(z.string()),
  /** Several candidates eliminated at once (IRV batch elimination). */
  batch: z.boolean().optional(),
  /** STV surplus: the value each of the candidate's ballots moves on at (4 decimals). */
  transferValue: z.number().optional(),
  /** STV surpluses moved together: each candidate's transfer value (then no `transferValue`). */
  transferValues: z.record(z.string(), z.number()).optional(),
  /** STV surplus: the votes that left (votes above the quota; together: all of them). */
  surplus: z.number().optional(),
  to: z.record(z.string(), z.number()),
  exhausted: z.number(),
  /** STV: value lost to truncation to four decimals in this transfer. */
  residue: z.number().optional(),
});

export type Transfer = z.infer<typeof TransferSchema>;

export const RoundSchema = z.object({
  round: z.number().int().min(1),
  /** Sequential IRV: which count (one per seat) the round belongs to; each starts afresh. */
  pass: z.number().int().min(1).optional(),
  /** Votes held at the start of the round by every candidate still in the count. */
  tallies: z.record(z.string(), z.number()),
  /** Sum of `tallies`. */
  active: z.number(),
  /** Inactive ballots so far (votes; STV: value), undervotes excluded. */
  exhausted: z.number(),
  exhaustedBy: ExhaustedByReasonSchema,
  /** STV: value lost to truncation so far. active + exhausted + residue = valid ballots. */
  residue: z.number().optional(),
  /** Votes needed to be elected this round (null when the method has none, e.g. plurality). */
  threshold: z.number().nullable(),
  elected: z.array(z.string()),
  eliminated: z.array(z.string()),
  transfer: TransferSchema.optional(),
  ties: z.array(TieRecordSchema),
});
export type Round = z.infer<typeof RoundSchema>;

export const BallotCountsSchema = z.object({
  /** Every ballot, counted `count` times. */
  total: z.number().int(),
  /** Ballots with at least one mark. */
  valid: z.number().int(),
  /** Blank ballots: no mark at all; counted, but never exhausted and never in a threshold. */
  undervotes: z.number().int(),
});

export const ELECTION_METHODS = ['plurality', 'majority', 'irv', 'stv', 'approval'] as const;
export const ElectionMethodSchema = z.enum(ELECTION_METHODS);
export type ElectionMethod = z.infer<typeof ElectionMethodSchema>;

export const ElectionResultSchema = z.object({
  kind: z.literal('election'),
  method: ElectionMethodSchema,
  outcome: OutcomeSchema,
  /** In the order they were elected. */
  winners: z.array(z.string()),
  /** One plain sentence for the minutes. */
  summary: z.string(),
  seats: z.number().int().min(1),
  /** Everyone in the count: the declared candidates, then write-ins sorted by name. */
  candidates: z.array(z.string()),
  writeIns: z.array(z.string()),
  ballots: BallotCountsSchema,
  /** STV: the quota (whole votes, or four decimals for `droop-exact`). */
  quota: z.number().optional(),
  /** The ballot rules the count applied, every default filled in. */
  rules: BallotRulesSchema,
  /** Set when the seeded random draw decided a tie: its order, most favoured first. */
  drawnOrder: z.array(z.string()).optional(),
  warnings: z.array(z.string()),
  rounds: z.array(RoundSchema),
});
export type ElectionResult = z.infer<typeof ElectionResultSchema>;
