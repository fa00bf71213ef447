import { z } from 'zod';
import { LIMITS } from '../limits';
import { boundedText, IdSchema, TimestampSchema } from '../schema/common';
import { wordDiff, type DiffSegment } from './diff';
import { ok, refuse, VoteResultSchema, type Result, type VoteResult } from './outcome';
import type { Policy } from './policy';

/**
 * A proposed change to a policy's full text. It records the text it was written against, so
 * applying it after some other amendment changed the text is refused instead of clobbering it.
 */
export const AmendmentSchema = z.object({
  id: IdSchema,
  policyId: IdSchema,
  proposedBy: boundedText('A name', LIMITS.name).min(1),
  proposedAt: TimestampSchema,
  rationale: boundedText('The rationale', LIMITS.notes),
  baseText: boundedText('The text', LIMITS.long),
  newText: boundedText('The text', LIMITS.long),
  status: z.enum(['proposed', 'adopted', 'failed', 'withdrawn']),
  vote: VoteResultSchema.nullable(),
});
export type Amendment = z.infer<typeof AmendmentSchema>;

/** Amendments are only in order while the policy itself is still undecided. */
const AMENDABLE: ReadonlySet<Policy['status']> = new Set([
  'draft',
  'rights-review',
  'ready',
  'tabled',
]);

export function proposeAmendment(
  policy: Policy,
  input: { id: string; by: string; at: string; newText: string; rationale?: string },
): Result<Amendment> {
  if (!AMENDABLE.has(policy.status))
    return refuse(`A policy that is ${policy.status} cannot be amended.`);
  if (input.newText === policy.text)
    return refuse('The proposed text is the same as the current text.');
  return ok({
    id: input.id,
    policyId: policy.id,
    proposedBy: input.by,
    proposedAt: input.at,
    rationale: input.rationale ?? '',
    baseText: policy.text,
    newText: input.newText,
    status: 'proposed',
    vote: null,
  });
}

export function amendmentDiff(amendment: Amendment): DiffSegment[] {
  return wordDiff(amendment.baseText, amendment.newText);
}

export function recordAmendmentVote(amendment: Amendment, vote: VoteResult): Result<Amendment> {
  if (amendment.status !== 'proposed')
    return refuse(`This amendment is already ${amendment.status}.`);
  if (vote.outcome === 'no-quorum') return refuse(`Nothing was decided: ${vote.sentence}`);
  return ok({ ...amendment, status: vote.outcome === 'adopted' ? 'adopted' : 'failed', vote });
}

export function withdrawAmendment(amendment: Amendment): Result<Amendment> {
  if (amendment.status !== 'proposed')
    return refuse(`This amendment is already ${amendment.status}.`);
  return ok({ ...amendment, status: 'withdrawn' });
}

/** Puts an adopted amendment's text into the policy, keeping the previous text in its history. */
export function applyAmendment(policy: Policy, amendment: Amendment, at: string): Result<Policy> {
  if (amendment.policyId !== policy.id) return refuse('This amendment belongs to another policy.');
  if (amendment.status !== 'adopted' || !amendment.vote) {
    return refuse('Only an amendment the meeting adopted can change the policy text.');
  }
  if (!AMENDABLE.has(policy.status))
    return refuse(`A policy that is ${policy.status} cannot be amended.`);
  if (policy.textChanges.some((c) => c.amendmentId === amendment.id)) {
    return refuse('This amendment has already been applied.');
  }
  if (policy.text !== amendment.baseText) {
    return refuse(
      'The policy text changed after this amendment was proposed; restate the amendment against the current text.',
    );
  }
  return ok({
    ...policy,
    text: amendment.newText,
    textChanges: [
      ...policy.textChanges,
      { amendmentId: amendment.id, at, previousText: policy.text, vote: amendment.vote },
    ],
  });
}
