/** Shifts: sign-ups, capacity, status changes and what a volunteer did (src/shared/volunteers). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/shared/errors';
import { creditWindows, resultsIn, volunteerRecord } from '../../../src/shared/volunteers/activity';
import {
  SIGNUP_STATUSES,
  ShiftInputSchema,
  shiftHours,
  type Shift,
  type SignupStatus,
} from '../../../src/shared/volunteers/shifts';
import {
  NEXT_STATUSES,
  changeStatus,
  placesTaken,
  signUp,
  withFields,
} from '../../../src/shared/volunteers/signups';
import { entry, shift } from './fixtures';

/** After the sample shift (7 March 2026, 10:00–13:00 local) has started. */
const LATER = new Date(2026, 2, 8, 9, 0);
const BEFORE = new Date(2026, 2, 6, 9, 0);

function refused(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('shift input', () => {
  it('ends after it starts the same day; only a canvass shift or a phone bank has a turf', () => {
    const base = {
      kind: 'tabling',
      title: 'Market',
      place: 'Square',
      date: '2026-03-07',
      start: '10:00',
      end: '09:30',
      capacity: 2,
      turf: { listId: 'oh-franklin', turfId: 'T001' },
    };
    const result = ShiftInputSchema.safeParse(base);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['end', 'End after the start, the same day'],
      ['turf', 'Only a canvass shift walks a turf, and only a phone bank calls a call list'],
    ]);
    const bank = { ...base, kind: 'phone-bank', end: '12:00' };
    expect(ShiftInputSchema.safeParse(bank).success).toBe(true);
    expect(ShiftInputSchema.safeParse({ ...base, capacity: 0 }).error?.issues[0]?.message).toBe(
      'A shift has at least 1 place',
    );
    expect(shiftHours({ start: '18:00', end: '20:30' })).toBe(2.5);
  });
});

describe('sign-ups', () => {
  it('refuses a sign-up past capacity with a message that says what to do', () => {
    let s = shift('s1', { capacity: 2 });
    s = signUp(s, 'a', 'Ana', BEFORE);
    s = signUp(s, 'b', 'Ben', BEFORE);
    const full = shift('s1', { ...s, signups: s.signups });
    const error = refused(() => signUp(full, 'c', 'Cy', BEFORE));
    expect(error.code).toBe('conflict');
    expect(error.message).toBe(
      '“Shift s1” is full: all 2 places are taken. Raise its capacity, or mark someone withdrawn, to make room.',
    );
    // A withdrawal frees the place; coming back needs one free again.
    s = changeStatus(s, 'b', 'Ben', 'withdrawn', BEFORE);
    s = signUp(s, 'c', 'Cy', BEFORE);
    expect(refused(() => signUp(s, 'b', 'Ben', BEFORE)).message).toMatch(/is full/);
    expect(placesTaken(s)).toBe(2);
  });

  it('refuses signing up twice, and marking attendance before the shift starts', () => {
    const s = signUp(shift('s1'), 'a', 'Ana', BEFORE);
    expect(refused(() => signUp(s, 'a', 'Ana', BEFORE)).message).toBe(
      'Ana is already on “Shift s1” (signed up).',
    );
    expect(refused(() => changeStatus(s, 'a', 'Ana', 'attended', BEFORE)).message).toBe(
      '“Shift s1” has not started yet: mark who attended once it has.',
    );
    const attended = changeStatus(s, 'a', 'Ana', 'attended', LATER);
    expect(attended.signups[0]?.history.map((h) => h.status)).toEqual(['signed-up', 'attended']);
    expect(refused(() => changeStatus(attended, 'a', 'Ana', 'withdrawn', LATER)).message).toBe(
      'Ana is attended: they cannot be marked withdrawn.',
    );
  });

  it('never lowers capacity below the places taken', () => {
    let s = shift('s1', { capacity: 3 });
    s = signUp(signUp(s, 'a', 'Ana', BEFORE), 'b', 'Ben', BEFORE);
    const { id: _id, createdAt: _c, signups: _s, ...fields } = s;
    expect(refused(() => withFields(s, { ...fields, capacity: 1 })).message).toBe(
      '2 places of “Shift s1” are taken: its capacity cannot go below 2.',
    );
    expect(withFields(s, { ...fields, capacity: 2, title: 'Renamed' })).toMatchObject({
      capacity: 2,
      title: 'Renamed',
      signups: s.signups,
    });
  });

  it('whatever is tried, places taken never exceed capacity and every change is an allowed one (fast-check)', () => {
    const op = fc.record({
      who: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      to: fc.option(fc.constantFrom(...SIGNUP_STATUSES), { nil: undefined }),
      late: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.array(op, { maxLength: 40 }),
        (capacity, ops) => {
          let s: Shift = shift('p', { capacity });
          for (const { who, to, late } of ops) {
            const now = late ? LATER : BEFORE;
            try {
              s = to ? changeStatus(s, who, who, to, now) : signUp(s, who, who, now);
            } catch (e) {
              if (!(e instanceof AppError)) throw e;
            }
            expect(placesTaken(s)).toBeLessThanOrEqual(capacity);
          }
          for (const signup of s.signups) {
            const path: SignupStatus[] = signup.history.map((h) => h.status);
            expect(path[0]).toBe('signed-up');
            expect(path.at(-1)).toBe(signup.status);
            for (let i = 1; i < path.length; i++)
              expect(NEXT_STATUSES[path[i - 1] as SignupStatus]).toContain(path[i]);
          }
        },
      ),
    );
  });
});

describe('what a volunteer did', () => {
  const turf = { listId: 'oh-franklin', turfId: 'T001' };
  const first = shift('first', { turf, date: '2026-03-07' });
  const second = shift('second', { turf, date: '2026-03-14' });
  const elsewhere = shift('other', { turf: { ...turf, turfId: 'T002' } });

  it('credits a shift with its turf’s results from its start until the next shift on that turf', () => {
    const windows = creditWindows([second, first, elsewhere, shift('no-turf')]);
    expect([...windows.keys()].sort()).toEqual(['first', 'other', 'second']);
    const w = windows.get('first');
    expect(w?.until).toBe(windows.get('second')?.from);
    expect(windows.get('second')?.until).toBeNull();

    const at = (d: number, h: number) => new Date(2026, 2, d, h).toISOString();
    const entries = [
      entry('h1', at(6, 12)), // the day before: not this shift's
      entry('h1', at(7, 11)),
      entry('h1', at(7, 11), { code: null, support: 2 }), // same door, a conversation
      entry('h2', at(8, 20)), // entered the next evening: still the first shift's
      entry('h3', at(8, 20), { turfId: 'T002' }), // another turf
      entry('h4', at(14, 11)), // the second shift's
    ];
    expect(resultsIn(windows.get('first')!, entries)).toEqual({
      doors: 2,
      calls: 0,
      conversations: 1,
    });
    expect(resultsIn(windows.get('second')!, entries)).toEqual({
      doors: 1,
      calls: 0,
      conversations: 0,
    });
  });

  it('credits a phone bank with its call list’s phone results, and a canvass with door results only', () => {
    const bank = shift('bank', { kind: 'phone-bank', turf, date: '2026-03-07' });
    const windows = creditWindows([first, bank, second]);
    // A canvass on the same turf does not end the phone bank's window, nor the other way round.
    expect(windows.get('bank')).toMatchObject({ mode: 'phone', until: null });
    expect(windows.get('first')).toMatchObject({ mode: 'door' });
    expect(windows.get('first')?.until).toBe(windows.get('second')?.from);
    const at = (d: number, h: number) => new Date(2026, 2, d, h).toISOString();
    const call = (voterId: string, extra = {}) =>
      entry('h1', at(7, 19), { mode: 'phone', voterId, ...extra });
    const entries = [
      call('A', { code: 'NH' }),
      call('B', { code: null, support: 1 }),
      call('B', { code: null, support: 2 }), // called twice: one call, one conversation
      entry('h2', at(7, 11)), // a door: the canvass's
    ];
    expect(resultsIn(windows.get('bank')!, entries)).toEqual({
      doors: 0,
      calls: 2,
      conversations: 1,
    });
    expect(resultsIn(windows.get('first')!, entries)).toEqual({
      doors: 1,
      calls: 0,
      conversations: 0,
    });
  });

  it('adds up attended shifts only: hours as scheduled, the shift’s doors shared', () => {
    const mk = (s: Shift, status: SignupStatus) => ({
      ...s,
      signups: [{ volunteerId: 'v', status, history: [{ status, at: '2026-03-01T00:00:00Z' }] }],
    });
    const shifts = [
      mk(first, 'attended'),
      mk(second, 'no-show'),
      mk(
        shift('bank', { kind: 'phone-bank', start: '18:00', end: '20:30', date: '2026-03-20' }),
        'attended',
      ),
      shift('not-theirs'),
    ];
    const results = new Map([
      ['first', { doors: 12, calls: 0, conversations: 4 }],
      ['second', { doors: 7, calls: 0, conversations: 2 }],
      ['bank', { doors: 0, calls: 9, conversations: 3 }],
    ]);
    const record = volunteerRecord('v', shifts, results);
    expect(record).toMatchObject({
      attended: 2,
      noShows: 1,
      hours: 5.5,
      doors: 12,
      calls: 9,
      conversations: 7,
    });
    expect(record.shifts.map((s) => [s.shiftId, s.hours])).toEqual([
      ['bank', 2.5],
      ['second', 0],
      ['first', 3],
    ]);
  });
});
