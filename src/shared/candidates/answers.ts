import { z } from 'zod';
import { LIMITS } from '../limits';
import { boundedText, IdSchema, recordOf } from '../schema/common';
import { ok, refuse, type Result } from '../platform/outcome';
import {
  PledgeAnswerSchema,
  SupportLevelSchema,
  wordCount,
  type Question,
  type Questionnaire,
} from './questions';

/**
 * A candidate's answer. A scale or pledge may be left unmarked (null) with a comment, which
 * keeps "declined to say, and why" apart from "did not answer at all".
 */
// An answer may run to the questionnaire's word limit (at most 5,000 words).
const comment = boundedText('A comment', LIMITS.long);
const answer = boundedText('An answer', LIMITS.long);

export const AnswerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('scale'), value: SupportLevelSchema.nullable(), comment }),
  z.object({ type: z.literal('pledge'), value: PledgeAnswerSchema.nullable(), comment }),
  z.object({ type: z.literal('record'), text: answer }),
  z.object({ type: z.literal('open'), text: answer }),
]);
export type Answer = z.infer<typeof AnswerSchema>;

export const ResponseSchema = z.object({
  candidateId: IdSchema,
  questionnaireId: IdSchema,
  /** Must equal the questionnaire's: answers are only comparable against one platform. */
  platformVersion: z.int().min(1),
  answers: recordOf(IdSchema, AnswerSchema, LIMITS.collection, 'answers'),
});
export type QuestionnaireResponse = z.infer<typeof ResponseSchema>;

/** Whether the answer gives something to score (a mark, or non-blank text). */
export function isAnswered(answer: Answer | undefined): boolean {
  if (!answer) return false;
  if (answer.type === 'scale' || answer.type === 'pledge') return answer.value !== null;
  return answer.text.trim() !== '';
}

/** Drops answers that hold nothing at all, so "missing" has one representation. */
export function normalizeResponse(response: QuestionnaireResponse): QuestionnaireResponse {
  const answers: Record<string, Answer> = {};
  for (const [id, a] of Object.entries(response.answers)) {
    const empty =
      a.type === 'scale' || a.type === 'pledge'
        ? a.value === null && a.comment === ''
        : a.text === '';
    if (!empty) answers[id] = a;
  }
  return { ...response, answers };
}

export function answerText(answer: Answer): string {
  return answer.type === 'scale' || answer.type === 'pledge' ? answer.comment : answer.text;
}

/** Refuses a response to another questionnaire or another platform version. */
export function checkPinned(
  questionnaire: Questionnaire,
  response: QuestionnaireResponse,
): Result<true> {
  if (response.questionnaireId !== questionnaire.id)
    return refuse('These answers belong to another questionnaire.');
  if (response.platformVersion !== questionnaire.platformVersion) {
    return refuse(
      `These answers were given against platform version ${response.platformVersion}, but the questionnaire is pinned to version ${questionnaire.platformVersion}.`,
    );
  }
  for (const [id, a] of Object.entries(response.answers)) {
    const q = questionnaire.questions.find((x) => x.id === id);
    if (!q)
      return refuse(
        `There is an answer to a question (${id}) that this questionnaire does not ask.`,
      );
    if (q.type !== a.type) return refuse(`The answer to "${q.prompt}" is of the wrong kind.`);
  }
  return ok(true);
}

export type WordLimitProblem = { questionId: string; words: number; limit: number };

export function wordLimitProblems(
  questionnaire: Questionnaire,
  response: QuestionnaireResponse,
): WordLimitProblem[] {
  return questionnaire.questions.flatMap((q: Question) => {
    const a = response.answers[q.id];
    if (!a || q.wordLimit === null) return [];
    const words = wordCount(answerText(a));
    return words > q.wordLimit ? [{ questionId: q.id, words, limit: q.wordLimit }] : [];
  });
}
