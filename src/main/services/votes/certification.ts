/**
 * Certifying a result (only when nothing blocks it, and for an election only when the tellers
 * confirm the ballot count) and verifying the log: the chain, and every certified result
 * recomputed from the events before it.
 */
import { AppError } from '../../../shared/errors';
import { agreedBallots, blockers, countVote, foldVote } from '../../../shared/voteLog/state';
import type { VerifyReport } from '../../../shared/voteLog/view';
import type { Session } from '../../session';
import { checkChain } from '../voteLog';
import { eventsOf } from './views';
import { act } from './writes';

export function certify(session: Session, id: string, expectedBallots?: number) {
  return act(session, id, (state, data) => {
    const open = blockers(state);
    if (open.length) throw new AppError('conflict', `Not ready to certify: ${open.join(' ')}`);
    if (state.definition.kind === 'election') {
      const agreed = agreedBallots(state).length;
      if (expectedBallots === undefined) {
        throw new AppError(
          'invalid-input',
          'Confirm how many ballots you expect before the result is shown.',
        );
      }
      if (expectedBallots !== agreed) {
        throw new AppError(
          'conflict',
          `You expected ${expectedBallots} ballots but ${agreed} are entered. Find the difference before certifying.`,
        );
      }
    }
    const counted = countVote(state, data.chapter?.name);
    if (!counted.ok) throw new AppError('conflict', counted.reason);
    const { outcome, winners, summary } = counted.result;
    return [
      {
        type: 'certified',
        outcome,
        winners,
        summary,
        ...(expectedBallots !== undefined ? { expectedBallots } : {}),
      },
    ];
  });
}

/** Checks the chain and recomputes every certified result from the events before it. */
export function verifyVotes(session: Session): VerifyReport {
  const data = session.current().data;
  const problems = checkChain(data.votes);
  const ids = [...new Set(data.votes.map((r) => r.event.voteId))];
  let certifiedChecked = 0;
  for (const id of ids) {
    const events = eventsOf(data, id);
    const cut = events.findIndex((e) => e.type === 'certified');
    if (cut < 0) continue;
    const before = foldVote(events.slice(0, cut));
    const certified = events[cut];
    if (!before || certified?.type !== 'certified') continue;
    certifiedChecked += 1;
    const counted = countVote(before, data.chapter?.name);
    const title = before.definition.title;
    if (!counted.ok) {
      problems.push(`“${title}”: the result can no longer be computed: ${counted.reason}`);
    } else if (
      counted.result.outcome !== certified.outcome ||
      counted.result.summary !== certified.summary ||
      counted.result.winners.join('\n') !== certified.winners.join('\n')
    ) {
      problems.push(
        `“${title}”: recounting the events gives “${counted.result.summary}” but “${certified.summary}” was certified.`,
      );
    }
  }
  return {
    ok: problems.length === 0,
    records: data.votes.length,
    votes: ids.length,
    certifiedChecked,
    problems,
  };
}
