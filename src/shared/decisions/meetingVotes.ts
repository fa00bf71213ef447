/**
 * Votes taken in a meeting: each is linked to the motion (or appeal) event it decides, and
 * its result appears in the meeting's log only as read back from the vote log.
 */
import type { MeetingEvent } from '../meetings';
import type { StoredMeeting } from '../meetings/stored';
import type { StoreData } from '../schema/store';
import { resultOf, type LinkedVote } from './outcomes';

/** A vote opened in a meeting has the purpose `motion:<id of the event it decides>`. */
export const MOTION_PURPOSE = 'motion:';

/** Votes opened from a meeting, keyed by the motion (or appeal) event they decide. */
export function votesOfMeeting(data: StoreData, meetingId: string): Map<string, string> {
  return votesByMeeting(data).get(meetingId) ?? new Map<string, string>();
}

/** For every meeting, its votes keyed by the motion (or appeal) event; one pass over the log. */
export function votesByMeeting(data: StoreData): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const r of data.votes) {
    const e = r.event;
    if (e.type !== 'vote-opened') continue;
    const link = e.definition.link;
    if (!link.meetingId || !link.purpose?.startsWith(MOTION_PURPOSE)) continue;
    let links = out.get(link.meetingId);
    if (!links) out.set(link.meetingId, (links = new Map<string, string>()));
    links.set(link.purpose.slice(MOTION_PURPOSE.length), e.voteId);
  }
  return out;
}

/**
 * The meeting's events with each certified vote merged in as a `vote-recorded` event at the
 * time it was certified. Results live only in the vote log; this is how minutes see them.
 */
export function logWithResults(
  meeting: StoredMeeting,
  links: ReadonlyMap<string, string>,
  votes: ReadonlyMap<string, LinkedVote>,
): MeetingEvent[] {
  const results: MeetingEvent[] = [];
  for (const [eventId, voteId] of links) {
    const vote = votes.get(voteId);
    const result = resultOf(vote);
    if (!vote?.certified || !result) continue;
    results.push({
      type: 'vote-recorded',
      id: `result-${voteId}`.slice(0, 64),
      at: vote.certified.at,
      motionId: eventId,
      ...result,
      ...(vote.definition.kind === 'election' ? { winners: vote.certified.winners } : {}),
    });
  }
  if (results.length === 0) return [...meeting.events];
  results.sort((a, b) => a.at.localeCompare(b.at));
  // Merge by time; a result never goes before the motion it decides.
  const out: MeetingEvent[] = [];
  const placed = new Set<string>();
  let r = 0;
  for (const e of meeting.events) {
    while (r < results.length && results[r]!.at < e.at && motionSeen(results[r]!, placed)) {
      out.push(results[r++]!);
    }
    out.push(e);
    placed.add(e.id);
  }
  while (r < results.length) out.push(results[r++]!);
  return out;
}

function motionSeen(e: MeetingEvent, placed: ReadonlySet<string>): boolean {
  return e.type !== 'vote-recorded' || placed.has(e.motionId);
}
