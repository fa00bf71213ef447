/**
 * How the candidates feature is kept in the chapter file: one top-level collection per kind
 * of record (see src/shared/schema/store.ts). Everything a screen shows is computed from these
 * with the pure functions of this folder; decisions are read back from the vote log.
 */
import { z } from 'zod';
import { LIMITS } from '../limits';
import {
  boundedText,
  DateSchema,
  IdSchema,
  listOf,
  recordOf,
  TimestampSchema,
} from '../schema/common';
import { CountedThresholdSchema } from '../voting/motion';
import { ResponseSchema } from './answers';
import { PanelScoreSchema } from './panel';
import { QuestionnaireSchema } from './questions';
import { KeyVoteSchema } from './scorecard';
import { DraftedMotionSchema, TriggerSchema } from './triggers';

/** A questionnaire with what it needs from its platform version to print and compare alone. */
export const StoredQuestionnaireSchema = QuestionnaireSchema.extend({
  areas: listOf(
    z.object({ id: IdSchema, name: boundedText('An area name', LIMITS.name) }),
    LIMITS.collection,
    'policy areas',
  ),
  policyTitles: recordOf(
    IdSchema,
    boundedText('A policy title', LIMITS.title),
    LIMITS.collection,
    'policies',
  ),
});
export type StoredQuestionnaire = z.infer<typeof StoredQuestionnaireSchema>;

/** A candidate's answers to one questionnaire; saving again replaces them (one per pair). */
export const StoredResponseSchema = ResponseSchema.extend({
  id: IdSchema,
  receivedAt: TimestampSchema,
  source: z.enum(['entered', 'imported']),
});
export type StoredResponse = z.infer<typeof StoredResponseSchema>;

/** An interview: the panel of members and every score they gave (appended; latest counts). */
export const InterviewSchema = z.object({
  id: IdSchema,
  candidateId: IdSchema,
  questionnaireId: IdSchema,
  date: DateSchema,
  panelistIds: listOf(IdSchema, LIMITS.shortList, 'panelists').min(1),
  // Every score is kept (a correction is appended), so this grows with use.
  scores: listOf(PanelScoreSchema, LIMITS.collection, 'scores'),
  createdAt: TimestampSchema,
});
export type Interview = z.infer<typeof InterviewSchema>;

/** A key vote and the officials whose vote on it is scored. */
export const StoredKeyVoteSchema = KeyVoteSchema.extend({
  officialIds: listOf(IdSchema, LIMITS.shortList, 'officials').min(1),
  createdAt: TimestampSchema,
});
export type StoredKeyVote = z.infer<typeof StoredKeyVoteSchema>;

export const DECISION_ACTIONS = [
  'endorse',
  'conditional-endorse',
  'review',
  'withdraw-endorsement',
  'replace',
] as const;
export const DecisionActionSchema = z.enum(DECISION_ACTIONS);
export type DecisionAction = z.infer<typeof DecisionActionSchema>;

/**
 * A decision about a candidate waiting on a vote in the vote log. When the vote is certified the
 * candidate's status follows from it and `settledAt` is set; the outcome is read from the log.
 */
export const CandidateDecisionSchema = z.object({
  id: IdSchema,
  candidateId: IdSchema,
  voteId: IdSchema,
  action: DecisionActionSchema,
  openedAt: TimestampSchema,
  conditions: listOf(
    boundedText('A condition', LIMITS.short).trim().min(1),
    LIMITS.shortList,
    'conditions',
  ),
  reviewDate: DateSchema.nullable(),
  /** For accountability motions: what triggered it and the motion as drafted. */
  motion: DraftedMotionSchema.nullable(),
  triggers: listOf(TriggerSchema, LIMITS.list, 'triggers'),
  meetingId: IdSchema.nullable(),
  itemId: IdSchema.nullable(),
  settledAt: TimestampSchema.nullable(),
  /** What happened when the certified result was applied, in plain words. */
  note: boundedText('The note', LIMITS.long).nullable(),
});
export type CandidateDecision = z.infer<typeof CandidateDecisionSchema>;

/** The chapter settings this feature reads (they live in src/shared/settings). */
export const CandidateSettingsSchema = z.object({
  endorsementThreshold: CountedThresholdSchema,
  /** Threshold for motions to review or withdraw an endorsement. */
  accountabilityThreshold: CountedThresholdSchema,
  /** Scorecard bar, percent. */
  scorecardBarPct: z.number().min(0).max(100),
  nonVotes: z.enum(['misaligned', 'excluded']),
  nonAnswers: z.enum(['exclude', 'zero']),
});
export type CandidateSettings = z.infer<typeof CandidateSettingsSchema>;

export const DECISION_LABELS: Record<DecisionAction, string> = {
  endorse: 'Endorsement',
  'conditional-endorse': 'Conditional endorsement',
  review: 'Review of endorsement',
  'withdraw-endorsement': 'Withdrawal of endorsement',
  replace: 'Withdrawal and replacement',
};
