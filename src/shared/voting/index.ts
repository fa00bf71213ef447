/**
 * In-room voting: motions, elections and the ballot file. Pure TypeScript (no Node, no
 * Electron, no React), so the same count runs in the renderer, the main process and the
 * recount CLI.
 */
export * from './approval';
export * from './ballotFile';
export {
  ApprovalBallotSchema,
  BallotReader,
  CandidateListSchema,
  compileRankedBallots,
  packRankedBallots,
  RankedBallotSchema,
  RankingEntrySchema,
} from './ballots';
export type {
  ApprovalBallot,
  ApprovalBallotInput,
  RankedBallot,
  RankedBallotInput,
  PackedBallots,
  RankedBallotSet,
  RankingEntry,
} from './ballots';
export { DECIMALS, UNITS_PER_VOTE } from './decimal';
export * from './election';
export { ApprovalElectionInputSchema, RankedElectionInputSchema } from './electionInput';
export type {
  ApprovalElection,
  ApprovalElectionInput,
  RankedElection,
  RankedElectionInput,
} from './electionInput';
export { VotingInputError } from './errors';
export { countIrv, countIrvSet } from './irv';
export * from './motion';
export {
  countMajorityRound,
  countMajoritySet,
  countPlurality,
  countPluralitySet,
} from './plurality';
export { orderRankedBallots } from './ballotOrder';
export { formatRecountText } from './report';
export * from './result';
export * from './rules';
export { countStv, countStvSet, droopQuota } from './stv';
export { drawOrder, hashSeed, sfc32 } from './tiebreak';
export * from './tellers';
