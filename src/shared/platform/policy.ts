import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../schema/common';
import { VoteResultSchema } from './outcome';

export const POLICY_STATUSES = [
  'draft',
  'rights-review',
  'ready',
  'adopted',
  'rejected',
  'withdrawn',
  'tabled',
] as const;
export const PolicyStatusSchema = z.enum(POLICY_STATUSES);
export type PolicyStatus = z.infer<typeof PolicyStatusSchema>;

export const POLICY_STATUS_LABELS: Record<PolicyStatus, string> = {
  draft: 'Draft',
  'rights-review': 'Rights review',
  ready: 'Ready for a vote',
  adopted: 'Adopted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  tabled: 'Tabled',
};

export const FindingKindSchema = z.enum(['no-conflict', 'conflict', 'needs-discussion']);
export type FindingKind = z.infer<typeof FindingKindSchema>;

/**
 * One reviewer's finding on one Secured Right. Findings are appended, never edited: the latest
 * for a right counts. It names the right's version so a later change to the right re-opens review.
 */
export const RightsFindingSchema = z.object({
  rightId: IdSchema,
  rightVersion: z.int().min(1),
  finding: FindingKindSchema,
  note: z.string(),
  by: z.string().trim().min(1),
  at: TimestampSchema,
});
export type RightsFinding = z.infer<typeof RightsFindingSchema>;

export const StatusChangeSchema = z.object({
  from: PolicyStatusSchema,
  to: PolicyStatusSchema,
  at: TimestampSchema,
  by: z.string().optional(),
  reason: z.string().optional(),
  vote: VoteResultSchema.optional(),
});
export type StatusChange = z.infer<typeof StatusChangeSchema>;

/** A text change made by an adopted amendment; the previous text is kept so nothing is lost. */
export const TextChangeSchema = z.object({
  amendmentId: IdSchema,
  at: TimestampSchema,
  previousText: z.string(),
  vote: VoteResultSchema,
});
export type TextChange = z.infer<typeof TextChangeSchema>;

export const PolicySchema = z.object({
  id: IdSchema,
  areaId: IdSchema,
  title: z.string().trim().min(1),
  summary: z.string(),
  text: z.string(),
  sponsors: z.array(z.string().min(1)),
  status: PolicyStatusSchema,
  findings: z.array(RightsFindingSchema),
  history: z.array(StatusChangeSchema),
  textChanges: z.array(TextChangeSchema),
});
export type Policy = z.infer<typeof PolicySchema>;

export function newPolicy(input: {
  id: string;
  areaId: string;
  title: string;
  summary?: string;
  text?: string;
  sponsors?: string[];
}): Policy {
  return {
    id: input.id,
    areaId: input.areaId,
    title: input.title,
    summary: input.summary ?? '',
    text: input.text ?? '',
    sponsors: input.sponsors ?? [],
    status: 'draft',
    findings: [],
    history: [],
    textChanges: [],
  };
}

/** When the policy was last adopted, from its history (null if it never was). */
export function adoptedAt(policy: Policy): string | null {
  const change = policy.history.findLast((h) => h.to === 'adopted');
  return change ? change.at : null;
}
