import { z } from 'zod';
import { LIMITS } from '../limits';
import { boundedText } from '../schema/common';
import { MotionThresholdSchema, type MotionResult } from '../voting/motion';

/**
 * What this domain needs to know about a decided vote. The count itself belongs to the voting
 * module; here we keep only its outcome and the exact sentence it produced, so minutes and
 * histories quote the result verbatim instead of re-deriving it.
 */
export const VoteResultSchema = z.object({
  /** As the voting module reports it; "no-quorum" decides nothing. */
  outcome: z.enum(['adopted', 'failed', 'no-quorum']),
  sentence: boundedText('The sentence', LIMITS.long).min(1),
  /** The threshold the vote was held at, e.g. "two-thirds-cast". */
  threshold: MotionThresholdSchema.optional(),
  /** Id of the vote record in the voting module, when there is one. */
  voteId: boundedText('The vote id', LIMITS.id).min(1).optional(),
});
export type VoteResult = z.infer<typeof VoteResultSchema>;

/** The part of a counted motion this domain keeps: outcome, the minutes sentence, the threshold. */
export function voteResultFromMotion(result: MotionResult, voteId?: string): VoteResult {
  return {
    outcome: result.outcome,
    sentence: result.summary,
    threshold: result.threshold,
    ...(voteId !== undefined ? { voteId } : {}),
  };
}

/** A pure function's answer when a request can be refused: the reason is shown to people as is. */
export type Result<T> = { ok: true; value: T } | { ok: false; reason: string };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function refuse<T = never>(reason: string): Result<T> {
  return { ok: false, reason };
}
