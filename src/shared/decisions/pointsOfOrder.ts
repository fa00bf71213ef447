/**
 * "Point of order: this violates Secured Right X." Once the point is decided — the chair's
 * ruling, or the meeting's vote on an appeal — a point upheld against a policy becomes a
 * conflict finding in that policy's rights review (which blocks its adoption vote), and a
 * ruling the meeting overturns is recorded too. Derived from the meeting log and the vote
 * log, so applying it again changes nothing.
 */
import { meetingState } from '../meetings';
import {
  conflictFromPoint,
  findCurrentRight,
  pointStanding,
  recordFinding,
  type RightsFinding,
} from '../platform';
import type { StoreData } from '../schema/store';
import { logWithResults, votesByMeeting } from './meetingVotes';
import { indexVotes } from './outcomes';

const CLOSED = new Set(['adopted', 'rejected', 'withdrawn']);

function same(a: RightsFinding, b: RightsFinding): boolean {
  return a.rightId === b.rightId && a.at === b.at && a.finding === b.finding && a.by === b.by;
}

/** Findings that decided points call for and that the policies do not hold yet. */
export function applyDecidedPoints(data: StoreData): StoreData {
  const meetings = data.meetings.filter((meeting) =>
    meeting.events.some(
      (e) => e.type === 'point-raised' && e.kind === 'secured-right' && e.policyId,
    ),
  );
  if (meetings.length === 0) return data;
  const byMeeting = votesByMeeting(data);
  const linksOf = (id: string) => byMeeting.get(id) ?? new Map<string, string>();
  const votes = indexVotes(data, new Set(meetings.flatMap((m) => [...linksOf(m.id).values()])));
  let policies = data.platform.policies;
  for (const meeting of meetings) {
    const log = logWithResults(meeting, linksOf(meeting.id), votes);
    for (const point of meetingState(log, { quorum: 0 }).points) {
      if (point.kind !== 'secured-right' || !point.rightId || !point.policyId) continue;
      const right = findCurrentRight(data.platform.rights, point.rightId);
      const index = policies.findIndex((p) => p.id === point.policyId);
      const policy = policies[index];
      if (!right || !policy || CLOSED.has(policy.status)) continue;
      const standing = pointStanding(point);
      let finding = conflictFromPoint(point, right.version);
      if (!finding && standing.state === 'overturned' && point.appeal) {
        finding = {
          rightId: right.id,
          rightVersion: right.version,
          // The assembly decided the policy does not violate the right: that settles the
          // question (a "Needs discussion" here would block adoption on a question decided).
          finding: 'no-conflict',
          note: `The meeting overturned the chair's ruling that this violates the right: ${point.text || 'no text'}`,
          by: 'the meeting, on appeal',
          at: point.appeal.at,
        };
      }
      if (!finding || policy.findings.some((f) => same(f, finding))) continue;
      const recorded = recordFinding(policy, data.platform.rights, finding);
      if (recorded.ok) policies = policies.with(index, recorded.value);
    }
  }
  return policies === data.platform.policies
    ? data
    : { ...data, platform: { ...data.platform, policies } };
}
