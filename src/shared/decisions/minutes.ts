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
  const out = new Map<string, MinutesApproval>();
  const byMeeting = votesByMeeting(data);
  for (const m of data.meetings) {
    const links = byMeeting.get(m.id) ?? new Map<string, string>();
    for (const e of m.events) {
      if (e.type !== 'motion-made' || e.subject?.type !== 'minutes-approval') continue;
      const vote = votes.get(links.get(e.id) ?? '');
      const target = e.subject.meetingId;
      if (resultOf(vote)?.outcome === 'adopted') out.set(target, 'approved');
      else if (vote && !vote.certified && out.get(target) !== 'approved')
        out.set(target, 'approval-pending');
    }
  }
  return out;
}
