/**
 * What the chapter's two shared documents hold (see docs in SYNC notes / README):
 *
 * field (every device): `chapter` (key `record`, written by the chapter laptop),
 *   `results` (result id → a ResultValue as a JSON string, never changed once written:
 *   a string is several times quicker for Yjs to load than the same object), `volunteers`
 *   (id → volunteer without email and phone), `shifts` (id → shift without sign-ups),
 *   `signups` (`<shiftId>/<volunteerId>` → sign-up), `published` (the signed snapshot).
 * roster (officer devices): `members` (id → member as first created), `memberEvents`
 *   (array of MemberEvent), `resolutions` (conflict key → chosen event id),
 *   `volunteerContacts` (volunteer id → { email, phone }).
 *
 * Every record but a result and an event is kept with the device that last wrote it.
 * Values are plain JSON (what Yjs stores); they are validated when the view is rebuilt.
 */
import { z } from 'zod';
import { ResultEntrySchema, type ResultEntry } from '../canvass/results';
import { IdSchema, boundedText } from '../schema/common';
import type { Member } from '../schema/member';
import { LIMITS } from '../limits';
import type { Volunteer } from '../volunteers/schema';
import type { Shift, Signup } from '../volunteers/shifts';

export const FIELD = {
  chapter: 'chapter',
  results: 'results',
  volunteers: 'volunteers',
  shifts: 'shifts',
  signups: 'signups',
} as const;
export const ROSTER = {
  members: 'members',
  memberEvents: 'memberEvents',
  resolutions: 'resolutions',
  volunteerContacts: 'volunteerContacts',
} as const;
/** The key of the chapter record in the field document's `chapter` map. */
export const CHAPTER_KEY = 'record';

/** A canvass or call result as shared: the entry, and which state's lists it belongs to. */
const ResultValueSchema = z.object({
  state: boundedText('The state', LIMITS.name).min(1),
  listId: IdSchema,
  device: IdSchema,
  entry: ResultEntrySchema,
});
export type ResultValue = z.infer<typeof ResultValueSchema>;

/** A record with the device that last wrote it (its own schema checks `record`). */
export const Attributed = z.object({ device: IdSchema, record: z.unknown() });
export type AttributedValue<T> = { device: string; record: T };

export const ContactSchema = z.object({
  email: z.string().max(LIMITS.title).optional(),
  phone: z.string().max(LIMITS.name).optional(),
});

export function signupKey(shiftId: string, volunteerId: string): string {
  return `${shiftId}/${volunteerId}`;
}

/** The shift id of a sign-up key. */
export function shiftOfSignupKey(key: string): string {
  return key.slice(0, key.indexOf('/'));
}

/** A volunteer split into what every device sees and the contact details officers see. */
export function splitVolunteer(v: Volunteer): {
  record: Omit<Volunteer, 'email' | 'phone'>;
  contact: { email?: string; phone?: string } | null;
} {
  const { email, phone, ...record } = v;
  const contact = { ...(email ? { email } : {}), ...(phone ? { phone } : {}) };
  return { record: jsonOf(record), contact: email || phone ? contact : null };
}

/** A shift without its sign-ups, and the sign-ups by key. */
export function splitShift(shift: Shift): {
  record: Omit<Shift, 'signups'>;
  signups: [string, Signup][];
} {
  const { signups, ...record } = shift;
  return {
    record: jsonOf(record),
    signups: signups.map((s) => [signupKey(shift.id, s.volunteerId), jsonOf(s)]),
  };
}

/** A result as the field document's `results` map stores it (a JSON string). */
export function resultValue(
  state: string,
  listId: string,
  device: string,
  entry: ResultEntry,
): string {
  return JSON.stringify({ state, listId, device, entry } satisfies ResultValue);
}

/** A stored result read back and validated. */
export function readResultValue(raw: unknown): z.ZodSafeParseResult<ResultValue> {
  let json: unknown = raw;
  if (typeof raw === 'string') {
    try {
      json = JSON.parse(raw);
    } catch {
      json = undefined;
    }
  }
  return ResultValueSchema.safeParse(json);
}

/** A member as first created, as the roster stores it. */
export function memberBase(m: Member): Member {
  return jsonOf(m);
}

/** The value as plain JSON (undefined fields dropped), as a Yjs map stores it. */
export function jsonOf<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
