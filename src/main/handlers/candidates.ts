import type { candidatesChannels } from '../../shared/contract/candidates';
import {
  addCandidate,
  addKeyVote,
  addTerm,
  candidateDetail,
  compare,
  createQuestionnaire,
  exportForm,
  getQuestionnaire,
  importForm,
  keyVotesView,
  openEndorsementVote,
  overview,
  placeMotion,
  recordOfficialVote,
  reportCondition,
  savePanel,
  saveResponse,
  scoreAnswers,
  setAsideDecision,
  setStatus,
  updateCandidate,
} from '../services/candidates';
import type { HandlerContext, HandlersFor } from './types';

export function candidatesHandlers({
  session,
  host,
}: HandlerContext): HandlersFor<typeof candidatesChannels> {
  return {
    'candidates.list': () => overview(session),
    'candidates.get': ({ id }) => candidateDetail(session, id),
    'candidates.add': (input) => addCandidate(session, input),
    'candidates.update': ({ id, candidate }) => updateCandidate(session, id, candidate),
    'candidates.setStatus': ({ id, to, reason }) => setStatus(session, id, to, reason),
    'candidates.addTerm': ({ id, ...term }) => addTerm(session, id, term),
    'candidates.reportCondition': ({ id, ...report }) => reportCondition(session, id, report),
    'candidates.openEndorsementVote': ({ id, ...input }) => openEndorsementVote(session, id, input),
    'candidates.placeMotion': ({ id, action }) => placeMotion(session, id, action),
    'candidates.setAsideDecision': ({ id, decisionId, reason }) =>
      setAsideDecision(session, id, decisionId, reason),
    'candidates.questionnaire': ({ id }) => getQuestionnaire(session, id),
    'candidates.createQuestionnaire': (input) => createQuestionnaire(session, input),
    'candidates.saveResponse': (input) => saveResponse(session, input),
    'candidates.exportForm': (input) => exportForm(session, host, input),
    'candidates.importForm': (input) => importForm(session, input),
    'candidates.savePanel': (input) => savePanel(session, input),
    'candidates.scoreAnswers': (input) => scoreAnswers(session, input),
    'candidates.compare': (input) => compare(session, input),
    'candidates.keyVotes': () => keyVotesView(session),
    'candidates.addKeyVote': (input) => addKeyVote(session, input),
    'candidates.recordOfficialVote': (input) => recordOfficialVote(session, input),
  };
}
