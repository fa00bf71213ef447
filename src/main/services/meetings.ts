/**
 * Meetings: agendas, the live meeting's event log, minutes. Every decision made in a meeting
 * is a vote in the vote log linked to the meeting and item; results are read back from there.
 */
import { randomUUID } from 'node:crypto';
import type {
  LiveEventInput,
  MeetingDetails,
  MeetingSummary,
  MeetingView,
  MeetingVote,
} from '../../shared/contract/meetings';
import { AppError } from '../../shared/errors';
import { countyLabel } from '../../shared/geo/counties';
import {
  addAgendaItem,
  agendaFromTemplate,
  generateMinutes,
  meetingState,
  minutesToMarkdown,
  STANDARD_ORDER_OF_BUSINESS,
  type AgendaItem,
  type AgendaItemKind,
  type AgendaLink,
  type MeetingEvent,
  type Minutes,
} from '../../shared/meetings';
import {
  indexVotes,
  logWithResults,
  minutesStatuses,
  votesOfMeeting,
  type MinutesApproval,
} from '../../shared/decisions';
import type { StoredMeeting } from '../../shared/meetings/stored';
import { currentRights } from '../../shared/platform';
import { quorumFor } from '../../shared/schema/chapter';
import type { StoreData } from '../../shared/schema/store';
import type { MotionMethod } from '../../shared/votes/definition';
import type { CountedThreshold } from '../../shared/voting/motion';
import type { MotionSubject } from '../../shared/meetings';
import type { Host } from '../host';
import type { Session } from '../session';
import { writeFileDurable } from '../store/durable';
import { startDecision } from './decisions';
import { putToVote } from './platform';
import { readSettled, updateSettled, updateSettledView } from './settled';

const DAY_MS = 86_400_000;

export type NewAgendaItem = {
  kind: AgendaItemKind;
  title: string;
  timeBoxMinutes: number;
  link: AgendaLink | null;
  description: string;
};

/** True once anything has happened in the meeting (it has been started). */
export function hasStarted(meeting: StoredMeeting): boolean {
  return meeting.events.some((e) => e.type === 'meeting-started');
}

/** The earliest meeting dated `today` or later that has not started, or undefined. */
export function nextMeeting(data: StoreData, today: string): StoredMeeting | undefined {
  return data.meetings
    .filter((m) => m.date >= today && !hasStarted(m))
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt))[0];
}

/** A new meeting from the standard order of business (no events yet). */
export function meetingFromTemplate(input: {
  title: string;
  date: string;
  startTime?: string | null;
  place?: string;
  county?: string | null;
  now: Date;
  template?: typeof STANDARD_ORDER_OF_BUSINESS | null;
}): StoredMeeting {
  return {
    id: randomUUID(),
    title: input.title,
    date: input.date,
    startTime: input.startTime ?? null,
    place: input.place ?? '',
    county: input.county ?? null,
    agenda:
      input.template === null
        ? []
        : agendaFromTemplate(input.template ?? STANDARD_ORDER_OF_BUSINESS, () => randomUUID()),
    createdAt: input.now.toISOString(),
    events: [],
    secretaryNotes: '',
    minutesDraft: null,
  };
}

/** Where a new item goes: after the last new-business item, else before the items that close the meeting. */
function insertionIndex(agenda: readonly AgendaItem[]): number {
  const lastNew = agenda.findLastIndex((a) => a.kind === 'new-business');
  if (lastNew >= 0) return lastNew + 1;
  const closing = agenda.findIndex((a) => a.kind === 'open-floor' || a.kind === 'adjournment');
  return closing >= 0 ? closing : agenda.length;
}

/**
 * Puts an item on the next meeting's agenda (the earliest meeting dated today or later that
 * has not started). When there is none, a draft "Next meeting" is created from the standard
 * template one week after `now`, and the item goes under new business. Pure: returns the new
 * store data; the caller writes it inside `session.current().update`.
 */
export function placeOnNextMeetingAgenda(
  data: StoreData,
  item: NewAgendaItem,
  now: Date,
): { data: StoreData; meetingId: string; itemId: string } {
  if (!item.title.trim()) throw new AppError('invalid-input', 'An agenda item needs a title.');
  if (!(item.timeBoxMinutes >= 0 && item.timeBoxMinutes <= 600)) {
    throw new AppError('invalid-input', 'A time box is between 0 and 600 minutes.');
  }
  const today = now.toISOString().slice(0, 10);
  const existing = nextMeeting(data, today);
  const meeting =
    existing ??
    meetingFromTemplate({
      title: 'Next meeting',
      date: new Date(now.getTime() + 7 * DAY_MS).toISOString().slice(0, 10),
      now,
    });
  const newItem: AgendaItem = {
    id: randomUUID(),
    kind: item.kind,
    title: item.title.trim(),
    timeBoxMinutes: item.timeBoxMinutes,
    link: item.link,
    description: item.description,
  };
  const updated: StoredMeeting = {
    ...meeting,
    agenda: addAgendaItem(meeting.agenda, newItem, insertionIndex(meeting.agenda)),
  };
  const meetings = existing
    ? data.meetings.map((m) => (m.id === existing.id ? updated : m))
    : [...data.meetings, updated];
  return { data: { ...data, meetings }, meetingId: updated.id, itemId: newItem.id };
}

// ---------------------------------------------------------------- reading

function meetingOf(data: StoreData, id: string): StoredMeeting {
  const meeting = data.meetings.find((m) => m.id === id);
  if (!meeting) throw new AppError('not-found', 'That meeting no longer exists.');
  return meeting;
}

export function quorumOf(data: StoreData): number {
  if (!data.chapter) return 0;
  return quorumFor(data.chapter.quorum, data.members.filter((m) => m.active).length);
}

type MinutesStatus = MeetingSummary['minutes'];

function phaseOf(m: StoredMeeting): MeetingSummary['phase'] {
  if (m.events.some((e) => e.type === 'meeting-adjourned')) return 'adjourned';
  return hasStarted(m) ? 'in-session' : 'not-started';
}

function minutesStatusOf(
  m: StoredMeeting,
  statuses: ReadonlyMap<string, MinutesApproval>,
): MinutesStatus {
  const s = statuses.get(m.id);
  if (s) return s;
  return hasStarted(m) ? 'draft' : 'none';
}

export function listMeetings(data: StoreData): MeetingSummary[] {
  const votes = indexVotes(data);
  const statuses = minutesStatuses(data, votes);
  return data.meetings
    .map((m) => ({
      id: m.id,
      title: m.title,
      date: m.date,
      startTime: m.startTime,
      place: m.place,
      county: m.county,
      items: m.agenda.length,
      phase: phaseOf(m),
      minutes: minutesStatusOf(m, statuses),
    }))
    .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
}

function namesOf(data: StoreData): Record<string, string> {
  return Object.fromEntries(data.members.map((m) => [m.id, m.name]));
}

export function meetingView(data: StoreData, id: string, now: Date): MeetingView {
  const meeting = meetingOf(data, id);
  const votes = indexVotes(data);
  const links = votesOfMeeting(data, id);
  const statuses = minutesStatuses(data, votes);
  const meetingVotes: MeetingVote[] = [...links].map(([eventId, voteId]) => {
    const v = votes.get(voteId);
    return {
      eventId,
      voteId,
      title: v?.definition.title ?? '',
      status: v?.certified ? 'certified' : 'open',
      summary: v?.certified?.summary ?? null,
    };
  });
  const { events: _events, ...rest } = meeting;
  return {
    meeting: rest,
    log: logWithResults(meeting, links, votes),
    votes: meetingVotes,
    quorum: quorumOf(data),
    names: namesOf(data),
    members: data.members
      .filter((m) => m.active)
      .map((m) => ({ id: m.id, name: m.name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    minutes: minutesStatusOf(meeting, statuses),
    pendingMinutes: data.meetings
      .filter((m) => m.id !== id && phaseOf(m) === 'adjourned' && statuses.get(m.id) !== 'approved')
      .filter((m) => m.date <= meeting.date)
      .sort((a, b) => b.date.localeCompare(a.date))
      .map((m) => ({ id: m.id, title: m.title, date: m.date })),
    countyName: meeting.county ? countyLabel(meeting.county) : null,
    now: now.toISOString(),
  };
}

export function getMeeting(session: Session, id: string): MeetingView {
  return meetingView(readSettled(session), id, session.clock());
}

/** The minutes generated from the meeting's events, with results read from the vote log. */
export function minutesOf(data: StoreData, id: string): Minutes {
  const meeting = meetingOf(data, id);
  const log = logWithResults(meeting, votesOfMeeting(data, id), indexVotes(data));
  return generateMinutes(meeting, log, {
    quorum: quorumOf(data),
    names: namesOf(data),
    rights: currentRights(data.platform.rights),
    secretaryNotes: meeting.secretaryNotes,
    ...(meeting.county ? { countyName: countyLabel(meeting.county) } : {}),
  });
}

/** "19:05" in the laptop's own time zone (timestamps are stored in UTC). */
function localClock(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** The minutes as Markdown: the secretary's edited draft when there is one, else generated. */
export function minutesMarkdownOf(data: StoreData, id: string): string {
  const meeting = meetingOf(data, id);
  return meeting.minutesDraft ?? minutesToMarkdown(minutesOf(data, id), { formatTime: localClock });
}

export async function exportMinutesMarkdown(session: Session, host: Host, id: string) {
  const data = readSettled(session);
  const meeting = meetingOf(data, id);
  const markdown = minutesMarkdownOf(data, id);
  const slug =
    `minutes-${meeting.date}-${meeting.title}`
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'minutes';
  const path = await host.chooseSavePath({
    title: 'Export the minutes as Markdown',
    defaultName: `${slug}.md`,
    filters: [{ name: 'Markdown', extensions: ['md'] }],
  });
  if (!path) return { saved: false };
  await writeFileDurable(path, markdown);
  return { saved: true, fileName: path.split(/[\\/]/).pop() };
}

// ---------------------------------------------------------------- writing

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

// ---------------------------------------------------------------- motions

export type MotionRequest = {
  meetingId: string;
  itemId?: string | undefined;
  text: string;
  mover: string;
  seconder?: string | undefined;
  threshold: CountedThreshold;
  method: MotionMethod;
  subject?: MotionSubject | undefined;
};

/** A motion from the floor, opened as a linked vote. Policy motions go through the platform rules. */
export async function makeMotion(
  session: Session,
  req: MotionRequest,
): Promise<{ voteId: string }> {
  const s = req.subject;
  if (s?.type === 'policy-adoption') {
    return putToVote(session, {
      ...req,
      subject: { type: 'policy-adoption', policyId: s.policyId },
    });
  }
  if (s?.type === 'amendment') {
    return putToVote(session, {
      ...req,
      subject: { type: 'amendment', amendmentId: s.amendmentId },
    });
  }
  if (s?.type === 'policy-status' && (s.to === 'tabled' || s.to === 'ready')) {
    return putToVote(session, {
      ...req,
      subject: { type: 'policy-status', policyId: s.policyId, to: s.to },
    });
  }
  if (s && s.type !== 'other' && s.type !== 'minutes-approval') {
    throw new AppError('invalid-input', 'Open that kind of motion from its own screen.');
  }
  const data = session.current().data;
  const meeting = meetingOf(data, req.meetingId);
  let title = req.text.length > 80 ? `${req.text.slice(0, 77)}…` : req.text;
  if (s?.type === 'minutes-approval') {
    const target = meetingOf(data, s.meetingId);
    if (target.id === meeting.id)
      throw new AppError('invalid-input', 'A meeting approves the minutes of an earlier one.');
    if (phaseOf(target) !== 'adjourned')
      throw new AppError('conflict', 'Only the minutes of an adjourned meeting can be approved.');
    if (minutesStatuses(data, indexVotes(data)).get(target.id) === 'approved')
      throw new AppError('conflict', 'Those minutes are already approved.');
    title = `Approve the minutes of ${target.title} (${target.date})`;
  }
  const { voteId } = await startDecision(session, {
    title,
    text: req.text,
    mover: req.mover,
    seconder: req.seconder,
    method: req.method,
    threshold: req.threshold,
    meetingId: req.meetingId,
    itemId: req.itemId,
    purpose: 'motion',
    subject: s,
  });
  return { voteId };
}

/** An appeal from the chair's ruling: the motion "to overturn the ruling", decided by majority. */
export async function appealRuling(
  session: Session,
  input: { id: string; pointId: string; by: string; seconder?: string | undefined },
): Promise<{ voteId: string }> {
  const data = session.current().data;
  const meeting = meetingOf(data, input.id);
  const state = meetingState(meeting.events, { quorum: quorumOf(data) });
  const point = state.points.find((p) => p.id === input.pointId);
  if (!point || point.kind === 'information')
    throw new AppError('not-found', 'There is no point of order with that id.');
  if (!point.ruling) throw new AppError('conflict', 'The chair has not ruled on this point yet.');
  if (point.appeal) throw new AppError('conflict', 'This ruling has already been appealed.');
  const ruled = point.ruling.ruling === 'well-taken' ? 'well taken' : 'not well taken';
  const { voteId } = await startDecision(session, {
    title: `Appeal: overturn the chair's ruling (${ruled})`,
    text: `That the ruling of the chair that the point of order raised by ${point.raisedBy} is ${ruled} be overturned.`,
    mover: input.by,
    seconder: input.seconder,
    method: 'show-of-hands',
    threshold: 'majority-cast',
    meetingId: meeting.id,
    ...(point.itemId ? { itemId: point.itemId } : {}),
    purpose: 'appeal',
    meetingEvent: (eventId, at) => ({
      type: 'ruling-appealed',
      id: eventId,
      at,
      pointId: point.id,
      by: input.by,
      ...(input.seconder ? { seconder: input.seconder } : {}),
    }),
  });
  return { voteId };
}
