import { z } from 'zod';
import { LIMITS } from '../limits';
import { boundedText, IdSchema, listOf, TimestampSchema } from '../schema/common';
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
  note: boundedText('The note', LIMITS.notes),
  by: boundedText('A name', LIMITS.name).trim().min(1),
  at: TimestampSchema,
});
export type RightsFinding = z.infer<typeof RightsFindingSchema>;

export const StatusChangeSchema = z.object({
  from: PolicyStatusSchema,
  to: PolicyStatusSchema,
  at: TimestampSchema,
  by: boundedText('A name', LIMITS.name).optional(),
  reason: boundedText('The reason', LIMITS.notes).optional(),
  vote: VoteResultSchema.optional(),
});

/** A text change made by an adopted amendment; the previous text is kept so nothing is lost. */
export const TextChangeSchema = z.object({
  amendmentId: IdSchema,
  at: TimestampSchema,
  previousText: boundedText('The text', LIMITS.long),
  vote: VoteResultSchema,
});

export const PolicySchema = z.object({
  id: IdSchema,
  areaId: IdSchema,
  title: boundedText('The title', LIMITS.title).trim().min(1),
  summary: boundedText('The summary', LIMITS.notes),
  text: boundedText('The text', LIMITS.long),
  sponsors: listOf(boundedText('A sponsor', LIMITS.name).min(1), LIMITS.shortList, 'sponsors'),
  status: PolicyStatusSchema,
  findings: listOf(RightsFindingSchema, LIMITS.list, 'findings'),
  history: listOf(StatusChangeSchema, LIMITS.list, 'status changes'),
  textChanges: listOf(TextChangeSchema, LIMITS.list, 'text changes'),
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

export type StatusChange = z.infer<typeof StatusChangeSchema>;
export type TextChange = z.infer<typeof TextChangeSchema>;
export type TimelineEntry =
  | { kind: 'status'; at: string; change: StatusChange }
  | { kind: 'text'; at: string; change: TextChange };

/**
 * The policy's status changes and text amendments in the order they happened (an amendment
 * adopted before the policy shows before "Adopted"); entries at the same moment keep their
 * recorded order, status changes first.
 */
export function policyTimeline(policy: Policy): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...policy.history.map((change) => ({ kind: 'status' as const, at: change.at, change })),
    ...policy.textChanges.map((change) => ({ kind: 'text' as const, at: change.at, change })),
  ];
  return entries
    .map((entry, i) => ({ entry, i, t: Date.parse(entry.at) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map(({ entry }) => entry);
}
