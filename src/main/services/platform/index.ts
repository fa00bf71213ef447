/**
 * Platform: Secured Rights, areas, policies, rights review, amendments and platform versions.
 * Adopting or changing anything is a vote (../decisions.ts); a pending change is applied in
 * the write that certifies its vote (src/shared/decisions/platform.ts), reading the outcome
 * from the vote log.
 */
export { getPlatform } from './views';
export {
  addAmendment,
  addFinding,
  addPolicyArea,
  createPolicy,
  dropAmendment,
  removePolicyArea,
  renamePolicyArea,
  transition,
  updatePolicy,
} from './edits';
export { proposeRight, putToVote } from './motions';
