/**
 * Everything that follows from the chapter's events, applied in one place: every write of the
 * main process passes its data through `settleAll` (src/main/services/settled.ts), so the
 * file never holds a certified vote whose effect is missing, and reads never have to write.
 */
import type { StoreData } from '../schema/store';
import { settleCandidateDecisions } from './candidates';
import { settlePlatformDecisions } from './platform';
import { applyDecidedPoints } from './pointsOfOrder';

/**
 * Applies every certified, unsettled decision (platform changes in the order their votes were
 * certified, then findings from decided points of order, then candidate decisions). Returns the
 * same object when nothing is due, and settling settled data changes nothing.
 */
export function settleAll(data: StoreData): StoreData {
  return settleCandidateDecisions(applyDecidedPoints(settlePlatformDecisions(data)));
}
