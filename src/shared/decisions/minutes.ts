/**
 * Minutes approval: a motion at a later meeting whose subject is the earlier meeting's
 * minutes. Whether a meeting's minutes are approved is read from the vote log.
 */
import type { StoreData } from '../schema/store';
import { votesByMeeting } from './meetingVotes';
import { resultOf, type LinkedVote } from './outcomes';

export type MinutesApproval = 'approval-pending' | 'approved';

/** For each meeting whose minutes were moved for approval: approved, or a vote still open. */
export function minutesStatuses(
  data: StoreData,
  votes: ReadonlyMap<string, LinkedVote>,
): Map<string, MinutesApproval> {
  return new Map([...minutesApprovals(data, votes)].map(([id, a]) => [id, a.status]));
}

/** The same, with when the approving vote was certified (null while pending). */
export function minutesApprovals(
  data: StoreData,
  votes: ReadonlyMap<string, LinkedVote>,
): Map<string, { status: MinutesApproval; approvedAt: string | null }> {
  const out = new Map<string, { status: MinutesApproval; approvedAt: string | null }>();
  const byMeeting = votesByMeeting(data);
  for (const m of data.meetings) {
    const links = byMeeting.get(m.id) ?? new Map<string, string>();
    for (const e of m.events) {
      if (e.type !== 'motion-made' || e.subject?.type !== 'minutes-approval') continue;
      const vote = votes.get(links.get(e.id) ?? '');
      const target = e.subject.meetingId;
      if (resultOf(vote)?.outcome === 'adopted')
        out.set(target, { status: 'approved', approvedAt: vote?.certified?.at ?? null });
      else if (vote && !vote.certified && out.get(target)?.status !== 'approved')
        out.set(target, { status: 'approval-pending', approvedAt: null });
    }
  }
  return out;
}
