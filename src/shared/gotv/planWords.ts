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
