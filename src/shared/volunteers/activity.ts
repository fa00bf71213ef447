/**
 * What a volunteer did, from the shifts they were on and the canvass results. What counts:
 * - **Shifts attended**: sign-ups marked attended. **Hours**: each attended shift's scheduled
 *   length (start to end), added up.
 * - **Doors and conversations** of a canvass shift with a turf: the result entries recorded
 *   for that turf (same voter list, same turf ID) from the shift's start until the next
 *   canvass shift on the same turf starts (results are often entered after the shift).
 *   Doors: households with any result; conversations: households where someone talked
 *   (`isContact`, src/shared/canvass/results.ts). They are the shift's, shared by everyone
 *   who attended it, not a count per person. Only door results count for a canvass shift.
 * - **Calls and conversations** of a phone-bank shift with a call list (a turf's call sheet):
 *   the phone results recorded for that turf in the same kind of window (from its start until
 *   the next phone bank on that call list). Calls: voters with a phone result; conversations:
 *   voters reached. Shared by everyone who attended, like doors.
 */
import { z } from 'zod';
import { isContact, type ContactMode, type ResultEntry } from '../canvass/results';
import { ShiftKindSchema, SignupStatusSchema, shiftHours, shiftSpan, type Shift } from './shifts';

export const ShiftResultsSchema = z.object({
  doors: z.int().nonnegative(),
  calls: z.int().nonnegative(),
  conversations: z.int().nonnegative(),
});
export type ShiftResults = z.infer<typeof ShiftResultsSchema>;

/** The time a shift's results are counted over: from its start until the next such shift on its turf. */
export interface CreditWindow {
  listId: string;
  turfId: string;
  /** Door results for a canvass shift, phone results for a phone bank. */
  mode: ContactMode;
  from: number;
  until: number | null;
}

const MODE_OF: Partial<Record<Shift['kind'], ContactMode>> = {
  canvass: 'door',
  'phone-bank': 'phone',
};

/** For every canvass or phone-bank shift with a turf, the window its results are counted over. */
export function creditWindows(shifts: readonly Shift[]): Map<string, CreditWindow> {
  const byTurf = new Map<string, { id: string; from: number }[]>();
  for (const s of shifts) {
    const mode = MODE_OF[s.kind];
    if (!mode || !s.turf) continue;
    const key = `${s.turf.listId}\u0000${s.turf.turfId}\u0000${mode}`;
    byTurf.set(key, [...(byTurf.get(key) ?? []), { id: s.id, from: shiftSpan(s).from.getTime() }]);
  }
  const windows = new Map<string, CreditWindow>();
  for (const [key, list] of byTurf) {
    const [listId = '', turfId = '', mode = 'door'] = key.split('\u0000');
    const sorted = [...list].sort((a, b) => a.from - b.from || a.id.localeCompare(b.id));
    sorted.forEach(({ id, from }, i) => {
      // Two shifts starting at once on one turf share its results (neither ends the other).
      const next = sorted.slice(i + 1).find((n) => n.from > from);
      windows.set(id, {
        listId,
        turfId,
        mode: mode === 'phone' ? 'phone' : 'door',
        from,
        until: next?.from ?? null,
      });
    });
  }
  return windows;
}

/**
 * Doors (or calls) and conversations among the entries of the window's turf and mode recorded
 * in the window: households at the door, voters on the phone.
 */
export function resultsIn(window: CreditWindow, entries: readonly ResultEntry[]): ShiftResults {
  const reached = new Set<string>();
  const talked = new Set<string>();
  for (const e of entries) {
    if (e.turfId !== window.turfId || e.mode !== window.mode) continue;
    const at = new Date(e.at).getTime();
    if (at < window.from || (window.until !== null && at >= window.until)) continue;
    const who = window.mode === 'phone' ? (e.voterId ?? e.householdKey) : e.householdKey;
    reached.add(who);
    if (isContact(e)) talked.add(who);
  }
  const phone = window.mode === 'phone';
  return {
    doors: phone ? 0 : reached.size,
    calls: phone ? reached.size : 0,
    conversations: talked.size,
  };
}

export const VolunteerShiftSchema = z.object({
  shiftId: z.string(),
  title: z.string(),
  kind: ShiftKindSchema,
  date: z.string(),
  start: z.string(),
  end: z.string(),
  place: z.string(),
  status: SignupStatusSchema,
  /** The shift's hours when they attended it, else 0. */
  hours: z.number().nonnegative(),
  /** The shift's doors, calls and conversations; null without a turf (or its list is gone). */
  results: ShiftResultsSchema.nullable(),
});

export const VolunteerRecordSchema = z.object({
  shifts: z.array(VolunteerShiftSchema),
  attended: z.int().nonnegative(),
  noShows: z.int().nonnegative(),
  hours: z.number().nonnegative(),
  /** Summed over attended shifts (each shift's count, shared with its other volunteers). */
  doors: z.int().nonnegative(),
  calls: z.int().nonnegative(),
  conversations: z.int().nonnegative(),
});
export type VolunteerRecord = z.infer<typeof VolunteerRecordSchema>;

/** The volunteer's shifts, latest first, and what their attended shifts add up to. */
export function volunteerRecord(
  volunteerId: string,
  shifts: readonly Shift[],
  results: ReadonlyMap<string, ShiftResults>,
): VolunteerRecord {
  const record: VolunteerRecord = {
    shifts: [],
    attended: 0,
    noShows: 0,
    hours: 0,
    doors: 0,
    calls: 0,
    conversations: 0,
  };
  for (const shift of shifts) {
    const signup = shift.signups.find((s) => s.volunteerId === volunteerId);
    if (!signup) continue;
    const attended = signup.status === 'attended';
    const counted = results.get(shift.id) ?? null;
    const hours = attended ? shiftHours(shift) : 0;
    record.shifts.push({
      shiftId: shift.id,
      title: shift.title,
      kind: shift.kind,
      date: shift.date,
      start: shift.start,
      end: shift.end,
      place: shift.place,
      status: signup.status,
      hours,
      results: counted,
    });
    if (signup.status === 'no-show') record.noShows++;
    if (!attended) continue;
    record.attended++;
    record.hours += hours;
    record.doors += counted?.doors ?? 0;
    record.calls += counted?.calls ?? 0;
    record.conversations += counted?.conversations ?? 0;
  }
  record.shifts.sort((a, b) => `${b.date} ${b.start}`.localeCompare(`${a.date} ${a.start}`));
  return record;
}
