/**
 * A decision's outcome, read back from the vote log: never stored as truth. One mapping from a
 * certified count to the terms the chapter's records use (adopted, failed, no quorum).
 */
import type { VoteResult } from '../platform/outcome';
import type { StoreData } from '../schema/store';
import type { VoteDefinition } from '../voteLog/definition';
import type { VoteEvent } from '../voteLog/events';
import { foldVote } from '../voteLog/state';

export type LinkedVote = {
  voteId: string;
  definition: VoteDefinition;
  certified: { at: string; outcome: string; summary: string; winners: string[] } | null;
};

/**
 * The votes of the log folded once, by id: every vote, or only those in `ids` (one pass over
 * the log either way).
 */
export function indexVotes(data: StoreData, ids?: ReadonlySet<string>): Map<string, LinkedVote> {
  const byVote = new Map<string, VoteEvent[]>();
  for (const r of data.votes) {
    const id = r.event.voteId;
    if (ids && !ids.has(id)) continue;
    const list = byVote.get(id);
    if (list) list.push(r.event);
    else byVote.set(id, [r.event]);
  }
  const out = new Map<string, LinkedVote>();
  for (const [voteId, events] of byVote) {
    const state = foldVote(events);
    if (state)
      out.set(voteId, { voteId, definition: state.definition, certified: state.certified });
  }
  return out;
}

/**
 * A certified count's outcome as a decision. "no-quorum" decides nothing and is kept apart;
 * anything else that is not "adopted" (a motion that failed, or an election's outcome where
 * a motion was expected) did not pass, so it is "failed".
 */
export function decisionOutcome(outcome: string): VoteResult['outcome'] {
  return outcome === 'adopted' || outcome === 'no-quorum' ? outcome : 'failed';
}

/** The decision a vote made, or null while it is open (or not in the log). */
export function resultOf(vote: LinkedVote | undefined): VoteResult | null {
  const certified = vote?.certified;
  if (!vote || !certified) return null;
  const threshold = vote.definition.kind === 'motion' ? vote.definition.threshold : undefined;
  return {
    outcome: decisionOutcome(certified.outcome),
    sentence: certified.summary,
    ...(threshold ? { threshold } : {}),
    voteId: vote.voteId,
  };
}

/** The outcome of a certified vote in the records' terms, or null while it is open. */
export function voteResultOf(data: StoreData, voteId: string): VoteResult | null {
  return resultOf(indexVotes(data, new Set([voteId])).get(voteId));
}
