/**
 * Vote plans: how each universe voter means to vote (early in person, by mail, on election
 * day, or not sure yet), whether they need a ride and when, and for mail voters when the
 * ballot was requested and returned. Pure: the schema, the words a CSV may use for each
 * value, and reading one CSV row into a plan with every problem named.
 */
import { z } from 'zod';
import { LIMITS } from '../limits';
import { DateSchema, TimestampSchema, boundedText } from '../schema/common';

export const VOTE_PLANS = ['early', 'mail', 'election-day', 'unsure'] as const;
export const VotePlanKindSchema = z.enum(VOTE_PLANS);
export type VotePlanKind = z.infer<typeof VotePlanKindSchema>;

export const VOTE_PLAN_LABELS: Readonly<Record<VotePlanKind, string>> = {
  early: 'Early in person',
  mail: 'By mail',
  'election-day': 'Election day',
  unsure: 'Unsure',
};

const OptionalDate = z.union([z.literal(''), DateSchema]);
const TimeSchema = z.union([
  z.literal(''),
  z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 10:30'),
]);

/** One voter's plan as entered: '' for a date or time not given. */
export const VotePlanInputSchema = z
  .object({
    voterId: boundedText('The voter ID', LIMITS.id).min(1),
    plan: VotePlanKindSchema.nullable().default(null),
    needsRide: z.boolean().default(false),
    rideDate: OptionalDate.default(''),
    rideTime: TimeSchema.default(''),
    ballotRequested: OptionalDate.default(''),
    ballotReturned: OptionalDate.default(''),
  })
  .superRefine((p, ctx) => {
    for (const problem of planProblems(p)) ctx.addIssue({ code: 'custom', ...problem });
  });
export type VotePlanInput = z.input<typeof VotePlanInputSchema>;
export type VotePlan = z.output<typeof VotePlanInputSchema>;

/** A stored plan: the plan as entered, and when. The latest entry of a voter wins. */
export const VotePlanEntrySchema = z.object({
  voterId: boundedText('The voter ID', LIMITS.id).min(1),
  plan: VotePlanKindSchema.nullable(),
  needsRide: z.boolean(),
  rideDate: OptionalDate,
  rideTime: TimeSchema,
  ballotRequested: OptionalDate,
  ballotReturned: OptionalDate,
  at: TimestampSchema,
});
export type VotePlanEntry = z.infer<typeof VotePlanEntrySchema>;

type PlanField = 'rideDate' | 'rideTime' | 'ballotRequested' | 'ballotReturned';

/** What does not hang together in a plan: ballot dates need a mail plan, a ride time needs a ride. */
export function planProblems(
  p: Pick<VotePlan, 'plan' | 'needsRide' | PlanField>,
): { path: [PlanField]; message: string }[] {
  const problems: { path: [PlanField]; message: string }[] = [];
  if (p.plan !== 'mail') {
    if (p.ballotRequested)
      problems.push({ path: ['ballotRequested'], message: 'Only a mail voter requests a ballot' });
    if (p.ballotReturned)
      problems.push({ path: ['ballotReturned'], message: 'Only a mail voter returns a ballot' });
  }
  if (p.ballotReturned && p.ballotRequested && p.ballotReturned < p.ballotRequested)
    problems.push({
      path: ['ballotReturned'],
      message: 'The ballot was returned before it was requested',
    });
  if (!p.needsRide && (p.rideDate || p.rideTime))
    problems.push({ path: ['rideDate'], message: 'A ride time needs “needs a ride”' });
  return problems;
}

/** Whether a plan says anything (an empty one is how a plan is cleared). */
export function isEmptyPlan(p: VotePlan): boolean {
  return (
    p.plan === null &&
    !p.needsRide &&
    !p.rideDate &&
    !p.rideTime &&
    !p.ballotRequested &&
    !p.ballotReturned
  );
}

/** Each voter's latest plan; an empty latest plan clears the voter's plan. */
export function latestPlans(entries: Iterable<VotePlanEntry>): Map<string, VotePlanEntry> {
  const latest = new Map<string, VotePlanEntry>();
  for (const e of entries) {
    const prev = latest.get(e.voterId);
    if (!prev || prev.at <= e.at) latest.set(e.voterId, e);
  }
  for (const [voterId, e] of latest) if (isEmptyPlan(e)) latest.delete(voterId);
  return latest;
}

const PLAN_WORDS: Readonly<Record<string, VotePlanKind>> = {
  early: 'early',
  'early-in-person': 'early',
  'early-vote': 'early',
  ev: 'early',
  mail: 'mail',
  'by-mail': 'mail',
  absentee: 'mail',
  'vote-by-mail': 'mail',
  vbm: 'mail',
  'election-day': 'election-day',
  'on-the-day': 'election-day',
  'e-day': 'election-day',
  eday: 'election-day',
  'in-person': 'election-day',
  unsure: 'unsure',
  'not-sure': 'unsure',
  unknown: 'unsure',
  undecided: 'unsure',
};

/** A plan as written in a CSV cell ('By mail', 'absentee', 'Election day'…); '' is none. */
export function readPlanWord(text: string): VotePlanKind | null | Error {
  const word = text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  if (!word) return null;
  return (
    PLAN_WORDS[word] ??
    new Error(`“${text.trim()}” is not a plan: use early, mail, election day or unsure`)
  );
}

/** Yes/no as written in a CSV cell; '' is no. */
export function readYesNo(text: string): boolean | Error {
  const word = text.trim().toLowerCase();
  if (['', 'n', 'no', 'false', '0'].includes(word)) return false;
  if (['y', 'yes', 'true', '1', 'x'].includes(word)) return true;
  return new Error(`“${text.trim()}” is not yes or no`);
}
