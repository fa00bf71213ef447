/**
 * Reading meetings: the list, one meeting's view with its votes and log (results read back
 * from the vote log), and its minutes as generated or as the secretary edited them.
 */
import type { MeetingSummary, MeetingView, MeetingVote } from '../../../shared/contract/meetings';
import { AppError } from '../../../shared/errors';
import { countyLabel } from '../../../shared/geo/counties';
import {
  carriedActions,
  generateMinutes,
  minutesToMarkdown,
  type Minutes,
} from '../../../shared/meetings';
import {
  indexVotes,
  logWithResults,
  minutesApprovals,
  minutesStatuses,
  votesOfMeeting,
  type MinutesApproval,
} from '../../../shared/decisions';
import type { StoredMeeting } from '../../../shared/meetings/stored';
import { currentRights } from '../../../shared/platform';
import { quorumFor } from '../../../shared/schema/chapter';
import type { StoreData } from '../../../shared/schema/store';
import type { Host } from '../../host';
import type { Session } from '../../session';
import { writeFileDurable } from '../../store/durable';
import { readSettled } from '../settled';
import { hasStarted } from './nextMeeting';

export function meetingOf(data: StoreData, id: string): StoredMeeting {
  const meeting = data.meetings.find((m) => m.id === id);
  if (!meeting) throw new AppError('not-found', 'That meeting no longer exists.');
  return meeting;
}

export function quorumOf(data: StoreData): number {
  if (!data.chapter) return 0;
  return quorumFor(data.chapter.quorum, data.members.filter((m) => m.active).length);
}

type MinutesStatus = MeetingSummary['minutes'];

export function phaseOf(m: StoredMeeting): MeetingSummary['phase'] {
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

/** The first active member (by name) with each officer's role. */
function officersOf(data: StoreData): MeetingView['officers'] {
  const holder = (role: 'chair' | 'secretary') =>
    data.members
      .filter((m) => m.active && m.roles.includes(role))
      .map((m) => m.name)
      .sort((a, b) => a.localeCompare(b, 'en'))[0] ?? null;
  return { chair: holder('chair'), secretary: holder('secretary') };
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
    minutesApprovedAt: minutesApprovals(data, votes).get(id)?.approvedAt ?? null,
    officers: officersOf(data),
    carriedActions: carriedActions(data.meetings, id),
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
