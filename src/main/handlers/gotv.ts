import type { gotvChannels } from '../../shared/contract/gotv';
import { canvassAppOf } from '../services/canvass';
import {
  createElection,
  electionOf,
  listElections,
  removeElection,
  updateElection,
} from '../services/gotv/elections';
import { matchMember } from '../services/gotv/members';
import { universeOf } from '../services/gotv/universe';
import { readSettled } from '../services/settled';
import type { HandlerContext, HandlersFor } from './types';

export function gotvHandlers({ session, host }: HandlerContext): HandlersFor<typeof gotvChannels> {
  const voters = () => canvassAppOf(session, host).voters();
  const checkList = (listId: string) => voters().getList(listId);
  const election = (id: string) => electionOf(readSettled(session), id);
  return {
    'gotv.elections': () => listElections(session),
    'gotv.createElection': (input) => createElection(session, input, checkList),
    'gotv.updateElection': ({ id, patch }) => updateElection(session, id, patch, checkList),
    'gotv.removeElection': async ({ id }) => {
      await removeElection(session, id);
      return { removed: true as const };
    },
    'gotv.universe': ({ electionId }) => {
      const data = readSettled(session);
      return universeOf(data, voters(), electionOf(data, electionId));
    },
    'gotv.matchMember': ({ electionId, memberId, voterId }) =>
      matchMember(session, voters(), election(electionId), memberId, voterId),
  };
}
