/**
 * The next meeting: a new meeting from the standard order of business, which meeting is next,
 * and placing an item on its agenda (creating a draft meeting a week out when there is none).
 */
import { randomUUID } from 'node:crypto';
import { localDateOf } from '../../../shared/dates';
import { AppError } from '../../../shared/errors';
import {
  addAgendaItem,
  agendaFromTemplate,
  STANDARD_ORDER_OF_BUSINESS,
  type AgendaItem,
  type AgendaItemKind,
  type AgendaLink,
} from '../../../shared/meetings';
import type { StoredMeeting } from '../../../shared/meetings/stored';
import type { StoreData } from '../../../shared/schema/store';

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
  const today = localDateOf(now);
  const existing = nextMeeting(data, today);
  const meeting =
    existing ??
    meetingFromTemplate({
      title: 'Next meeting',
      date: localDateOf(new Date(now.getTime() + 7 * DAY_MS)),
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
