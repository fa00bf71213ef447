import type { votesChannels } from '../../shared/contract/votes';
import * as votes from '../services/votes';
import type { HandlerContext, HandlersFor } from './types';

export function votesHandlers({
  session,
  host,
}: HandlerContext): HandlersFor<typeof votesChannels> {
  return {
    'votes.list': () => votes.listVotes(session),
    'votes.get': ({ id }) => votes.getVote(session, id),
    'votes.open': (definition) => votes.openVote(session, definition),
    'votes.freezePresence': ({ id, present, presentIds }) =>
      votes.freezePresence(session, id, present, presentIds),
    'votes.recordCounts': ({ id, ...counts }) => votes.recordCounts(session, id, counts),
    'votes.declareVoice': ({ id, declared }) => votes.declareVoice(session, id, declared),
    'votes.requestDivision': ({ id }) => votes.requestDivision(session, id),
    'votes.recordObjection': ({ id, by }) => votes.recordObjection(session, id, by),
    'votes.rollCall': ({ id, memberId, vote }) => votes.rollCallVote(session, id, memberId, vote),
    'votes.enterBallot': ({ id, teller, text }) => votes.enterBallot(session, id, teller, text),
    'votes.undoBallot': ({ id, teller }) => votes.undoBallot(session, id, teller),
    'votes.resolveMismatch': ({ id, number, marks }) =>
      votes.resolveMismatch(session, id, number, marks),
    'votes.reconcile': ({ id, ...r }) => votes.reconcile(session, id, r),
    'votes.openRound': ({ id }) => votes.openRound(session, id),
    'votes.drawLot': ({ id, order }) => votes.drawLot(session, id, order),
    // What the certified vote decides (a platform change, a candidate's status) is applied in
    // the same write.
    'votes.certify': ({ id, expectedBallots }) => votes.certify(session, id, expectedBallots),
    'votes.verify': () => votes.verifyVotes(session),
    'votes.exportBallotFile': ({ id }) => votes.exportBallotFile(session, host, id),
    'votes.exportSummary': ({ id, format }) => votes.exportSummary(session, host, id, format),
    'votes.recountFile': () => votes.recountChosenFile(session, host),
    'votes.exportRecountSummary': ({ format }) => votes.exportRecountSummary(session, host, format),
  };
}
