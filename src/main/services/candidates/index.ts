/**
 * Candidates: questionnaires pinned to a platform version, answers, interview panels, the
 * side-by-side comparison, endorsement by vote, key votes, scorecards and accountability
 * motions. Scoring is the pure code in src/shared/candidates; these modules keep records and
 * read every decision back from the vote log.
 */
export {
  addCandidate,
  addTerm,
  candidateDetail,
  overview,
  reportCondition,
  setStatus,
  updateCandidate,
} from './records';
export { openEndorsementVote, placeMotion, setAsideDecision } from './decisions';
export {
  compare,
  createQuestionnaire,
  exportForm,
  getQuestionnaire,
  importForm,
  saveResponse,
} from './questionnaires';
export { savePanel, scoreAnswers } from './panels';
export { addKeyVote, keyVotesView, recordOfficialVote } from './keyVotes';
