/**
 * What the candidate services share: finding a candidate or questionnaire (refusing in plain
 * words when it is gone), the chapter's candidate settings, a candidate's latest answers,
 * alignment, scorecard and accountability triggers, and `change`, the one way they write.
 */
import {
  evaluateTriggers,
  scoreResponse,
  scorecard,
  type Candidate,
  type CandidateSettings,
  type MotionAction,
  type StoredQuestionnaire,
  type StoredResponse,
} from '../../../shared/candidates';
import { AppError } from '../../../shared/errors';
import type { StoreData } from '../../../shared/schema/store';
import type { Session } from '../../session';
import { updateSettled } from '../settled';

type Update<R> = { data: StoreData; result: R };

export function candidateSettingsOf(data: StoreData): CandidateSettings {
  const s = data.settings;
  return {
    endorsementThreshold: s.endorsementThreshold,
    accountabilityThreshold: s.accountabilityThreshold,
    scorecardBarPct: s.scorecardBarPct,
    nonVotes: s.scorecardNonVotes,
    nonAnswers: s.questionnaireNonAnswers,
  };
}

function requireChapter(data: StoreData) {
  if (!data.chapter) throw new AppError('not-ready', 'Create the chapter first.');
  return data.chapter;
}

export function candidateOf(data: StoreData, id: string): Candidate {
  const c = data.candidates.find((x) => x.id === id);
  if (!c) throw new AppError('not-found', 'That candidate does not exist.');
  return c;
}

export function questionnaireOf(data: StoreData, id: string): StoredQuestionnaire {
  const q = data.questionnaires.find((x) => x.id === id);
  if (!q) throw new AppError('not-found', 'That questionnaire does not exist.');
  return q;
}

export function latestPlatformNumber(data: StoreData): number {
  return data.platform.versions.reduce((n, v) => Math.max(n, v.number), 0);
}

export function memberName(data: StoreData, id: string): string {
  return data.members.find((m) => m.id === id)?.name ?? 'A former member';
}

/** The response a candidate was most recently judged on, with its questionnaire. */
export function latestResponse(
  data: StoreData,
  candidateId: string,
): { response: StoredResponse; questionnaire: StoredQuestionnaire } | null {
  const mine = data.questionnaireResponses
    .filter((r) => r.candidateId === candidateId)
    .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
  for (const response of mine) {
    const questionnaire = data.questionnaires.find((q) => q.id === response.questionnaireId);
    if (questionnaire) return { response, questionnaire };
  }
  return null;
}

function panelScoresFor(data: StoreData, candidateId: string, questionnaireId: string) {
  return data.interviews
    .filter((i) => i.candidateId === candidateId && i.questionnaireId === questionnaireId)
    .flatMap((i) => i.scores);
}

export function alignmentOf(
  data: StoreData,
  response: StoredResponse,
  questionnaire: StoredQuestionnaire,
) {
  return scoreResponse(questionnaire, response, {
    panel: panelScoresFor(data, response.candidateId, questionnaire.id),
    settings: { nonAnswers: candidateSettingsOf(data).nonAnswers },
  });
}

export function scorecardOf(data: StoreData, candidate: Candidate) {
  const keyVotes = data.keyVotes.filter((k) => k.officialIds.includes(candidate.id));
  return scorecard(candidate.id, keyVotes, data.officialVotes, {
    settings: { nonVotes: candidateSettingsOf(data).nonVotes },
    terms: candidate.terms,
  });
}

/** The candidate's scorecard, the accountability triggers it meets and the motion they call for. */
export function accountabilityOf(data: StoreData, candidate: Candidate, action?: MotionAction) {
  const settings = candidateSettingsOf(data);
  const card = scorecardOf(data, candidate);
  const basis = latestResponse(data, candidate.id);
  const { triggers, motion } = evaluateTriggers({
    candidate,
    scorecard: card,
    questionnaire: basis?.questionnaire ?? null,
    threshold: settings.accountabilityThreshold,
    bar: settings.scorecardBarPct / 100,
    policyTitles: basis?.questionnaire.policyTitles ?? {},
    ...(action ? { action } : {}),
  });
  return {
    scorecard: card,
    triggers,
    motion,
    barPct: settings.scorecardBarPct,
    basedOn: basis?.questionnaire.title ?? null,
  };
}

/** An update that sees and leaves every certified decision settled (src/shared/decisions). */
export function change<R>(
  session: Session,
  fn: (data: StoreData, now: Date) => Update<R>,
): Promise<R> {
  const now = session.clock();
  return updateSettled(session, (data) => {
    requireChapter(data);
    return fn(data, now);
  });
}
