import { z } from 'zod';
import { LIMITS } from '../limits';
import {
  boundedText,
  DateSchema,
  FipsSchema,
  IdSchema,
  listOf,
  TimestampSchema,
} from '../schema/common';
import { ok, refuse, VoteResultSchema, type Result, type VoteResult } from '../platform/outcome';
import type { MotionThreshold } from '../voting/motion';

export const CANDIDATE_STATUSES = [
  'prospective',
  'questionnaire-sent',
  'interviewed',
  'endorsed',
  'conditionally-endorsed',
  'not-endorsed',
  'withdrawn',
  'under-review',
  'endorsement-withdrawn',
] as const;
export const CandidateStatusSchema = z.enum(CANDIDATE_STATUSES);
export type CandidateStatus = z.infer<typeof CandidateStatusSchema>;

export const CANDIDATE_STATUS_LABELS: Record<CandidateStatus, string> = {
  prospective: 'Prospective',
  'questionnaire-sent': 'Questionnaire sent',
  interviewed: 'Interviewed',
  endorsed: 'Endorsed',
  'conditionally-endorsed': 'Conditionally endorsed',
  'not-endorsed': 'Not endorsed',
  withdrawn: 'Withdrawn',
  'under-review': 'Under review',
  'endorsement-withdrawn': 'Endorsement withdrawn',
};

export const JurisdictionSchema = z.object({
  kind: z.enum(['county', 'district', 'city', 'state', 'other']),
  name: boundedText('The jurisdiction', LIMITS.title).trim().min(1),
  fips: FipsSchema.optional(),
});

export const ContactSchema = z.object({
  email: boundedText('The email', LIMITS.title).optional(),
  phone: boundedText('The phone', LIMITS.name).optional(),
  website: boundedText('The website', LIMITS.title).optional(),
  address: boundedText('The address', LIMITS.title).optional(),
});

export const EndorsementConditionSchema = z.object({
  id: IdSchema,
  text: boundedText('A condition', LIMITS.short).trim().min(1),
});
export type EndorsementCondition = z.infer<typeof EndorsementConditionSchema>;

/** Kept across later status changes (e.g. under review) so the conditions stay on record. */
export const EndorsementSchema = z.object({
  at: TimestampSchema,
  vote: VoteResultSchema,
  conditions: listOf(EndorsementConditionSchema, LIMITS.shortList, 'conditions'),
  reviewDate: DateSchema.nullable(),
});

/** A finding that a condition was kept or breached; the latest per condition counts. */
export const ConditionReportSchema = z.object({
  conditionId: IdSchema,
  breached: z.boolean(),
  note: boundedText('The note', LIMITS.notes),
  by: boundedText('A name', LIMITS.name).min(1),
  at: TimestampSchema,
});
export type ConditionReport = z.infer<typeof ConditionReportSchema>;

/** A term of office, for per-term scorecards. */
export const TermSchema = z.object({
  id: IdSchema,
  label: boundedText('The term', LIMITS.name).min(1),
  start: DateSchema,
  end: DateSchema.nullable(),
});
export type Term = z.infer<typeof TermSchema>;

export const CandidateStatusChangeSchema = z.object({
  from: CandidateStatusSchema,
  to: CandidateStatusSchema,
  at: TimestampSchema,
  // The reason may be a whole motion's text, or a vote's title and summary.
  reason: boundedText('The reason', LIMITS.long).optional(),
  vote: VoteResultSchema.optional(),
});

export const CandidateSchema = z
  .object({
    id: IdSchema,
    name: boundedText('The name', LIMITS.name).trim().min(1),
    office: boundedText('The office', LIMITS.title).trim().min(1),
    jurisdiction: JurisdictionSchema,
    electionDate: DateSchema.nullable(),
    contact: ContactSchema,
    status: CandidateStatusSchema,
    endorsement: EndorsementSchema.nullable(),
    conditionReports: listOf(ConditionReportSchema, LIMITS.list, 'condition reports'),
    terms: listOf(TermSchema, LIMITS.list, 'terms'),
    history: listOf(CandidateStatusChangeSchema, LIMITS.list, 'status changes'),
  })
  .superRefine((c, ctx) => {
    if ((c.status === 'endorsed' || c.status === 'conditionally-endorsed') && !c.endorsement) {
      ctx.addIssue({
        code: 'custom',
        path: ['endorsement'],
        message: 'An endorsed candidate needs the endorsement vote on record',
      });
    }
    if (
      c.status === 'conditionally-endorsed' &&
      c.endorsement &&
      (c.endorsement.conditions.length === 0 || !c.endorsement.reviewDate)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['endorsement'],
        message: 'A conditional endorsement needs written conditions and a review date',
      });
    }
  });
export type Candidate = z.infer<typeof CandidateSchema>;

export function newCandidate(
  input: Pick<Candidate, 'id' | 'name' | 'office' | 'jurisdiction'> &
    Partial<Pick<Candidate, 'electionDate' | 'contact'>>,
): Candidate {
  return {
    ...input,
    electionDate: input.electionDate ?? null,
    contact: input.contact ?? {},
    status: 'prospective',
    endorsement: null,
    conditionReports: [],
    terms: [],
    history: [],
  };
}

export const CANDIDATE_TRANSITIONS: Readonly<Record<CandidateStatus, readonly CandidateStatus[]>> =
  {
    prospective: ['questionnaire-sent', 'interviewed', 'withdrawn'],
    'questionnaire-sent': ['interviewed', 'withdrawn'],
    interviewed: ['endorsed', 'conditionally-endorsed', 'not-endorsed', 'withdrawn'],
    endorsed: ['under-review', 'endorsement-withdrawn', 'withdrawn'],
    'conditionally-endorsed': ['endorsed', 'under-review', 'endorsement-withdrawn', 'withdrawn'],
    'under-review': ['endorsed', 'conditionally-endorsed', 'endorsement-withdrawn', 'withdrawn'],
    'not-endorsed': ['prospective'],
    withdrawn: ['prospective'],
    'endorsement-withdrawn': ['prospective'],
  };

const ENDORSING: ReadonlySet<CandidateStatus> = new Set(['endorsed', 'conditionally-endorsed']);

export type StatusChangeInput = {
  at: string;
  vote?: VoteResult;
  reason?: string;
  /** The chapter's endorsement threshold (default two-thirds of votes cast). */
  requiredThreshold?: MotionThreshold;
  conditions?: EndorsementCondition[];
  reviewDate?: string;
};

const label = (s: CandidateStatus) => CANDIDATE_STATUS_LABELS[s].toLowerCase();

/**
 * Endorsing and withdrawing an endorsement are decisions of the members, so they need a passing
 * vote. Closing a review with the endorsement standing (under review → endorsed) needs none and
 * keeps the original endorsement on record.
 */
export function changeCandidateStatus(
  candidate: Candidate,
  to: CandidateStatus,
  input: StatusChangeInput,
): Result<Candidate> {
  const from = candidate.status;
  if (!CANDIDATE_TRANSITIONS[from].includes(to)) {
    return refuse(`A candidate who is ${label(from)} cannot become ${label(to)} directly.`);
  }
  const reaffirmed = from === 'under-review' && to === 'endorsed' && !input.vote;
  let endorsement = candidate.endorsement;
  if (reaffirmed) {
    if (!endorsement) return refuse('There is no earlier endorsement on record to keep.');
  } else if (ENDORSING.has(to) || to === 'endorsement-withdrawn') {
    const vote = input.vote;
    if (!vote) return refuse(`Making a candidate ${label(to)} takes a vote of the members.`);
    if (vote.outcome !== 'adopted') return refuse(`The vote did not pass: ${vote.sentence}`);
    if (ENDORSING.has(to)) {
      if (input.requiredThreshold && vote.threshold !== input.requiredThreshold) {
        return refuse(
          `An endorsement needs a vote at "${input.requiredThreshold}"; this vote was held at "${vote.threshold ?? 'an unstated threshold'}".`,
        );
      }
      const conditional = to === 'conditionally-endorsed';
      const conditions = conditional ? (input.conditions ?? []) : [];
      if (conditional && (conditions.length === 0 || !input.reviewDate)) {
        return refuse('A conditional endorsement needs written conditions and a review date.');
      }
      endorsement = {
        at: input.at,
        vote,
        conditions,
        reviewDate: conditional ? input.reviewDate! : null,
      };
    }
  }
  const change = {
    from,
    to,
    at: input.at,
    ...(input.reason !== undefined ? { reason: input.reason } : {}),
    ...(input.vote !== undefined ? { vote: input.vote } : {}),
  };
  return ok({ ...candidate, status: to, endorsement, history: [...candidate.history, change] });
}

/** Conditions whose latest report says they were breached. */
export function breachedConditions(
  candidate: Candidate,
): { condition: EndorsementCondition; report: ConditionReport }[] {
  const conditions = candidate.endorsement?.conditions ?? [];
  return conditions.flatMap((condition) => {
    const report = candidate.conditionReports.findLast((r) => r.conditionId === condition.id);
    return report?.breached ? [{ condition, report }] : [];
  });
}
