import type { platformChannels } from '../../shared/contract/platform';
import * as platform from '../services/platform';
import type { HandlerContext, HandlersFor } from './types';

export function platformHandlers({
  session,
}: HandlerContext): HandlersFor<typeof platformChannels> {
  return {
    'platform.get': () => platform.getPlatform(session),
    'platform.proposeRight': (input) => platform.proposeRight(session, input),
    'platform.addArea': (input) => platform.addPolicyArea(session, input),
    'platform.renameArea': ({ id, name }) => platform.renamePolicyArea(session, id, name),
    'platform.removeArea': ({ id }) => platform.removePolicyArea(session, id),
    'platform.createPolicy': (input) => platform.createPolicy(session, input),
    'platform.updatePolicy': ({ id, policy }) => platform.updatePolicy(session, id, policy),
    'platform.transition': (input) => platform.transition(session, input),
    'platform.recordFinding': (input) => platform.addFinding(session, input),
    'platform.proposeAmendment': (input) => platform.addAmendment(session, input),
    'platform.withdrawAmendment': ({ id }) => platform.dropAmendment(session, id),
    'platform.putToVote': (input) => platform.putToVote(session, input),
  };
}
