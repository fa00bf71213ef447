import { z } from 'zod';
import {
  AnswerSchema,
  CandidateSchema,
  CandidateStatusSchema,
  InterviewSchema,
  JurisdictionSchema,
  OfficialVoteSchema,
  OfficialVoteValueSchema,
  PledgeAnswerSchema,
  StoredKeyVoteSchema,
  StoredQuestionnaireSchema,
  StoredResponseSchema,
  SupportLevelSchema,
  WeightSchema,
  CandidateDecisionSchema,
  CandidateSettingsSchema,
  MotionActionSchema,
  AlignmentScoreSchema,
  ComparisonSchema,
  DraftedMotionSchema,
  PanelSummarySchema,
  ScorecardSchema,
  TriggerSchema,
} from '../candidates';
import { LIMITS } from '../limits';
import {
  DateSchema,
  IdSchema,
  listOf,
  optionalTrimmed,
  recordOf,
  tooLong,
  trimmed,
} from '../schema/common';
import { MotionMethodSchema } from '../voteLog/definition';
import { SavedFileSchema } from './app';
import { channels } from './define';

const id = { id: IdSchema };
const text = (label: string, max: number) => z.string().trim().max(max, tooLong(label, max));
const note = text('The note', LIMITS.notes);

export const CandidateInputSchema = z.object({
  name: trimmed('Name', LIMITS.name),
  office: trimmed('Office', LIMITS.title),
  jurisdiction: JurisdictionSchema.extend({
    name: trimmed('Jurisdiction', LIMITS.title),
  }),
  electionDate: DateSchema.nullable(),
  contact: z.object({
    email: optionalTrimmed('Email', LIMITS.title),
    phone: optionalTrimmed('Phone', LIMITS.name),
    website: optionalTrimmed('Website', LIMITS.title),
    address: optionalTrimmed('Address', LIMITS.title),
  }),
});
export type CandidateInput = z.input<typeof CandidateInputSchema>;

export const CustomQuestionInputSchema = z.object({
  type: z.enum(['scale', 'pledge', 'record', 'open']),
  prompt: trimmed('Question', LIMITS.notes),
  areaId: IdSchema.nullable(),
  weight: WeightSchema,
  mustMatch: z.boolean(),
  stance: SupportLevelSchema,
  expected: PledgeAnswerSchema,
  wordLimit: z.int().min(1).max(5000).nullable(),
});
export type CustomQuestionInput = z.infer<typeof CustomQuestionInputSchema>;

export const QuestionnaireInputSchema = z.object({
  platformVersion: z.int().min(1),
  title: text('The title', LIMITS.title).optional(),
  weights: recordOf(IdSchema, WeightSchema, LIMITS.collection, 'weights'),
  mustMatch: listOf(IdSchema, LIMITS.list, 'must-match policies'),
  stances: recordOf(IdSchema, SupportLevelSchema, LIMITS.collection, 'stances'),
  rightsMustMatch: z.boolean(),
  wordLimit: z.int().min(1, 'A word limit is at least 1').max(5000).nullable(),
  custom: listOf(CustomQuestionInputSchema, LIMITS.shortList, 'questions of your own'),
});
export type QuestionnaireInput = z.infer<typeof QuestionnaireInputSchema>;

export const KeyVoteInputSchema = z.object({
  body: trimmed('Body', LIMITS.title),
  bill: trimmed('Bill', LIMITS.name),
  title: text('The title', LIMITS.title),
  date: DateSchema,
  policyId: IdSchema.nullable(),
  position: z.enum(['yes', 'no']),
  rationale: text('The rationale', LIMITS.paragraph),
  officialIds: listOf(IdSchema, LIMITS.shortList, 'officials').min(
    1,
    'Choose at least one official',
  ),
  announced: z.boolean(),
});
export type KeyVoteInput = z.infer<typeof KeyVoteInputSchema>;

const FormProblemSchema = z.object({ line: z.number(), message: z.string() });

export const CandidateSummarySchema = z.object({
  candidate: CandidateSchema,
  alignmentPct: z.number().nullable(),
  coveragePct: z.number().nullable(),
  mustMatchFailures: z.number(),
  questionnaireTitle: z.string().nullable(),
  scorePct: z.number().nullable(),
  openDecision: z.boolean(),
});

export const CandidatesOverviewSchema = z.object({
  candidates: z.array(CandidateSummarySchema),
  questionnaires: z.array(
    z.object({
      id: IdSchema,
      title: z.string(),
      platformVersion: z.number(),
      createdAt: z.string(),
      questions: z.number(),
      responses: z.number(),
      outdated: z.boolean(),
    }),
  ),
  platformVersions: z.array(
    z.object({
      number: z.number(),
      date: z.string(),
      rights: z.array(z.object({ id: IdSchema, number: z.number(), title: z.string() })),
      areas: z.array(z.object({ id: IdSchema, name: z.string() })),
      policies: z.array(z.object({ id: IdSchema, areaId: IdSchema, title: z.string() })),
    }),
  ),
  settings: CandidateSettingsSchema,
});
export type CandidatesOverview = z.infer<typeof CandidatesOverviewSchema>;

/** Computed views, checked against schemas typed by the pure functions' own results. */
const Computed = {
  alignment: AlignmentScoreSchema,
  comparison: ComparisonSchema,
  panel: PanelSummarySchema,
  scorecard: ScorecardSchema,
  trigger: TriggerSchema,
  motion: DraftedMotionSchema,
};

export const CandidateDetailSchema = z.object({
  candidate: CandidateSchema,
  chapterName: z.string(),
  settings: CandidateSettingsSchema,
  responses: z.array(
    z.object({
      response: StoredResponseSchema,
      questionnaire: StoredQuestionnaireSchema,
      alignment: Computed.alignment.nullable(),
      problem: z.string().nullable(),
      outdated: z.boolean(),
    }),
  ),
  interviews: z.array(
    z.object({
      interview: InterviewSchema,
      questionnaireTitle: z.string(),
      panelists: z.array(z.object({ id: IdSchema, name: z.string() })),
      summaries: z.array(Computed.panel),
    }),
  ),
  decisions: z.array(
    CandidateDecisionSchema.extend({
      voteTitle: z.string(),
      voteStatus: z.enum(['open', 'certified']),
      voteSummary: z.string().nullable(),
    }),
  ),
  accountability: z.object({
    scorecard: Computed.scorecard,
    triggers: z.array(Computed.trigger),
    motion: Computed.motion.nullable(),
    barPct: z.number(),
    basedOn: z.string().nullable(),
  }),
  members: z.array(z.object({ id: IdSchema, name: z.string() })),
});
export type CandidateDetail = z.infer<typeof CandidateDetailSchema>;

export const ComparisonViewSchema = z.object({
  chapterName: z.string(),
  questionnaire: StoredQuestionnaireSchema,
  comparison: Computed.comparison,
  nonAnswers: z.enum(['exclude', 'zero']),
});
export type ComparisonView = z.infer<typeof ComparisonViewSchema>;

export const KeyVotesViewSchema = z.object({
  chapterName: z.string(),
  keyVotes: z.array(StoredKeyVoteSchema),
  officialVotes: z.array(OfficialVoteSchema),
  officials: z.array(z.object({ id: IdSchema, name: z.string(), office: z.string() })),
  policies: z.array(z.object({ id: IdSchema, title: z.string() })),
  nonVotes: z.enum(['misaligned', 'excluded']),
});
export type KeyVotesView = z.infer<typeof KeyVotesViewSchema>;

const CompareInputSchema = z.object({
  questionnaireId: IdSchema,
  candidateIds: listOf(IdSchema, LIMITS.compared, 'candidates side by side').min(
    1,
    'Choose at least one candidate',
  ),
});

export const candidatesChannels = channels({
  'candidates.list': { input: z.undefined(), output: CandidatesOverviewSchema },
  'candidates.get': { input: z.object(id), output: CandidateDetailSchema },
  'candidates.add': { input: CandidateInputSchema, output: CandidateSchema },
  'candidates.update': {
    input: z.object({ ...id, candidate: CandidateInputSchema }),
    output: CandidateSchema,
  },
  'candidates.setStatus': {
    input: z.object({
      ...id,
      to: CandidateStatusSchema,
      reason: text('The reason', LIMITS.short),
    }),
    output: CandidateSchema,
  },
  'candidates.addTerm': {
    input: z.object({
      ...id,
      label: trimmed('Term', LIMITS.name),
      start: DateSchema,
      end: DateSchema.nullable(),
    }),
    output: CandidateSchema,
  },
  'candidates.reportCondition': {
    input: z.object({
      ...id,
      conditionId: IdSchema,
      breached: z.boolean(),
      note,
      by: trimmed('Reported by', LIMITS.name),
    }),
    output: CandidateSchema,
  },
  'candidates.openEndorsementVote': {
    input: z.object({
      ...id,
      conditional: z.boolean(),
      conditions: listOf(trimmed('A condition', LIMITS.short), LIMITS.shortList, 'conditions'),
      reviewDate: DateSchema.nullable(),
      method: MotionMethodSchema,
    }),
    output: z.object({ voteId: IdSchema }),
  },
  'candidates.placeMotion': {
    input: z.object({ ...id, action: MotionActionSchema.optional() }),
    output: z.object({ voteId: IdSchema, meetingId: IdSchema, itemId: IdSchema }),
  },
  /** Sets aside a decision whose vote was never certified, so another can be opened. */
  'candidates.setAsideDecision': {
    input: z.object({ ...id, decisionId: IdSchema, reason: trimmed('Reason', LIMITS.short) }),
    output: CandidateSchema,
  },
  'candidates.questionnaire': { input: z.object(id), output: StoredQuestionnaireSchema },
  'candidates.createQuestionnaire': {
    input: QuestionnaireInputSchema,
    output: StoredQuestionnaireSchema,
  },
  'candidates.saveResponse': {
    input: z.object({
      candidateId: IdSchema,
      questionnaireId: IdSchema,
      answers: recordOf(IdSchema, AnswerSchema, LIMITS.collection, 'answers'),
    }),
    output: z.object({ warnings: z.array(z.string()) }),
  },
  'candidates.exportForm': {
    input: z.object({ questionnaireId: IdSchema, candidateId: IdSchema }),
    output: SavedFileSchema,
  },
  'candidates.importForm': {
    input: z.object({
      questionnaireId: IdSchema,
      text: z.string().max(LIMITS.formText, tooLong('The form', LIMITS.formText)),
    }),
    output: z.discriminatedUnion('ok', [
      z.object({
        ok: z.literal(true),
        candidateName: z.string(),
        answered: z.number(),
        warnings: z.array(FormProblemSchema),
      }),
      z.object({ ok: z.literal(false), errors: z.array(FormProblemSchema) }),
    ]),
  },
  'candidates.savePanel': {
    input: z.object({
      candidateId: IdSchema,
      questionnaireId: IdSchema,
      date: DateSchema,
      panelistIds: listOf(IdSchema, LIMITS.shortList, 'panelists').min(
        1,
        'Choose at least one panelist',
      ),
    }),
    output: InterviewSchema,
  },
  'candidates.scoreAnswers': {
    input: z.object({
      interviewId: IdSchema,
      panelistId: IdSchema,
      scores: z
        .array(
          z.object({
            questionId: IdSchema,
            score: z.number().min(0).max(2),
            note,
          }),
        )
        .min(1)
        .max(LIMITS.list),
    }),
    output: InterviewSchema,
  },
  'candidates.compare': { input: CompareInputSchema, output: ComparisonViewSchema },
  'candidates.keyVotes': { input: z.undefined(), output: KeyVotesViewSchema },
  'candidates.addKeyVote': { input: KeyVoteInputSchema, output: StoredKeyVoteSchema },
  'candidates.recordOfficialVote': {
    input: z.object({
      keyVoteId: IdSchema,
      officialId: IdSchema,
      vote: OfficialVoteValueSchema,
      note: text('The note', LIMITS.notes),
    }),
    output: OfficialVoteSchema,
  },
});
