/** The rides still to give on election day, from the vote plans. */
import type { VotePlanEntry } from './plans';

/**
 * The rides still to give: universe voters whose plan needs a ride and who have not voted,
 * by ride date and time (those without a time last), then by voter ID.
 */
export function ridesToGive(
  plans: Iterable<VotePlanEntry>,
  stillToVote: (voterId: string) => boolean,
): VotePlanEntry[] {
  const when = (p: VotePlanEntry) => `${p.rideDate || '9999-99-99'} ${p.rideTime || '99:99'}`;
  return [...plans]
    .filter((p) => p.needsRide && stillToVote(p.voterId))
    .sort((a, b) => when(a).localeCompare(when(b)) || a.voterId.localeCompare(b.voterId));
}
