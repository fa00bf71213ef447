/**
 * What a certified vote about a candidate decides: an endorsement (or conditional
 * endorsement), or an accountability motion (review, withdrawal, replacement). Each decision
 * is applied once to its candidate and marked settled at the time its vote was certified.
 */
import {
  CANDIDATE_STATUS_LABELS,
  changeCandidateStatus,
  type Candidate,
  type CandidateDecision,
  type CandidateStatus,
  type DecisionAction,
} from '../candidates';
import type { VoteResult } from '../platform/outcome';
import type { StoreData } from '../schema/store';
import type { Threshold } from '../schema/chapter';
import { indexVotes, resultOf } from './outcomes';

const ENDORSE_TARGET: Record<DecisionAction, CandidateStatus> = {
  endorse: 'endorsed',
  'conditional-endorse': 'conditionally-endorsed',
  review: 'under-review',
  'withdraw-endorsement': 'endorsement-withdrawn',
  replace: 'endorsement-withdrawn',
};

/** A certified vote as a candidate decision reads it. */
type Decided = { vote: VoteResult; title: string; summary: string; at: string };

/** Applies every certified, not yet settled decision to its candidate; the same object when none. */
export function settleCandidateDecisions(data: StoreData): StoreData {
  const open = data.candidateDecisions.filter((d) => d.settledAt === null);
  if (open.length === 0) return data;
  const votes = indexVotes(data, new Set(open.map((d) => d.voteId)));
  if (!open.some((d) => votes.get(d.voteId)?.certified)) return data;
  const threshold = data.settings.endorsementThreshold;
  let candidates = data.candidates;
  const decisions = data.candidateDecisions.map((d): CandidateDecision => {
    const linked = d.settledAt === null ? votes.get(d.voteId) : undefined;
    const vote = resultOf(linked);
    if (!linked?.certified || !vote) return d;
    const { at, summary } = linked.certified;
    const decided = { vote, title: linked.definition.title, summary, at };
    const settled = applyToCandidate(candidates, d, decided, threshold);
    candidates = settled.candidates;
    return { ...d, settledAt: at, note: settled.note };
  });
  return { ...data, candidates, candidateDecisions: decisions };
}

function applyToCandidate(
  candidates: Candidate[],
  d: CandidateDecision,
  { vote, title, summary, at }: Decided,
  endorsementThreshold: Threshold,
): { candidates: Candidate[]; note: string } {
  const index = candidates.findIndex((c) => c.id === d.candidateId);
  const candidate = candidates[index];
  if (!candidate) return { candidates, note: 'The candidate is no longer on record.' };
  const endorsing = d.action === 'endorse' || d.action === 'conditional-endorse';
  if (vote.outcome === 'adopted') {
    const to = ENDORSE_TARGET[d.action];
    const changed = changeCandidateStatus(candidate, to, {
      at,
      vote,
      reason: d.motion?.text ?? `${title}: ${summary}`,
      ...(endorsing ? { requiredThreshold: endorsementThreshold } : {}),
      conditions: d.conditions.map((text, i) => ({ id: `${d.id}-c${i + 1}`, text })),
      ...(d.reviewDate ? { reviewDate: d.reviewDate } : {}),
    });
    if (!changed.ok) {
      const note = `The vote passed but the status could not change: ${changed.reason}`;
      return { candidates, note };
    }
    const note = `${candidate.name} is now ${CANDIDATE_STATUS_LABELS[to].toLowerCase()}.`;
    return { candidates: candidates.with(index, changed.value), note };
  }
  if (endorsing && candidate.status === 'interviewed') {
    const changed = changeCandidateStatus(candidate, 'not-endorsed', { at, vote, reason: summary });
    return {
      candidates: changed.ok ? candidates.with(index, changed.value) : candidates,
      note: `Not endorsed: ${summary}`,
    };
  }
  return { candidates, note: `Nothing changes: ${summary}` };
}
