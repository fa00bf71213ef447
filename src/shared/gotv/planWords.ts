/**
 * A vote plan in the few words an election-day list prints beside a name: "By mail ·
 * returned 2026-10-28", "Election day · ride 2026-11-03 10:30". '' when nothing is known.
 */
import { VOTE_PLAN_LABELS, type VotePlanEntry } from './plans';

export function planWords(p: VotePlanEntry | undefined): string {
  if (!p) return '';
  const ride = p.needsRide
    ? `ride ${[p.rideDate, p.rideTime].filter(Boolean).join(' ') || '(when?)'}`
    : '';
  const ballot = p.ballotReturned
    ? `returned ${p.ballotReturned}`
    : p.ballotRequested
      ? `requested ${p.ballotRequested}`
      : '';
  return [p.plan ? VOTE_PLAN_LABELS[p.plan] : '', ballot, ride].filter(Boolean).join(' · ');
}

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
