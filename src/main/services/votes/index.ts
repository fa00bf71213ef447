/**
 * Votes: every action appends events to the vote log; every view and result is folded
 * and recounted from those events on demand.
 */
export { getVote, listVotes } from './views';
export { openVote, withVoteOpened, type NewEvent } from './writes';
export {
  declareVoice,
  freezePresence,
  recordCounts,
  recordObjection,
  requestDivision,
  rollCallVote,
} from './motions';
export { drawLot, enterBallot, openRound, reconcile, resolveMismatch, undoBallot } from './ballots';
export { certify, verifyVotes } from './certification';
export { exportBallotFile, exportSummary } from './exports';
export { exportRecountSummary, recountChosenFile } from './fileRecount';
