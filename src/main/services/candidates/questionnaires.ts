/**
 * Questionnaires pinned to a platform version, a candidate's answers (entered, or imported
 * from the Markdown form the candidate filled in), and the side-by-side comparison.
 */
import { randomUUID } from 'node:crypto';
import {
  buildQuestionnaire,
  checkPinned,
  compareCandidates,
  isAnswered,
  normalizeResponse,
  parseQuestionnaireForm,
  questionnaireToMarkdown,
  wordLimitProblems,
  type Answer,
  type Candidate,
  type Question,
  type StoredQuestionnaire,
  type StoredResponse,
} from '../../../shared/candidates';
import type {
  ComparisonView,
  CustomQuestionInput,
  QuestionnaireInput,
} from '../../../shared/contract/candidates';
import { AppError } from '../../../shared/errors';
import type { StoreData } from '../../../shared/schema/store';
import type { Host } from '../../host';
import type { Session } from '../../session';
import { writeFileDurable } from '../../store/durable';
import { readSettled } from '../settled';
import { candidateOf, candidateSettingsOf, change, questionnaireOf } from './lookups';

export function getQuestionnaire(session: Session, id: string): StoredQuestionnaire {
  return questionnaireOf(session.current().data, id);
}

function customQuestion(input: CustomQuestionInput, n: number): Question {
  const common = {
    id: `custom:${n}`,
    prompt: input.prompt,
    source: { kind: 'custom' as const, areaId: input.areaId },
    wordLimit: input.wordLimit,
  };
  const scored = { weight: input.weight, mustMatch: input.mustMatch };
  switch (input.type) {
    case 'scale':
      return { type: 'scale', ...common, ...scored, stance: input.stance };
    case 'pledge':
      return { type: 'pledge', ...common, ...scored, expected: input.expected };
    case 'record':
      return { type: 'record', ...common, ...scored };
    case 'open':
      return { type: 'open', ...common };
  }
}

export function createQuestionnaire(
  session: Session,
  input: QuestionnaireInput,
): Promise<StoredQuestionnaire> {
  return change(session, (data, now) => {
    const platform = data.platform.versions.find((v) => v.number === input.platformVersion);
    if (!platform) {
      throw new AppError(
        'not-found',
        `Platform version ${input.platformVersion} does not exist. Adopt the platform first (Platform).`,
      );
    }
    if (platform.policies.length === 0 && platform.rights.length === 0) {
      throw new AppError(
        'invalid-input',
        `Platform version ${platform.number} has no adopted policies or Secured Rights to ask about.`,
      );
    }
    const areaIds = new Set(platform.areas.map((a) => a.id));
    const strayArea = input.custom.find((c) => c.areaId !== null && !areaIds.has(c.areaId));
    if (strayArea)
      throw new AppError('invalid-input', `“${strayArea.prompt}” is filed under an unknown area.`);
    const built = buildQuestionnaire(platform, {
      id: randomUUID(),
      createdAt: now.toISOString(),
      ...(input.title ? { title: input.title } : {}),
      weights: input.weights,
      mustMatch: input.mustMatch,
      stances: input.stances,
      rightsMustMatch: input.rightsMustMatch,
      wordLimit: input.wordLimit,
      custom: input.custom.map((c, i) => customQuestion(c, i + 1)),
    });
    if (!built.ok) throw new AppError('invalid-input', built.reason);
    const stored: StoredQuestionnaire = {
      ...built.value,
      areas: platform.areas,
      policyTitles: Object.fromEntries(platform.policies.map((p) => [p.id, p.title])),
    };
    return {
      data: { ...data, questionnaires: [...data.questionnaires, stored] },
      result: stored,
    };
  });
}

function storeResponse(
  data: StoreData,
  questionnaire: StoredQuestionnaire,
  candidate: Candidate,
  answers: Record<string, Answer>,
  source: StoredResponse['source'],
  now: Date,
): { data: StoreData; stored: StoredResponse } {
  const normalised = normalizeResponse({
    candidateId: candidate.id,
    questionnaireId: questionnaire.id,
    platformVersion: questionnaire.platformVersion,
    answers,
  });
  const pinned = checkPinned(questionnaire, normalised);
  if (!pinned.ok) throw new AppError('invalid-input', pinned.reason);
  const existing = data.questionnaireResponses.find(
    (r) => r.candidateId === candidate.id && r.questionnaireId === questionnaire.id,
  );
  const stored: StoredResponse = {
    ...normalised,
    id: existing?.id ?? randomUUID(),
    receivedAt: now.toISOString(),
    source,
  };
  const questionnaireResponses = existing
    ? data.questionnaireResponses.map((r) => (r === existing ? stored : r))
    : [...data.questionnaireResponses, stored];
  return { data: { ...data, questionnaireResponses }, stored };
}

export function saveResponse(
  session: Session,
  input: { candidateId: string; questionnaireId: string; answers: Record<string, Answer> },
): Promise<{ warnings: string[] }> {
  return change(session, (data, now) => {
    const candidate = candidateOf(data, input.candidateId);
    const questionnaire = questionnaireOf(data, input.questionnaireId);
    const { data: next, stored } = storeResponse(
      data,
      questionnaire,
      candidate,
      input.answers,
      'entered',
      now,
    );
    const warnings = wordLimitProblems(questionnaire, stored).map((p) => {
      const n = questionnaire.questions.findIndex((q) => q.id === p.questionId) + 1;
      return `Question ${n} has ${p.words} words; the limit is ${p.limit}.`;
    });
    return { data: next, result: { warnings } };
  });
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'candidate'
  );
}

export async function exportForm(
  session: Session,
  host: Host,
  input: { questionnaireId: string; candidateId: string },
) {
  const data = session.current().data;
  const questionnaire = questionnaireOf(data, input.questionnaireId);
  const candidate = candidateOf(data, input.candidateId);
  const response = data.questionnaireResponses.find(
    (r) => r.candidateId === candidate.id && r.questionnaireId === questionnaire.id,
  );
  const text = questionnaireToMarkdown(questionnaire, {
    candidate: { id: candidate.id, name: candidate.name },
    ...(response ? { response } : {}),
    ...(data.chapter ? { chapterName: data.chapter.name } : {}),
  });
  const path = await host.chooseSavePath({
    title: 'Save the questionnaire form',
    defaultName: `questionnaire-${slug(candidate.name)}.md`,
    filters: [{ name: 'Markdown', extensions: ['md', 'txt'] }],
  });
  if (!path) return { saved: false };
  await writeFileDurable(path, text);
  return { saved: true, fileName: path.split(/[\\/]/).pop() };
}

export async function importForm(
  session: Session,
  input: { questionnaireId: string; text: string },
) {
  const questionnaire = questionnaireOf(session.current().data, input.questionnaireId);
  const parsed = parseQuestionnaireForm(input.text, questionnaire);
  if (!parsed.ok) return { ok: false as const, errors: parsed.errors };
  const candidateId = parsed.response.candidateId;
  const known = session.current().data.candidates.find((c) => c.id === candidateId);
  if (!known) {
    const line = input.text.split(/\r?\n/).findIndex((l) => /^candidate:/i.test(l)) + 1;
    return {
      ok: false as const,
      errors: [
        {
          line: Math.max(line, 1),
          message: `The form names a candidate (${candidateId}) who is not on record in this chapter.`,
        },
      ],
    };
  }
  return change(session, (data, now) => {
    const candidate = candidateOf(data, candidateId);
    const { data: next, stored } = storeResponse(
      data,
      questionnaire,
      candidate,
      parsed.response.answers,
      'imported',
      now,
    );
    const answered = questionnaire.questions.filter((q) => isAnswered(stored.answers[q.id])).length;
    return {
      data: next,
      result: {
        ok: true as const,
        candidateName: candidate.name,
        answered,
        warnings: parsed.warnings,
      },
    };
  });
}

export function compare(
  session: Session,
  input: { questionnaireId: string; candidateIds: string[] },
): ComparisonView {
  const data = readSettled(session);
  const questionnaire = questionnaireOf(data, input.questionnaireId);
  const settings = candidateSettingsOf(data);
  const entries = input.candidateIds.map((cid) => {
    const c = candidateOf(data, cid);
    const response =
      data.questionnaireResponses.find(
        (r) => r.candidateId === cid && r.questionnaireId === questionnaire.id,
      ) ?? null;
    return { candidate: { id: c.id, name: c.name }, response };
  });
  const panel = data.interviews
    .filter((i) => i.questionnaireId === questionnaire.id)
    .flatMap((i) => i.scores);
  const compared = compareCandidates(questionnaire, entries, {
    areas: questionnaire.areas,
    panel,
    settings: { nonAnswers: settings.nonAnswers },
  });
  if (!compared.ok) throw new AppError('invalid-input', compared.reason);
  return {
    chapterName: data.chapter?.name ?? '',
    questionnaire,
    comparison: compared.value,
    nonAnswers: settings.nonAnswers,
  };
}
