/**
 * Dates are the chapter's local calendar dates, never UTC ones: an evening meeting in
 * Chicago (21:30 on 5 March is 03:30 on 6 March in UTC) keeps its date everywhere.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '../../../src/main/handlers/types';
import { meetingFromTemplate, placeOnNextMeetingAgenda } from '../../../src/main/services/meetings';
import type { Session } from '../../../src/main/session';
import type { MemberImportPreview } from '../../../src/shared/contract/members';
import type { SavedFile } from '../../../src/shared/contract/app';
import {
  dateOf,
  formatDate,
  formatDateTime,
  formatTime,
  localDateOf,
  localToday,
  parseDate,
} from '../../../src/shared/dates';
import { call, storeWith, withChapter } from './helpers';

const EVENING_UTC = '2026-03-06T03:30:00.000Z'; // 21:30 on 5 March in Chicago (CST, UTC−6)

let savedTz: string | undefined;
beforeAll(() => {
  savedTz = process.env.TZ;
  process.env.TZ = 'America/Chicago';
});
afterAll(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

describe('local dates (TZ=America/Chicago)', () => {
  it('the time zone is in effect: 21:30 local is already tomorrow in UTC', () => {
    const evening = new Date(2026, 2, 5, 21, 30);
    expect(evening.toISOString()).toBe(EVENING_UTC);
    expect(evening.toISOString().slice(0, 10)).toBe('2026-03-06'); // the bug being fixed
  });

  it('an evening meeting keeps its date', () => {
    const evening = new Date(2026, 2, 5, 21, 30);
    expect(localDateOf(evening)).toBe('2026-03-05');
    expect(localToday(evening)).toBe('2026-03-05');
    expect(dateOf(EVENING_UTC)).toBe('2026-03-05');
    expect(dateOf('2026-03-05T21:30:00-06:00')).toBe('2026-03-05');
    expect(formatDate(EVENING_UTC, 'en-US')).toBe('3/5/2026');
  });

  it('a date-only value is that day, not UTC midnight (the evening before here)', () => {
    expect(new Date('2026-03-05').getDate()).toBe(4); // the bug being fixed
    expect(parseDate('2026-03-05').getDate()).toBe(5);
    expect(dateOf('2026-03-05')).toBe('2026-03-05');
    expect(formatDate('2026-03-05', 'en-US')).toBe('3/5/2026');
    expect(
      formatDate('2026-03-05', 'en-US', { year: 'numeric', month: 'long', day: 'numeric' }),
    ).toBe('March 5, 2026');
  });

  it('the day clocks change keeps its date too', () => {
    // Chicago springs forward at 02:00 on 8 March 2026 and falls back on 1 November.
    expect(dateOf('2026-03-08')).toBe('2026-03-08');
    expect(parseDate('2026-03-08').getDate()).toBe(8);
    expect(localDateOf(new Date(2026, 10, 1, 23, 59))).toBe('2026-11-01');
    expect(dateOf('2026-11-02T05:30:00.000Z')).toBe('2026-11-01'); // 23:30 CST
  });

  it('unreadable text is shown as it is', () => {
    expect(dateOf('someday')).toBe('someday');
    expect(formatDate('someday')).toBe('someday');
  });
});

describe('the main process uses the local date (TZ=America/Chicago)', () => {
  it('today(session) is the local date of the session clock', () => {
    const session = { clock: () => new Date(EVENING_UTC) } as unknown as Session;
    expect(today(session)).toBe('2026-03-05');
  });

  it('an imported member with no joined date joined today, locally', async () => {
    const b = await withChapter();
    b.time.set(EVENING_UTC);
    const preview = await call<MemberImportPreview>(b.dispatch, 'members.importPreview', {
      csv: 'Name\nDana Evening\n',
    });
    expect(preview.rows[0]).toMatchObject({ name: 'Dana Evening', joined: '2026-03-05' });
  });

  it('a PDF saved in the evening is named for that day', async () => {
    const b = await withChapter();
    b.time.set(EVENING_UTC);
    const saved = await call<SavedFile>(b.dispatch, 'print.save', {
      document: 'sign-in-sheet',
      params: {},
    });
    expect(saved).toEqual({ saved: true, fileName: 'sign-in-sheet-2026-03-05.pdf' });
  });

  it('a chapter exported in the evening is named for that day', async () => {
    const b = await withChapter();
    b.time.set(EVENING_UTC);
    const saved = await call<SavedFile>(b.dispatch, 'bundle.export');
    expect(saved.fileName).toBe('baltimore-egalitarians-2026-03-05.chapterhouse.json');
  });

  it('an item placed in the evening goes on that evening’s meeting, not a week later', () => {
    const now = new Date(EVENING_UTC);
    const tonight = meetingFromTemplate({ title: 'March meeting', date: '2026-03-05', now });
    const item = {
      kind: 'new-business' as const,
      title: 'Accountability motion',
      timeBoxMinutes: 10,
      link: null,
      description: '',
    };
    const placed = placeOnNextMeetingAgenda({ ...storeWith(0), meetings: [tonight] }, item, now);
    expect(placed.meetingId).toBe(tonight.id);
    const created = placeOnNextMeetingAgenda(storeWith(0), item, now);
    expect(created.data.meetings.find((m) => m.id === created.meetingId)?.date).toBe('2026-03-12');
  });
});

describe('date and time formats', () => {
  it('shows every instant one way: the local date, then the 24-hour time', () => {
    const evening = new Date(2026, 2, 5, 19, 7).toISOString();
    expect(formatTime(evening)).toBe('19:07');
    expect(formatDateTime(evening)).toBe('3/5/2026, 19:07');
    expect(formatDateTime('someday')).toBe('someday');
    expect(formatTime('someday')).toBe('someday');
  });
});
