/**
 * Shifts and events: canvass shifts, phone banks, tabling and events, each with a place, a
 * chapter-local date and start/end time, a county, a capacity and (for a canvass shift) a
 * turf. Volunteers sign up, are confirmed, then attend or do not show.
 */
import { z } from 'zod';
import { ListIdSchema, TurfIdSchema } from '../contract/canvass';
import { localInstant } from '../dates';
import { LIMITS } from '../limits';
import { ClockTimeSchema } from '../meetings/agenda';
import {
  DateSchema,
  IdSchema,
  TimestampSchema,
  listOf,
  optionalTrimmed,
  trimmed,
} from '../schema/common';
import { groupDigits } from '../voting/decimal';
import { OptionalFipsSchema } from './schema';

export const SHIFT_KINDS = ['canvass', 'phone-bank', 'tabling', 'event'] as const;
export const ShiftKindSchema = z.enum(SHIFT_KINDS);
export type ShiftKind = z.infer<typeof ShiftKindSchema>;

export const SHIFT_KIND_LABELS: Readonly<Record<ShiftKind, string>> = {
  canvass: 'Canvass shift',
  'phone-bank': 'Phone-bank shift',
  tabling: 'Tabling',
  event: 'Event',
};

export const SIGNUP_STATUSES = [
  'signed-up',
  'confirmed',
  'attended',
  'no-show',
  'withdrawn',
] as const;
export const SignupStatusSchema = z.enum(SIGNUP_STATUSES);
export type SignupStatus = z.infer<typeof SignupStatusSchema>;

export const SIGNUP_STATUS_LABELS: Readonly<Record<SignupStatus, string>> = {
  'signed-up': 'Signed up',
  confirmed: 'Confirmed',
  attended: 'Attended',
  'no-show': 'No-show',
  withdrawn: 'Withdrawn',
};

/** A turf of an imported voter list (src/shared/canvass/turfs.ts). */
export const TurfRefSchema = z.object({ listId: ListIdSchema, turfId: TurfIdSchema });

/** The fields a shift's form edits, as stored. */
export const ShiftFieldsSchema = z.object({
  kind: ShiftKindSchema,
  title: trimmed('Title', LIMITS.title),
  place: trimmed('Place', LIMITS.title),
  date: DateSchema,
  start: ClockTimeSchema,
  end: ClockTimeSchema,
  county: OptionalFipsSchema,
  capacity: z
    .int('Capacity is a whole number of places')
    .min(1, 'A shift has at least 1 place')
    .max(LIMITS.shiftPlaces, `A shift has at most ${groupDigits(LIMITS.shiftPlaces)} places`),
  /**
   * The turf walked on a canvass shift, or whose call sheet a phone bank calls (its doors,
   * or its calls, are counted for the shift).
   */
  turf: TurfRefSchema.optional(),
  notes: optionalTrimmed('Notes', LIMITS.notes),
});

export type ShiftFields = z.output<typeof ShiftFieldsSchema>;

/** Minutes from midnight of a clock time ("19:30" is 1170). */
export function minutesOf(time: string): number {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
}

/** `shifts.add` / `shifts.update`: ends after it starts, the same day; a turf only for a canvass or a phone bank. */
export const ShiftInputSchema = ShiftFieldsSchema.superRefine((s, ctx) => {
  if (minutesOf(s.end) <= minutesOf(s.start))
    ctx.addIssue({ code: 'custom', path: ['end'], message: 'End after the start, the same day' });
  if (s.turf && s.kind !== 'canvass' && s.kind !== 'phone-bank')
    ctx.addIssue({
      code: 'custom',
      path: ['turf'],
      message: 'Only a canvass shift walks a turf, and only a phone bank calls a call list',
    });
});

export const SignupChangeSchema = z.object({ status: SignupStatusSchema, at: TimestampSchema });

/** One volunteer on one shift: their status now, and every change to it. */
export const SignupSchema = z.object({
  volunteerId: IdSchema,
  status: SignupStatusSchema,
  history: listOf(SignupChangeSchema, LIMITS.shortList, 'status changes'),
});
export type Signup = z.infer<typeof SignupSchema>;

export const ShiftSchema = ShiftFieldsSchema.extend({
  id: IdSchema,
  createdAt: TimestampSchema,
  /** Everyone who ever signed up, withdrawn included (they keep their history). */
  signups: listOf(SignupSchema, LIMITS.list, 'sign-ups'),
});
export type Shift = z.infer<typeof ShiftSchema>;

/** When the shift starts and ends, as instants in the chapter's time zone. */
export function shiftSpan(shift: Pick<Shift, 'date' | 'start' | 'end'>): { from: Date; to: Date } {
  return { from: localInstant(shift.date, shift.start), to: localInstant(shift.date, shift.end) };
}

/** The shift's length in hours (as scheduled). */
export function shiftHours(shift: Pick<Shift, 'start' | 'end'>): number {
  return Math.max(0, minutesOf(shift.end) - minutesOf(shift.start)) / 60;
}
