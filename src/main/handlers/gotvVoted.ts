import type { gotvVotedChannels } from '../../shared/contract/gotvVoted';
import { canvassAppOf } from '../services/canvass';
import { electionOf } from '../services/gotv/elections';
import type { GotvDeps } from '../services/gotv/electionContext';
import { chaseSheet, strikeSheet } from '../services/gotv/sheets';
import { universeOf } from '../services/gotv/universe';
import { createVotedService } from '../services/gotv/voted';
import { createVotedStore } from '../services/gotv/votedStore';
import { readSettled } from '../services/settled';
import type { HandlerContext, HandlersFor } from './types';

export function gotvVotedHandlers({
  session,
  host,
}: HandlerContext): HandlersFor<typeof gotvVotedChannels> {
  const voters = () => canvassAppOf(session, host).voters();
  const deps: GotvDeps = {
    voters,
    now: session.clock,
    // The open folder's (real or sample); session.current() refuses behind the recovery screen.
    store: createVotedStore(() => {
      session.current();
      return session.dirFor(session.mode);
    }),
    elections: {
      election: (id) => Promise.resolve(electionOf(readSettled(session), id)),
      async universe(id) {
        const data = readSettled(session);
        const view = await universeOf(data, voters(), electionOf(data, id));
        return new Set(view.voters.map((v) => v.id));
      },
    },
  };
  const voted = createVotedService({ ...deps, host });
  const chapterName = () => readSettled(session).chapter?.name ?? '';
  const noPlan = () => '';
  return {
    'gotvVoted.chooseFile': () => voted.chooseFile(),
    'gotvVoted.import': (input) => voted.importFile(input),
    'gotvVoted.state': ({ electionId }) => voted.state(electionId),
    'gotvVoted.strike': ({ electionId, voterId, by }) => voted.strike(electionId, voterId, by),
    'gotvVoted.undo': ({ electionId, voterId }) => voted.undo(electionId, voterId),
    'gotvVoted.search': ({ electionId, query }) => voted.search(electionId, query),
    'gotvVoted.board': ({ electionId }) => voted.board(electionId),
    'gotvVoted.openBoard': async ({ electionId }) => {
      electionOf(readSettled(session), electionId);
      await host.openProjector(`#/projector/gotv/${encodeURIComponent(electionId)}`);
      return { opened: true };
    },
    'gotvVoted.strikeSheet': (params) => strikeSheet(deps, params, chapterName(), noPlan),
    'gotvVoted.chaseSheet': (params) => chaseSheet(deps, params, chapterName(), noPlan),
  };
}
