import type { gotvChannels } from '../../shared/contract/gotv';
import { createGotvApp } from '../services/gotv/app';
import { createElection, listElections, updateElection } from '../services/gotv/elections';
import { matchMember, memberMatches } from '../services/gotv/members';
import { readSettled } from '../services/settled';
import type { HandlerContext, HandlersFor } from './types';

export function gotvHandlers({ session, host }: HandlerContext): HandlersFor<typeof gotvChannels> {
  const app = createGotvApp(session, host);
  return {
    'gotv.elections': () => listElections(session),
    'gotv.createElection': (input) => createElection(session, input, app.checkList),
    'gotv.updateElection': ({ id, patch }) => updateElection(session, id, patch, app.checkList),
    'gotv.removeElection': async ({ id }) => {
      await app.removeElection(id);
      return { removed: true as const };
    },
    'gotv.universe': ({ electionId }) => app.universe(electionId),
    'gotv.matchMember': ({ electionId, memberId, voterId }) =>
      matchMember(session, app.voters(), app.election(electionId), memberId, voterId),
    'gotv.memberMatches': ({ electionId, hints }) =>
      memberMatches(readSettled(session), app.voters(), app.election(electionId), hints),
    'gotv.plans': ({ electionId }) => app.plans(electionId),
    'gotv.savePlans': ({ electionId, plans }) => app.savePlans(electionId, plans),
    'gotv.plansPreview': ({ electionId, csv, mapping }) =>
      app.plansPreview(electionId, csv, mapping),
    'gotv.importPlans': ({ electionId, csv, mapping }) => app.importPlans(electionId, csv, mapping),
  };
}
