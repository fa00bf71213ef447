/**
 * Changing meetings: details, agenda, the live meeting's events (each checked against the
 * meeting as it stands), notes and the minutes draft. Every change is one settled write.
 */
import { randomUUID } from 'node:crypto';
import type {
  LiveEventInput,
  MeetingDetails,
  MeetingView,
} from '../../../shared/contract/meetings';
import { AppError } from '../../../shared/errors';
import {
  meetingState,
  STANDARD_ORDER_OF_BUSINESS,
  undoLast,
  type AgendaItem,
  type MeetingEvent,
} from '../../../shared/meetings';
import { indexVotes, minutesStatuses, votesOfMeeting } from '../../../shared/decisions';
import type { StoredMeeting } from '../../../shared/meetings/stored';
import { currentRights } from '../../../shared/platform';
import type { StoreData } from '../../../shared/schema/store';
import type { Session } from '../../session';
import { updateSettled, updateSettledView } from '../settled';
import { hasStarted, meetingFromTemplate } from './nextMeeting';
import { meetingOf, quorumOf, phaseOf, meetingView } from './views';

function replaceMeeting(data: StoreData, meeting: StoredMeeting): StoreData {
  return { ...data, meetings: data.meetings.map((m) => (m.id === meeting.id ? meeting : m)) };
}

function change(
  session: Session,
  id: string,
  fn: (meeting: StoredMeeting, data: StoreData, at: string) => StoredMeeting,
): Promise<MeetingView> {
  const now = session.clock();
  return updateSettledView(
    session,
    (data) => replaceMeeting(data, fn(meetingOf(data, id), data, now.toISOString())),
    (next) => meetingView(next, id, now),
  );
}

function checkCounty(data: StoreData, county: string | null) {
  if (county && data.chapter && !data.chapter.counties.includes(county)) {
    throw new AppError('invalid-input', 'Choose one of the chapter’s counties.');
  }
}

export function createMeeting(
  session: Session,
  input: MeetingDetails & { template: 'standard' | 'blank' },
): Promise<{ id: string }> {
  const now = session.clock();
  return updateSettled(session, (data) => {
    if (!data.chapter) throw new AppError('not-ready', 'Create the chapter first.');
    checkCounty(data, input.county);
    const meeting = meetingFromTemplate({
      title: input.title,
      date: input.date,
      startTime: input.startTime,
      place: input.place,
      county: input.county,
      now,
      template: input.template === 'blank' ? null : STANDARD_ORDER_OF_BUSINESS,
    });
    return { data: { ...data, meetings: [...data.meetings, meeting] }, result: { id: meeting.id } };
  });
}

export function updateMeeting(session: Session, id: string, details: MeetingDetails) {
  return change(session, id, (m, data) => {
    checkCounty(data, details.county);
    return {
      ...m,
      title: details.title,
      date: details.date,
      startTime: details.startTime,
      place: details.place,
      county: details.county,
    };
  });
}

export function removeMeeting(session: Session, id: string) {
  return updateSettled(session, (data) => {
    const meeting = meetingOf(data, id);
    if (hasStarted(meeting) || votesOfMeeting(data, id).size > 0) {
      throw new AppError('conflict', 'A meeting that has started is part of the record and stays.');
    }
    return {
      data: { ...data, meetings: data.meetings.filter((m) => m.id !== id) },
      result: { removed: true },
    };
  });
}

export function setAgenda(session: Session, id: string, agenda: AgendaItem[]) {
  return change(session, id, (m, data) => {
    if (phaseOf(m) === 'adjourned') throw new AppError('conflict', 'The meeting is adjourned.');
    const kept = new Set(agenda.map((a) => a.id));
    const used = new Set<string>();
    for (const e of m.events) {
      if (e.type === 'item-started') used.add(e.itemId);
      if ('itemId' in e && typeof e.itemId === 'string') used.add(e.itemId);
    }
    const dropped = m.agenda.find((a) => used.has(a.id) && !kept.has(a.id));
    if (dropped) {
      throw new AppError(
        'conflict',
        `"${dropped.title}" was already taken up, so it stays on the agenda.`,
      );
    }
    for (const a of agenda) {
      const link = a.link;
      if (link?.type === 'policy' && !data.platform.policies.some((p) => p.id === link.policyId))
        throw new AppError('invalid-input', `"${a.title}" links to a policy that does not exist.`);
    }
    return { ...m, agenda };
  });
}

const BEFORE_START = new Set([
  'member-checked-in',
  'member-checked-out',
  'guests-set',
  'meeting-started',
]);

/** Appends one live event after checking it against the meeting as it stands. */
export function appendEvent(session: Session, id: string, input: LiveEventInput) {
  return change(session, id, (m, data, at) => {
    const eventId = randomUUID();
    let event: MeetingEvent;
    switch (input.type) {
      case 'member-checked-in': {
        const member = data.members.find((x) => x.id === input.memberId && x.active);
        if (!member) throw new AppError('not-found', 'That person is not an active member.');
        event = { ...input, id: eventId, at, name: member.name };
        break;
      }
      case 'item-started':
      case 'item-ended':
        if (!m.agenda.some((a) => a.id === input.itemId))
          throw new AppError('not-found', 'That item is not on the agenda.');
        event = { ...input, id: eventId, at };
        break;
      case 'point-raised':
        if (input.kind === 'secured-right') {
          if (!input.rightId) throw new AppError('invalid-input', 'Name the Secured Right.');
          if (!currentRights(data.platform.rights).some((r) => r.id === input.rightId))
            throw new AppError('not-found', 'That Secured Right is not part of the current list.');
        }
        event = { ...input, id: eventId, at };
        break;
      case 'note-added':
      case 'action-item-added':
        if (input.itemId && !m.agenda.some((a) => a.id === input.itemId))
          throw new AppError('not-found', 'That item is not on the agenda.');
        event = { ...input, id: eventId, at };
        break;
      default:
        event = { ...input, id: eventId, at };
    }
    const phase = phaseOf(m);
    if (phase === 'not-started' && !BEFORE_START.has(event.type))
      throw new AppError('conflict', 'Call the meeting to order first.');
    if (phase !== 'not-started' && event.type === 'meeting-started')
      throw new AppError('conflict', 'The meeting has already been called to order.');
    if (phase === 'adjourned' && event.type !== 'note-added' && event.type !== 'action-item-added')
      throw new AppError('conflict', 'The meeting is adjourned.');
    const events = [...m.events, event];
    const state = meetingState(events, { quorum: quorumOf(data), now: at });
    const problem =
      state.problems.find((p) => p.eventId === eventId) ??
      state.speakers.problems.find((p) => p.eventId === eventId);
    if (problem) throw new AppError('conflict', problem.message);
    // A ruling on "violates Secured Right X" goes into the policy's rights review in this
    // same write (src/shared/decisions/pointsOfOrder.ts).
    return { ...m, events };
  });
}

/** Takes back the last event of the live meeting, if it is `eventId` and can be taken back. */
export function undoLastEvent(session: Session, id: string, eventId: string) {
  return change(session, id, (m, data) => {
    if (minutesStatuses(data, indexVotes(data)).get(id) === 'approved')
      throw new AppError('conflict', 'The minutes of this meeting are approved; its record stays.');
    const undone = undoLast(m.events, eventId);
    if (!undone.ok) throw new AppError('conflict', undone.reason);
    return { ...m, events: undone.events };
  });
}

export function saveNotes(session: Session, id: string, secretaryNotes: string) {
  return change(session, id, (m) => ({ ...m, secretaryNotes }));
}

export function saveMinutesDraft(session: Session, id: string, markdown: string | null) {
  return updateSettledView(
    session,
    (data) => {
      const m = meetingOf(data, id);
      if (!hasStarted(m))
        throw new AppError('conflict', 'There are no minutes before the meeting starts.');
      if (minutesStatuses(data, indexVotes(data)).get(id) === 'approved')
        throw new AppError(
          'conflict',
          'These minutes were approved; they can no longer be edited.',
        );
      return replaceMeeting(data, { ...m, minutesDraft: markdown });
    },
    (next) => meetingView(next, id, session.clock()),
  );
}
