/** Reading votes: each one folded and recounted from its events on demand. */
import { AppError } from '../../../shared/errors';
import type { StoreData } from '../../../shared/schema/store';
import { isSecret } from '../../../shared/voteLog/definition';
import { describeMarks } from '../../../shared/voteLog/entry';
import type { Teller, VoteEvent } from '../../../shared/voteLog/events';
import {
  agreedBallots,
  blockers,
  countVote,
  currentRound,
  foldVote,
  mismatches,
  type VoteState,
} from '../../../shared/voteLog/state';
import type { VoteSummary, VoteView } from '../../../shared/voteLog/view';
import type { Session } from '../../session';

export function eventsOf(data: StoreData, id: string): VoteEvent[] {
  return data.votes.filter((r) => r.event.voteId === id).map((r) => r.event);
}

export function stateOf(data: StoreData, id: string): VoteState {
  const state = foldVote(eventsOf(data, id));
  if (!state) throw new AppError('not-found', 'That vote does not exist.');
  return state;
}

export function viewOf(data: StoreData, id: string): VoteView {
  const state = stateOf(data, id);
  const chapterName = data.chapter?.name ?? '';
  const round = currentRound(state);
  const counted = countVote(state, chapterName);
  const entries = (teller: Teller) =>
    [...round.tellers[teller].entries()]
      .sort(([a], [b]) => a - b)
      .map(([number, marks]) => ({ number, marks, description: describeMarks(marks) }));
  return {
    id: state.id,
    definition: state.definition,
    openedAt: state.openedAt,
    secret: isSecret(state.definition),
    presence: state.presence,
    counts: state.counts,
    corrections: state.corrections,
    declared: state.declared,
    division: state.division,
    objections: state.objections,
    rollCall: [...state.rollCall.entries()].map(([memberId, v]) => ({ memberId, ...v })),
    round: round.round,
    rounds: state.rounds.length,
    tellers: { 1: entries(1), 2: entries(2) },
    mismatches: mismatches(state, round).map((m) => ({
      number: m.number,
      teller1: m.teller1 ? describeMarks(m.teller1) : null,
      teller2: m.teller2 ? describeMarks(m.teller2) : null,
    })),
    agreed: agreedBallots(state, round).length,
    reconciliation: round.reconciliation,
    lot: state.lot,
    blockers: blockers(state),
    result: counted.ok ? counted.result : null,
    resultProblem: counted.ok ? null : counted.reason,
    certified: state.certified,
    chapterName,
  };
}

export function listVotes(session: Session): VoteSummary[] {
  const data = session.current().data;
  const ids = [...new Set(data.votes.map((r) => r.event.voteId))];
  return ids
    .map((id) => {
      const state = stateOf(data, id);
      return {
        id,
        title: state.definition.title,
        kind: state.definition.kind,
        method: state.definition.method,
        openedAt: state.openedAt,
        status: state.certified ? ('certified' as const) : ('open' as const),
        summary: state.certified?.summary ?? null,
      };
    })
    .reverse();
}

export function getVote(session: Session, id: string): VoteView {
  return viewOf(session.current().data, id);
}
