import { z } from 'zod';
import { LIMITS } from '../limits';
import { boundedText, IdSchema, listOf, TimestampSchema } from '../schema/common';

export const SUPPORT_LEVELS = [
  'strongly-support',
  'support',
  'neutral',
  'oppose',
  'strongly-oppose',
] as const;
export const SupportLevelSchema = z.enum(SUPPORT_LEVELS);
export type SupportLevel = z.infer<typeof SupportLevelSchema>;

export const SUPPORT_LABELS: Record<SupportLevel, string> = {
  'strongly-support': 'Strongly support',
  support: 'Support',
  neutral: 'Neutral',
  oppose: 'Oppose',
  'strongly-oppose': 'Strongly oppose',
};

export const PledgeAnswerSchema = z.enum(['yes', 'no']);
export type PledgeAnswer = z.infer<typeof PledgeAnswerSchema>;

/** How much a question counts: core policies triple, minor ones half. */
export const WeightSchema = z.enum(['core', 'standard', 'minor']);
export type Weight = z.infer<typeof WeightSchema>;
export const WEIGHT_FACTORS: Record<Weight, number> = { core: 3, standard: 1, minor: 0.5 };

export const QuestionSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('policy'), policyId: IdSchema, areaId: IdSchema }),
  z.object({ kind: z.literal('right'), rightId: IdSchema }),
  z.object({ kind: z.literal('custom'), areaId: IdSchema.nullable() }),
]);

const common = {
  id: IdSchema,
  // Pledges and policy questions quote the right's or the policy's text.
  prompt: boundedText('The question', LIMITS.long).trim().min(1),
  source: QuestionSourceSchema,
  /** Most words an answer (or a scale/pledge comment) may have; null for no limit. */
  wordLimit: z.int().min(1).nullable(),
};
const scored = { weight: WeightSchema, mustMatch: z.boolean() };

export const QuestionSchema = z.discriminatedUnion('type', [
  /** 5-point support scale; `stance` is the platform's own answer. */
  z.object({ type: z.literal('scale'), ...common, ...scored, stance: SupportLevelSchema }),
  z.object({ type: z.literal('pledge'), ...common, ...scored, expected: PledgeAnswerSchema }),
  /** "Cite a vote or action": scored 0–2 by the interview panel. */
  z.object({ type: z.literal('record'), ...common, ...scored }),
  z.object({ type: z.literal('open'), ...common }),
]);
export type Question = z.infer<typeof QuestionSchema>;
export type ScoredQuestion = Exclude<Question, { type: 'open' }>;

export const QUESTION_TYPE_LABELS: Record<Question['type'], string> = {
  scale: 'Support scale',
  pledge: 'Yes/no pledge',
  record: 'Your record',
  open: 'Open question',
};

/** A questionnaire is pinned to the platform version it was built from. */
export const QuestionnaireSchema = z.object({
  id: IdSchema,
  title: boundedText('The title', LIMITS.title).trim().min(1),
  platformVersion: z.int().min(1),
  createdAt: TimestampSchema,
  questions: listOf(QuestionSchema, LIMITS.collection, 'questions').refine(
    (qs) => new Set(qs.map((q) => q.id)).size === qs.length,
    {
      message: 'Two questions share an id',
    },
  ),
});
export type Questionnaire = z.infer<typeof QuestionnaireSchema>;

export function isScored(q: Question): q is ScoredQuestion {
  return q.type !== 'open';
}

/** Answers may not carry a comment longer than the limit; we count runs of non-space characters. */
export function wordCount(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}
