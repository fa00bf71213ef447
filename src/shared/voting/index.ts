/**
 * In-room voting: motions, elections and the ballot file. Pure TypeScript (no Node, no
 * Electron, no React), so the same count runs in the renderer, the main process and the
 * recount CLI.
 */
export * from './approval';
export * from './ballotFile';
export { BallotReader, compileRankedBallots, packRankedBallots } from './ballots';
export type { RankedBallot, RankedBallotInput, RankingEntry } from './ballots';
export type { PackedBallots, RankedBallotSet } from './ballotSet';
export * from './election';
export { VotingInputError } from './errors';
export { countIrv, countIrvSet } from './irv';
export * from './motion';
export { countMajorityRound, countPlurality } from './plurality';
export { orderRankedBallots } from './ballotOrder';
export { formatRecountText } from './report';
export * from './result';
export * from './rules';
export { droopQuota } from './quota';
export { countStv, countStvSet } from './stv';
export { drawOrder, hashSeed, sfc32 } from './tiebreak';
export * from './tellers';
