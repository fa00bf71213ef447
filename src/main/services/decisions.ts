/**
 * Decisions are votes. Platform changes and meeting motions open a motion in the vote log,
 * linked to the meeting, item and policy; outcomes are always read back from the vote log
 * (src/shared/decisions).
 */
import { randomUUID } from 'node:crypto';
import { quorumFor } from '../../shared/schema/chapter';
import { AppError } from '../../shared/errors';
import { MOTION_PURPOSE } from '../../shared/decisions';
import type { MotionSubject } from '../../shared/meetings';
import type { StoreData } from '../../shared/schema/store';
import type { z } from 'zod';
import type { StoredMeeting } from '../../shared/meetings/stored';
import {
  isSecret,
  type ElectionDefinitionSchema,
  type MotionDefinitionSchema,
  type MotionMethod,
  VoteDefinitionSchema,
} from '../../shared/voteLog/definition';
import type { CountedThreshold } from '../../shared/voting/motion';
import type { Session } from '../session';
import { readSettled, updateSettled } from './settled';
import { withVoteOpened, type NewEvent } from './votes';

export type DecisionRequest = {
  title: string;
  text: string;
  mover: string;
  seconder?: string | undefined;
  method: MotionMethod;
  threshold: CountedThreshold;
  meetingId?: string | undefined;
  itemId?: string | undefined;
  policyId?: string | undefined;
  candidateId?: string | undefined;
  /** Stored as the vote's purpose when the decision is taken outside a meeting. */
  purpose: string;
  /** What the motion is about, recorded in the meeting's log. */
  subject?: MotionSubject | undefined;
  /** Throws an AppError when the decision cannot be put to a vote now. */
  check?: (data: StoreData) => void;
  /** Records what depends on the vote (e.g. a pending platform change) in the same write as the motion. */
  record?: (data: StoreData, voteId: string, at: string) => StoreData;
  /** For an appeal: append this event instead of a motion-made event. */
  meetingEvent?: (eventId: string, at: string) => StoredMeeting['events'][number];
};

function checkMeeting(data: StoreData, req: Pick<DecisionRequest, 'meetingId' | 'itemId'>) {
  if (!req.meetingId) return null;
  const meeting = data.meetings.find((m) => m.id === req.meetingId);
  if (!meeting) throw new AppError('not-found', 'That meeting no longer exists.');
  const started = meeting.events.some((e) => e.type === 'meeting-started');
  const adjourned = meeting.events.some((e) => e.type === 'meeting-adjourned');
  if (!started) throw new AppError('conflict', 'Start the meeting before taking motions.');
  if (adjourned) throw new AppError('conflict', 'The meeting is adjourned; no more motions.');
  if (req.itemId && !meeting.agenda.some((a) => a.id === req.itemId)) {
    throw new AppError('not-found', 'That agenda item is not on this meeting’s agenda.');
  }
  return meeting;
}

/** Who is in the room right now, from the meeting's check-ins. */
function presentMemberIds(meeting: StoredMeeting): string[] {
  const present = new Set<string>();
  for (const e of meeting.events) {
    if (e.type === 'member-checked-in') present.add(e.memberId);
    if (e.type === 'member-checked-out') present.delete(e.memberId);
  }
  return [...present];
}

type MeetingEventOf = StoredMeeting['events'][number];

/** A vote to open linked to a meeting (or not), with its checks and what depends on it. */
export type LinkedOpening = Pick<DecisionRequest, 'meetingId' | 'itemId' | 'check' | 'record'> & {
  /** The vote's definition without its link. */
  definition: z.input<typeof MotionDefinitionSchema> | z.input<typeof ElectionDefinitionSchema>;
  link: { policyId?: string | undefined; candidateId?: string | undefined; purpose: string };
  /** The event the meeting's log records it by (its id is the vote's link to the meeting). */
  meetingEvent: (eventId: string, at: string) => MeetingEventOf;
};

/**
 * Opens the vote (linked to meeting/item/policy) and records it in the meeting's log (a motion,
 * an appeal or an election) and whatever depends on it, all in one write. Everything is checked
 * first. In a meeting, the check-in list is the vote's presence.
 */
export async function openLinked(
  session: Session,
  req: LinkedOpening,
): Promise<{ voteId: string; eventId: string }> {
  const before = readSettled(session);
  if (!before.chapter) throw new AppError('not-ready', 'Create the chapter first.');
  req.check?.(before);
  const meeting = checkMeeting(before, req);
  const eventId = randomUUID();
  const definition = VoteDefinitionSchema.parse({
    ...req.definition,
    link: {
      ...(req.meetingId ? { meetingId: req.meetingId } : {}),
      ...(req.itemId ? { itemId: req.itemId } : {}),
      ...(req.link.policyId ? { policyId: req.link.policyId } : {}),
      ...(req.link.candidateId ? { candidateId: req.link.candidateId } : {}),
      purpose: req.meetingId ? `${MOTION_PURPOSE}${eventId}` : req.link.purpose,
    },
  });
  // The meeting's check-in list is the vote's presence, so the tellers start from the room.
  const extra: NewEvent[] = [];
  if (meeting) {
    const ids = presentMemberIds(meeting);
    const active = before.members.filter((m) => m.active);
    const activeIds = new Set(active.map((m) => m.id));
    const present = ids.filter((id) => activeIds.has(id));
    if (present.length > 0) {
      extra.push({
        type: 'presence-frozen' as const,
        present: present.length,
        members: active.length,
        quorum: quorumFor(before.chapter.quorum, active.length),
        ...(isSecret(definition) ? {} : { presentIds: present }),
      });
    }
  }
  const voteId = randomUUID();
  const at = session.clock().toISOString();
  // One write: the vote opens together with its event in the meeting's log and what depends
  // on it, or none of it does.
  await updateSettled(session, (data) => {
    let next = withVoteOpened(data, { id: voteId, at, definition, extra });
    if (req.meetingId) {
      const event = req.meetingEvent(eventId, at);
      next = {
        ...next,
        meetings: next.meetings.map((m) =>
          m.id === req.meetingId ? { ...m, events: [...m.events, event] } : m,
        ),
      };
    }
    if (req.record) next = req.record(next, voteId, at);
    return { data: next };
  });
  return { voteId, eventId };
}

/** A motion (or an appeal), opened as a vote linked to its meeting, item, policy or candidate. */
export function startDecision(
  session: Session,
  req: DecisionRequest,
): Promise<{ voteId: string; eventId: string }> {
  return openLinked(session, {
    ...req,
    definition: {
      kind: 'motion',
      title: req.title,
      text: req.text,
      mover: req.mover,
      ...(req.seconder ? { seconder: req.seconder } : {}),
      method: req.method,
      threshold: req.threshold,
    },
    link: { policyId: req.policyId, candidateId: req.candidateId, purpose: req.purpose },
    meetingEvent:
      req.meetingEvent ??
      ((eventId, at) => ({
        type: 'motion-made' as const,
        id: eventId,
        at,
        text: req.text,
        mover: req.mover,
        seconder: req.seconder ?? null,
        threshold: req.threshold,
        ...(req.itemId ? { itemId: req.itemId } : {}),
        ...(req.subject ? { subject: req.subject } : {}),
      })),
  });
}
