/**
 * Elections: ballots keyed by one or two tellers, mismatches resolved, reconciliation,
 * further rounds, lots drawn (the files exported for others to check: exports.ts).
 */
import { AppError } from '../../../shared/errors';
import { parseBallotEntry } from '../../../shared/voteLog/entry';
import type { BallotMarks, Teller } from '../../../shared/voteLog/events';
import { countVote, currentRound, mismatches, type VoteState } from '../../../shared/voteLog/state';
import type { Session } from '../../session';
import { act } from './writes';

function requireElection(state: VoteState) {
  if (state.definition.kind !== 'election')
    throw new AppError('conflict', 'Ballots are entered for elections only.');
  return state.definition;
}

export function enterBallot(session: Session, id: string, teller: Teller, text: string) {
  return act(session, id, (state) => {
    const def = requireElection(state);
    if (teller === 2 && !def.doubleEntry)
      throw new AppError('conflict', 'This vote is keyed by one teller.');
    const parsed = parseBallotEntry(text, def.candidates, def.method, def.allowWriteIns);
    if (!parsed.ok) throw new AppError('invalid-input', parsed.error);
    const round = currentRound(state);
    const numbers = [...round.tellers[teller].keys()];
    const number = (numbers.length ? Math.max(...numbers) : 0) + 1;
    return [{ type: 'ballot-entered', teller, round: round.round, number, marks: parsed.marks }];
  });
}

export function undoBallot(session: Session, id: string, teller: Teller) {
  return act(session, id, (state) => {
    requireElection(state);
    const round = currentRound(state);
    const numbers = [...round.tellers[teller].keys()];
    if (numbers.length === 0) throw new AppError('conflict', 'This teller has no ballot to undo.');
    return [{ type: 'ballot-undone', teller, round: round.round, number: Math.max(...numbers) }];
  });
}

export function resolveMismatch(session: Session, id: string, number: number, marks: BallotMarks) {
  return act(session, id, (state) => {
    const def = requireElection(state);
    if ((def.method === 'approval') !== (marks.kind === 'approve')) {
      throw new AppError('invalid-input', 'Those marks do not fit this election method.');
    }
    if (!mismatches(state).some((m) => m.number === number)) {
      throw new AppError('conflict', `Ballot ${number} is not in the list of mismatches.`);
    }
    return [{ type: 'ballot-resolved', round: currentRound(state).round, number, marks }];
  });
}

export function reconcile(
  session: Session,
  id: string,
  r: { issued: number; spoiled: number; note?: string | undefined },
) {
  return act(session, id, (state) => {
    requireElection(state);
    if (r.spoiled > r.issued)
      throw new AppError('invalid-input', 'More ballots spoiled than issued.');
    return [{ type: 'ballots-reconciled', round: currentRound(state).round, ...r }];
  });
}

export function openRound(session: Session, id: string) {
  return act(session, id, (state, data) => {
    const def = requireElection(state);
    if (def.method !== 'majority')
      throw new AppError('conflict', 'Only the majority method votes again.');
    const counted = countVote(state, data.chapter?.name);
    if (!counted.ok || counted.result.outcome !== 'no-majority') {
      throw new AppError('conflict', 'Another ballot is taken only when nobody has a majority.');
    }
    return [{ type: 'round-opened', round: currentRound(state).round + 1 }];
  });
}

export function drawLot(session: Session, id: string, order: string[]) {
  return act(session, id, (state) => {
    const def = requireElection(state);
    const unknown = order.find((n) => !def.candidates.includes(n));
    if (unknown) throw new AppError('invalid-input', `"${unknown}" is not a candidate.`);
    return [{ type: 'lot-drawn', order }];
  });
}
