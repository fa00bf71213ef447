/**
 * Candidates: questionnaires pinned to a platform version, answers, interview panels, the
 * side-by-side comparison, endorsement by vote, key votes, scorecards and accountability
 * motions. Scoring is the pure code in src/shared/candidates; this module keeps records and
 * reads every decision back from the vote log. What a certified vote decides about a
 * candidate is applied in the write that certifies it (src/shared/decisions/candidates.ts).
 */
import { randomUUID } from 'node:crypto';
import {
  agendaItemForMotion,
  buildQuestionnaire,
  changeCandidateStatus,
  checkPinned,
  compareCandidates,
  CANDIDATE_STATUS_LABELS,
  evaluateTriggers,
  isAnswered,
  isScored,
  newCandidate,
  normalizeResponse,
  panelSummary,
  parseQuestionnaireForm,
  questionnaireIsOutdated,
  questionnaireToMarkdown,
  scoreResponse,
  scorecard,
  wordLimitProblems,
  type Answer,
  type Candidate,
  type CandidateDecision,
  type CandidateSettings,
  type CandidateStatus,
  type DecisionAction,
  type Interview,
  type MotionAction,
  type Question,
  type StoredKeyVote,
  type StoredQuestionnaire,
  type StoredResponse,
} from '../../shared/candidates';
import type {
  CandidateDetail,
  CandidateInput,
  CandidatesOverview,
  ComparisonView,
  CustomQuestionInput,
  KeyVoteInput,
  KeyVotesView,
  QuestionnaireInput,
} from '../../shared/contract/candidates';
import { CandidateInputSchema } from '../../shared/contract/candidates';
import { indexVotes } from '../../shared/decisions';
import { AppError } from '../../shared/errors';
import { THRESHOLD_LABELS } from '../../shared/schema/chapter';
import type { StoreData } from '../../shared/schema/store';
import type { MotionMethod } from '../../shared/votes/definition';
import type { VoteEvent } from '../../shared/votes/events';
import type { Host } from '../host';
import type { Session } from '../session';
import { writeFileDurable } from '../store/durable';
import { placeOnNextMeetingAgenda } from './meetings';
import { readSettled, updateSettled } from './settled';
import { appendVoteEvents } from './voteLog';

type Update<R> = { data: StoreData; result: R };

// ---------------------------------------------------------------------------------------------
// Reading

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

function candidateOf(data: StoreData, id: string): Candidate {
  const c = data.candidates.find((x) => x.id === id);
  if (!c) throw new AppError('not-found', 'That candidate does not exist.');
  return c;
}

function questionnaireOf(data: StoreData, id: string): StoredQuestionnaire {
  const q = data.questionnaires.find((x) => x.id === id);
  if (!q) throw new AppError('not-found', 'That questionnaire does not exist.');
  return q;
}

function latestPlatformNumber(data: StoreData): number {
  return data.platform.versions.reduce((n, v) => Math.max(n, v.number), 0);
}

function memberName(data: StoreData, id: string): string {
  return data.members.find((m) => m.id === id)?.name ?? 'A former member';
}

/** The response a candidate was most recently judged on, with its questionnaire. */
function latestResponse(
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

function alignmentOf(
  data: StoreData,
  response: StoredResponse,
  questionnaire: StoredQuestionnaire,
) {
  return scoreResponse(questionnaire, response, {
    panel: panelScoresFor(data, response.candidateId, questionnaire.id),
    settings: { nonAnswers: candidateSettingsOf(data).nonAnswers },
  });
}

function scorecardOf(data: StoreData, candidate: Candidate) {
  const keyVotes = data.keyVotes.filter((k) => k.officialIds.includes(candidate.id));
  return scorecard(candidate.id, keyVotes, data.officialVotes, {
    settings: { nonVotes: candidateSettingsOf(data).nonVotes },
    terms: candidate.terms,
  });
}

function accountabilityOf(data: StoreData, candidate: Candidate) {
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
function change<R>(session: Session, fn: (data: StoreData, now: Date) => Update<R>): Promise<R> {
  const now = session.clock();
  return updateSettled(session, (data) => {
    requireChapter(data);
    return fn(data, now);
  });
}

// ---------------------------------------------------------------------------------------------
// Overview and detail

export function overview(session: Session): CandidatesOverview {
  const data = readSettled(session);
  const latest = latestPlatformNumber(data);
  return {
    candidates: [...data.candidates]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((candidate) => {
        const basis = latestResponse(data, candidate.id);
        const scored = basis ? alignmentOf(data, basis.response, basis.questionnaire) : null;
        const card = scorecardOf(data, candidate);
        return {
          candidate,
          alignmentPct: scored?.ok ? scored.value.alignmentPct : null,
          coveragePct: scored?.ok ? scored.value.coveragePct : null,
          mustMatchFailures: scored?.ok ? scored.value.mustMatchFailures.length : 0,
          questionnaireTitle: basis?.questionnaire.title ?? null,
          scorePct: card.lifetime.pct,
          openDecision: data.candidateDecisions.some(
            (d) => d.candidateId === candidate.id && d.settledAt === null,
          ),
        };
      }),
    questionnaires: data.questionnaires.map((q) => ({
      id: q.id,
      title: q.title,
      platformVersion: q.platformVersion,
      createdAt: q.createdAt,
      questions: q.questions.length,
      responses: data.questionnaireResponses.filter((r) => r.questionnaireId === q.id).length,
      outdated: questionnaireIsOutdated(q, latest),
    })),
    platformVersions: [...data.platform.versions]
      .sort((a, b) => b.number - a.number)
      .map((v) => ({
        number: v.number,
        date: v.date,
        rights: v.rights.map((r) => ({ id: r.id, number: r.number, title: r.title })),
        areas: v.areas,
        policies: v.policies.map((p) => ({ id: p.id, areaId: p.areaId, title: p.title })),
      })),
    settings: candidateSettingsOf(data),
  };
}

export function candidateDetail(session: Session, id: string): CandidateDetail {
  const data = readSettled(session);
  const votes = indexVotes(data, new Set(data.candidateDecisions.map((d) => d.voteId)));
  const candidate = candidateOf(data, id);
  const latest = latestPlatformNumber(data);
  return {
    candidate,
    chapterName: data.chapter?.name ?? '',
    settings: candidateSettingsOf(data),
    responses: data.questionnaireResponses
      .filter((r) => r.candidateId === id)
      .flatMap((response) => {
        const questionnaire = data.questionnaires.find((q) => q.id === response.questionnaireId);
        if (!questionnaire) return [];
        const scored = alignmentOf(data, response, questionnaire);
        return [
          {
            response,
            questionnaire,
            alignment: scored.ok ? scored.value : null,
            problem: scored.ok ? null : scored.reason,
            outdated: questionnaireIsOutdated(questionnaire, latest),
          },
        ];
      }),
    interviews: data.interviews
      .filter((i) => i.candidateId === id)
      .map((interview) => {
        const questionnaire = data.questionnaires.find((q) => q.id === interview.questionnaireId);
        return {
          interview,
          questionnaireTitle: questionnaire?.title ?? 'A removed questionnaire',
          panelists: interview.panelistIds.map((p) => ({ id: p, name: memberName(data, p) })),
          summaries: (questionnaire?.questions ?? []).map((q) =>
            panelSummary(interview.scores, id, q.id),
          ),
        };
      }),
    decisions: data.candidateDecisions
      .filter((d) => d.candidateId === id)
      .map((d) => {
        const vote = votes.get(d.voteId);
        return {
          ...d,
          voteTitle: vote?.definition.title ?? 'A vote that is no longer on record',
          voteStatus: vote?.certified ? ('certified' as const) : ('open' as const),
          voteSummary: vote?.certified?.summary ?? null,
        };
      }),
    accountability: accountabilityOf(data, candidate),
    members: data.members
      .filter((m) => m.active)
      .map((m) => ({ id: m.id, name: m.name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

// ---------------------------------------------------------------------------------------------
// Candidates

function replaceCandidate(data: StoreData, candidate: Candidate): StoreData {
  return {
    ...data,
    candidates: data.candidates.map((c) => (c.id === candidate.id ? candidate : c)),
  };
}

function normalise(input: CandidateInput) {
  const parsed = CandidateInputSchema.parse(input);
  const contact = Object.fromEntries(
    Object.entries(parsed.contact).filter(([, v]) => v !== undefined),
  );
  const { fips, ...rest } = parsed.jurisdiction;
  return {
    name: parsed.name,
    office: parsed.office,
    jurisdiction: { ...rest, ...(fips ? { fips } : {}) },
    electionDate: parsed.electionDate,
    contact,
  };
}

export function addCandidate(session: Session, input: CandidateInput): Promise<Candidate> {
  return change(session, (data) => {
    const candidate = newCandidate({ id: randomUUID(), ...normalise(input) });
    return { data: { ...data, candidates: [...data.candidates, candidate] }, result: candidate };
  });
}

export function updateCandidate(
  session: Session,
  id: string,
  input: CandidateInput,
): Promise<Candidate> {
  return change(session, (data) => {
    const updated = { ...candidateOf(data, id), ...normalise(input) };
    return { data: replaceCandidate(data, updated), result: updated };
  });
}

/** Status changes that need no vote; endorsing and withdrawing go through a vote. */
export function setStatus(
  session: Session,
  id: string,
  to: CandidateStatus,
  reason: string,
): Promise<Candidate> {
  return change(session, (data, now) => {
    const candidate = candidateOf(data, id);
    if (to === 'endorsed' || to === 'conditionally-endorsed' || to === 'endorsement-withdrawn') {
      if (!(candidate.status === 'under-review' && to === 'endorsed')) {
        throw new AppError(
          'conflict',
          `Making ${candidate.name} ${CANDIDATE_STATUS_LABELS[to].toLowerCase()} is a decision of the members: open a vote for it.`,
        );
      }
    }
    const changed = changeCandidateStatus(candidate, to, {
      at: now.toISOString(),
      ...(reason ? { reason } : {}),
    });
    if (!changed.ok) throw new AppError('conflict', changed.reason);
    return { data: replaceCandidate(data, changed.value), result: changed.value };
  });
}

export function addTerm(
  session: Session,
  id: string,
  term: { label: string; start: string; end: string | null },
): Promise<Candidate> {
  return change(session, (data) => {
    if (term.end !== null && term.end < term.start)
      throw new AppError('invalid-input', 'A term cannot end before it starts.');
    const candidate = candidateOf(data, id);
    const updated = { ...candidate, terms: [...candidate.terms, { id: randomUUID(), ...term }] };
    return { data: replaceCandidate(data, updated), result: updated };
  });
}

export function reportCondition(
  session: Session,
  id: string,
  input: { conditionId: string; breached: boolean; note: string; by: string },
): Promise<Candidate> {
  return change(session, (data, now) => {
    const candidate = candidateOf(data, id);
    if (!candidate.endorsement?.conditions.some((c) => c.id === input.conditionId)) {
      throw new AppError('not-found', 'That endorsement condition does not exist.');
    }
    const updated = {
      ...candidate,
      conditionReports: [...candidate.conditionReports, { ...input, at: now.toISOString() }],
    };
    return { data: replaceCandidate(data, updated), result: updated };
  });
}

function openVoteEvents(
  data: StoreData,
  voteId: string,
  at: string,
  definition: Extract<VoteEvent, { type: 'vote-opened' }>['definition'],
): StoreData {
  return appendVoteEvents(data, [{ type: 'vote-opened', voteId, at, definition }]);
}

function requireNoOpenDecision(data: StoreData, candidate: Candidate) {
  const open = data.candidateDecisions.find(
    (d) => d.candidateId === candidate.id && d.settledAt === null,
  );
  if (open) {
    throw new AppError(
      'conflict',
      `A vote about ${candidate.name} is still open; certify it first (Votes).`,
    );
  }
}

export function openEndorsementVote(
  session: Session,
  id: string,
  input: {
    conditional: boolean;
    conditions: string[];
    reviewDate: string | null;
    method: MotionMethod;
  },
): Promise<{ voteId: string }> {
  return change(session, (data, now) => {
    const candidate = candidateOf(data, id);
    const settings = candidateSettingsOf(data);
    if (candidate.status !== 'interviewed' && candidate.status !== 'under-review') {
      throw new AppError(
        'conflict',
        `${candidate.name} is ${CANDIDATE_STATUS_LABELS[candidate.status].toLowerCase()}: only an interviewed candidate (or one under review) can be put to an endorsement vote.`,
      );
    }
    requireNoOpenDecision(data, candidate);
    const conditions = input.conditional ? input.conditions : [];
    if (input.conditional && (conditions.length === 0 || !input.reviewDate)) {
      throw new AppError(
        'invalid-input',
        'A conditional endorsement needs written conditions and a review date.',
      );
    }
    if (input.method === 'voice' || input.method === 'unanimous-consent') {
      throw new AppError(
        'invalid-input',
        `An endorsement is decided at "${THRESHOLD_LABELS[settings.endorsementThreshold]}", which takes a counted vote.`,
      );
    }
    const voteId = randomUUID();
    const at = now.toISOString();
    const who = `${candidate.name} (${candidate.office}, ${candidate.jurisdiction.name})`;
    const text = input.conditional
      ? `That the chapter endorse ${who} on these conditions, to be reviewed on ${input.reviewDate}: ${conditions.map((c, i) => `(${i + 1}) ${c}`).join('; ')}.`
      : `That the chapter endorse ${who}.`;
    const next = openVoteEvents(data, voteId, at, {
      kind: 'motion',
      title: `${input.conditional ? 'Conditionally endorse' : 'Endorse'} ${candidate.name}`,
      text,
      method: input.method,
      threshold: settings.endorsementThreshold,
      link: {
        candidateId: candidate.id,
        purpose: input.conditional ? 'conditional-endorse' : 'endorse',
      },
    });
    const decision: CandidateDecision = {
      id: randomUUID(),
      candidateId: candidate.id,
      voteId,
      action: input.conditional ? 'conditional-endorse' : 'endorse',
      openedAt: at,
      conditions,
      reviewDate: input.conditional ? input.reviewDate : null,
      motion: null,
      triggers: [],
      meetingId: null,
      itemId: null,
      settledAt: null,
      note: null,
    };
    return {
      data: { ...next, candidateDecisions: [...next.candidateDecisions, decision] },
      result: { voteId },
    };
  });
}

/**
 * Drafts the accountability motion from the triggers, places it on the next meeting's agenda and
 * opens it as a vote linked to the candidate, the meeting and the item. Opening it now fixes the
 * drafted text and the threshold in the vote log; the chair takes presence and the count when
 * the item comes up, and the candidate's status follows the certified result.
 */
export function placeMotion(
  session: Session,
  id: string,
  action?: MotionAction,
): Promise<{ voteId: string; meetingId: string; itemId: string }> {
  return change(session, (data, now) => {
    const candidate = candidateOf(data, id);
    requireNoOpenDecision(data, candidate);
    const settings = candidateSettingsOf(data);
    const basis = latestResponse(data, candidate.id);
    const { triggers, motion } = evaluateTriggers({
      candidate,
      scorecard: scorecardOf(data, candidate),
      questionnaire: basis?.questionnaire ?? null,
      threshold: settings.accountabilityThreshold,
      bar: settings.scorecardBarPct / 100,
      policyTitles: basis?.questionnaire.policyTitles ?? {},
      ...(action ? { action } : {}),
    });
    if (!motion) {
      throw new AppError(
        'conflict',
        triggers.length === 0
          ? `Nothing calls for a motion about ${candidate.name}: no trigger is met.`
          : `${candidate.name} is not an endorsed official, so there is no endorsement to review.`,
      );
    }
    // The item links to the vote it decides, so the chair opens the count from the agenda; the
    // vote links back to the candidate, the meeting and the item.
    const voteId = randomUUID();
    const item = agendaItemForMotion(motion, candidate.name);
    const placed = placeOnNextMeetingAgenda(
      data,
      {
        kind: item.kind,
        title: item.title,
        timeBoxMinutes: item.timeBoxMinutes,
        link: { type: 'vote', voteId },
        description: item.description,
      },
      now,
    );
    const at = now.toISOString();
    const decisionAction: DecisionAction = motion.action;
    const titles: Record<MotionAction, string> = {
      review: `Place the endorsement of ${candidate.name} under review`,
      'withdraw-endorsement': `Withdraw the endorsement of ${candidate.name}`,
      replace: `Withdraw the endorsement of ${candidate.name} and seek a replacement`,
    };
    const next = openVoteEvents(placed.data, voteId, at, {
      kind: 'motion',
      title: titles[motion.action],
      text: motion.text,
      method: 'show-of-hands',
      threshold: motion.threshold === 'unanimous-consent' ? 'majority-cast' : motion.threshold,
      link: {
        candidateId: candidate.id,
        meetingId: placed.meetingId,
        itemId: placed.itemId,
        purpose: motion.action,
      },
    });
    const decision: CandidateDecision = {
      id: randomUUID(),
      candidateId: candidate.id,
      voteId,
      action: decisionAction,
      openedAt: at,
      conditions: [],
      reviewDate: null,
      motion,
      triggers,
      meetingId: placed.meetingId,
      itemId: placed.itemId,
      settledAt: null,
      note: null,
    };
    return {
      data: { ...next, candidateDecisions: [...next.candidateDecisions, decision] },
      result: { voteId, meetingId: placed.meetingId, itemId: placed.itemId },
    };
  });
}

/**
 * A vote that will never be certified (the meeting moved on, the motion was dropped) would block
 * every later decision about the candidate. Setting it aside records why; the vote itself stays
 * in the log as it is, and a certified result is never set aside.
 */
export function setAsideDecision(
  session: Session,
  id: string,
  decisionId: string,
  reason: string,
): Promise<Candidate> {
  return change(session, (data, now) => {
    const candidate = candidateOf(data, id);
    const decision = data.candidateDecisions.find(
      (d) => d.id === decisionId && d.candidateId === id,
    );
    if (!decision) throw new AppError('not-found', 'That decision does not exist.');
    if (decision.settledAt !== null)
      throw new AppError('conflict', 'That decision is already settled by its vote.');
    const updated: CandidateDecision = {
      ...decision,
      settledAt: now.toISOString(),
      note: `Set aside without a result: ${reason}`,
    };
    return {
      data: {
        ...data,
        candidateDecisions: data.candidateDecisions.map((d) => (d === decision ? updated : d)),
      },
      result: candidate,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Questionnaires and answers

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

// ---------------------------------------------------------------------------------------------
// Interviews

export function savePanel(
  session: Session,
  input: { candidateId: string; questionnaireId: string; date: string; panelistIds: string[] },
): Promise<Interview> {
  return change(session, (data, now) => {
    candidateOf(data, input.candidateId);
    questionnaireOf(data, input.questionnaireId);
    const active = new Set(data.members.filter((m) => m.active).map((m) => m.id));
    if (input.panelistIds.some((p) => !active.has(p)))
      throw new AppError('invalid-input', 'Every panelist must be an active member.');
    if (new Set(input.panelistIds).size !== input.panelistIds.length)
      throw new AppError('invalid-input', 'A panelist is listed twice.');
    const existing = data.interviews.find(
      (i) => i.candidateId === input.candidateId && i.questionnaireId === input.questionnaireId,
    );
    const interview: Interview = existing
      ? { ...existing, date: input.date, panelistIds: input.panelistIds }
      : {
          id: randomUUID(),
          candidateId: input.candidateId,
          questionnaireId: input.questionnaireId,
          date: input.date,
          panelistIds: input.panelistIds,
          scores: [],
          createdAt: now.toISOString(),
        };
    const interviews = existing
      ? data.interviews.map((i) => (i === existing ? interview : i))
      : [...data.interviews, interview];
    return { data: { ...data, interviews }, result: interview };
  });
}

export function scoreAnswers(
  session: Session,
  input: {
    interviewId: string;
    panelistId: string;
    scores: { questionId: string; score: number; note: string }[];
  },
): Promise<Interview> {
  return change(session, (data, now) => {
    const interview = data.interviews.find((i) => i.id === input.interviewId);
    if (!interview) throw new AppError('not-found', 'That interview does not exist.');
    if (!interview.panelistIds.includes(input.panelistId))
      throw new AppError(
        'invalid-input',
        `${memberName(data, input.panelistId)} is not on this panel.`,
      );
    const questionnaire = questionnaireOf(data, interview.questionnaireId);
    const scored = new Set(questionnaire.questions.filter(isScored).map((q) => q.id));
    const stray = input.scores.find((s) => !scored.has(s.questionId));
    if (stray)
      throw new AppError(
        'invalid-input',
        `Question ${stray.questionId} is not a scored question of this questionnaire.`,
      );
    const at = now.toISOString();
    const updated: Interview = {
      ...interview,
      scores: [
        ...interview.scores,
        ...input.scores.map((s) => ({
          candidateId: interview.candidateId,
          questionId: s.questionId,
          panelistId: input.panelistId,
          score: s.score,
          note: s.note,
          at,
        })),
      ],
    };
    return {
      data: { ...data, interviews: data.interviews.map((i) => (i === interview ? updated : i)) },
      result: updated,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Comparison

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

// ---------------------------------------------------------------------------------------------
// Key votes

const OFFICIAL: ReadonlySet<CandidateStatus> = new Set([
  'endorsed',
  'conditionally-endorsed',
  'under-review',
  'endorsement-withdrawn',
]);

export function keyVotesView(session: Session): KeyVotesView {
  const data = readSettled(session);
  const latest = [...data.platform.versions].sort((a, b) => b.number - a.number)[0];
  const titles = new Map<string, string>();
  for (const q of data.questionnaires)
    for (const [pid, t] of Object.entries(q.policyTitles)) titles.set(pid, t);
  for (const p of latest?.policies ?? []) titles.set(p.id, p.title);
  return {
    chapterName: data.chapter?.name ?? '',
    keyVotes: [...data.keyVotes].sort((a, b) => a.date.localeCompare(b.date)),
    officialVotes: data.officialVotes,
    officials: data.candidates
      .filter(
        (c) => OFFICIAL.has(c.status) || data.keyVotes.some((k) => k.officialIds.includes(c.id)),
      )
      .map((c) => ({ id: c.id, name: c.name, office: c.office })),
    policies: [...titles].map(([id, title]) => ({ id, title })),
    nonVotes: candidateSettingsOf(data).nonVotes,
  };
}

export function addKeyVote(session: Session, input: KeyVoteInput): Promise<StoredKeyVote> {
  return change(session, (data, now) => {
    for (const oid of input.officialIds) candidateOf(data, oid);
    const { announced, ...rest } = input;
    const keyVote: StoredKeyVote = {
      id: randomUUID(),
      ...rest,
      announcedAt: announced ? now.toISOString() : null,
      createdAt: now.toISOString(),
    };
    return { data: { ...data, keyVotes: [...data.keyVotes, keyVote] }, result: keyVote };
  });
}

export function recordOfficialVote(
  session: Session,
  input: { keyVoteId: string; officialId: string; vote: StoredVoteValue; note: string },
) {
  return change(session, (data, now) => {
    const keyVote = data.keyVotes.find((k) => k.id === input.keyVoteId);
    if (!keyVote) throw new AppError('not-found', 'That key vote does not exist.');
    const official = candidateOf(data, input.officialId);
    if (!keyVote.officialIds.includes(official.id)) {
      throw new AppError('invalid-input', `${official.name} is not scored on ${keyVote.bill}.`);
    }
    const record = { ...input, recordedAt: now.toISOString() };
    return { data: { ...data, officialVotes: [...data.officialVotes, record] }, result: record };
  });
}

type StoredVoteValue = StoreData['officialVotes'][number]['vote'];
