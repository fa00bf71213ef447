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
import {
  isSecret,
  MotionDefinitionSchema,
  type MotionMethod,
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
  meetingEvent?: (eventId: string, at: string) => StoreData['meetings'][number]['events'][number];
};

function checkMeeting(data: StoreData, req: DecisionRequest) {
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
function presentMemberIds(meeting: StoreData['meetings'][number]): string[] {
  const present = new Set<string>();
  for (const e of meeting.events) {
    if (e.type === 'member-checked-in') present.add(e.memberId);
    if (e.type === 'member-checked-out') present.delete(e.memberId);
  }
  return [...present];
}

/**
 * Opens the vote (linked to meeting/item/policy) and records the motion in the meeting's
 * log and whatever depends on it, all in one write. Everything is checked first.
 */
export async function startDecision(
  session: Session,
  req: DecisionRequest,
): Promise<{ voteId: string; eventId: string }> {
  const before = readSettled(session);
  if (!before.chapter) throw new AppError('not-ready', 'Create the chapter first.');
  req.check?.(before);
  const meeting = checkMeeting(before, req);
  const eventId = randomUUID();
  const definition = MotionDefinitionSchema.parse({
    kind: 'motion',
    title: req.title,
    text: req.text,
    mover: req.mover,
    ...(req.seconder ? { seconder: req.seconder } : {}),
    method: req.method,
    threshold: req.threshold,
    link: {
      ...(req.meetingId ? { meetingId: req.meetingId } : {}),
      ...(req.itemId ? { itemId: req.itemId } : {}),
      ...(req.policyId ? { policyId: req.policyId } : {}),
      ...(req.candidateId ? { candidateId: req.candidateId } : {}),
      purpose: req.meetingId ? `${MOTION_PURPOSE}${eventId}` : req.purpose,
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
  // One write: the vote opens together with the motion in the meeting's log and what
  // depends on it, or none of it does.
  await updateSettled(session, (data) => {
    let next = withVoteOpened(data, { id: voteId, at, definition, extra });
    if (req.meetingId) {
      const event = req.meetingEvent
        ? req.meetingEvent(eventId, at)
        : {
            type: 'motion-made' as const,
            id: eventId,
            at,
            text: req.text,
            mover: req.mover,
            seconder: req.seconder ?? null,
            threshold: req.threshold,
            ...(req.itemId ? { itemId: req.itemId } : {}),
            ...(req.subject ? { subject: req.subject } : {}),
          };
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
