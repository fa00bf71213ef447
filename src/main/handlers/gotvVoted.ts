import type { gotvVotedChannels } from '../../shared/contract/gotvVoted';
import { planText } from '../../shared/gotv/plans';
import { createGotvApp } from '../services/gotv/app';
import type { GotvDeps } from '../services/gotv/electionContext';
import { chaseSheet, ridesSheet, strikeSheet } from '../services/gotv/sheets';
import { readVotePlans } from '../services/gotv/plans';
import { createVotedService } from '../services/gotv/voted';
import { createVotedStore } from '../services/gotv/votedStore';
import { readSettled } from '../services/settled';
import type { HandlerContext, HandlersFor } from './types';

export function gotvVotedHandlers({
  session,
  host,
}: HandlerContext): HandlersFor<typeof gotvVotedChannels> {
  const gotv = createGotvApp(session, host);
  const dir = () => {
    session.current(); // refuse behind the recovery screen
    return session.dirFor(session.mode);
  };
  const deps: GotvDeps = {
    voters: gotv.voters,
    now: session.clock,
    // The open folder's (real or sample); session.current() refuses behind the recovery screen.
    store: createVotedStore(dir),
    elections: {
      election: (id) => Promise.resolve(gotv.election(id)),
      universe: async (id) => new Set((await gotv.universe(id)).voters.map((v) => v.id)),
    },
  };
  const voted = createVotedService({ ...deps, host });
  const chapterName = () => readSettled(session).chapter?.name ?? '';
  /** Each voter's vote plan in words, read once per list printed. */
  const plansOf = async (electionId: string) => {
    const plans = await readVotePlans(dir(), electionId);
    return (voterId: string) => planText(plans.get(voterId));
  };
  return {
    'gotvVoted.chooseFile': () => voted.chooseFile(),
    'gotvVoted.import': (input) => voted.importFile(input),
    'gotvVoted.state': ({ electionId }) => voted.state(electionId),
    'gotvVoted.strike': ({ electionId, voterId, by }) => voted.strike(electionId, voterId, by),
    'gotvVoted.undo': ({ electionId, voterId }) => voted.undo(electionId, voterId),
    'gotvVoted.search': ({ electionId, query }) => voted.search(electionId, query),
    'gotvVoted.board': ({ electionId }) => voted.board(electionId),
    'gotvVoted.openBoard': async ({ electionId }) => {
      gotv.election(electionId);
      await host.openProjector(`#/projector/gotv/${encodeURIComponent(electionId)}`);
      return { opened: true };
    },
    'gotvVoted.strikeSheet': async (params) =>
      strikeSheet(deps, params, chapterName(), await plansOf(params.electionId)),
    'gotvVoted.chaseSheet': async (params) =>
      chaseSheet(deps, params, chapterName(), await plansOf(params.electionId)),
    'gotvVoted.ridesSheet': async ({ electionId }) =>
      ridesSheet(deps, electionId, chapterName(), await readVotePlans(dir(), electionId)),
  };
}
