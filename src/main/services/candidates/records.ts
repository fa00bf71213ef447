/**
 * Candidate records: the overview and a candidate's detail, adding and editing candidates,
 * status changes that need no vote, terms in office and reports on endorsement conditions.
 */
import { randomUUID } from 'node:crypto';
import {
  changeCandidateStatus,
  CANDIDATE_STATUS_LABELS,
  newCandidate,
  panelSummary,
  questionnaireIsOutdated,
  type Candidate,
  type CandidateStatus,
} from '../../../shared/candidates';
import {
  type CandidateDetail,
  type CandidateInput,
  type CandidatesOverview,
  CandidateInputSchema,
} from '../../../shared/contract/candidates';
import { indexVotes } from '../../../shared/decisions';
import { AppError } from '../../../shared/errors';
import type { StoreData } from '../../../shared/schema/store';
import type { Session } from '../../session';
import { readSettled } from '../settled';
import {
  accountabilityOf,
  alignmentOf,
  candidateOf,
  candidateSettingsOf,
  change,
  latestPlatformNumber,
  latestResponse,
  memberName,
  scorecardOf,
} from './lookups';

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
