/**
 * The app's view rebuilt from the shared documents (as plain JSON): members from their base
 * records and field events, volunteers with their contact details (officer devices), shifts
 * with their sign-ups, the chapter record. Every record is validated by its schema; one that
 * fails, or that its device had no right to write, is set aside with the reason and not
 * used (the view keeps what it had for that id).
 *
 * Write rights, checked again here: only officer (or chapter laptop) devices change roles;
 * a revoked device's records dated after its revocation are set aside (what it wrote
 * before stays, attributed to it).
 */
import { z } from 'zod';
import { formatIssues } from '../errors';
import { LIMITS } from '../limits';
import { ChapterSchema, type Chapter } from '../schema/chapter';
import { boundedText, IdSchema, TimestampSchema } from '../schema/common';
import { MemberSchema, type Member } from '../schema/member';
import { VolunteerSchema, type Volunteer } from '../volunteers/schema';
import { ShiftSchema, SignupSchema, type Shift, type Signup } from '../volunteers/shifts';
import { Attributed, ContactSchema, shiftOfSignupKey } from './layout';
import type { DeviceRole } from './protocol';
import {
  foldMember,
  MemberEventSchema,
  type MemberConflict,
  type MemberEvent,
} from './memberEvents';

/** What is known of a device that wrote into the documents. */
export interface DeviceRights {
  role: DeviceRole;
  revokedAt: string | null;
}

export const SetAsideSchema = z.object({
  doc: z.enum(['field', 'roster']),
  /** The map and key (or array index) the record is kept under. */
  key: boundedText('The key', LIMITS.short),
  reason: boundedText('The reason', LIMITS.notes),
  device: IdSchema.nullable(),
  at: TimestampSchema.nullable(),
});
export type SetAside = z.infer<typeof SetAsideSchema>;

export interface DocsJson {
  chapter?: unknown;
  volunteers: Record<string, unknown>;
  shifts: Record<string, unknown>;
  signups: Record<string, unknown>;
  /** Absent on devices that do not hold the roster. */
  roster: {
    members: Record<string, unknown>;
    memberEvents: unknown[];
    resolutions: Record<string, unknown>;
    volunteerContacts: Record<string, unknown>;
  } | null;
}

export interface RebuiltView {
  chapter: Chapter | null;
  /** Null when this device does not hold the roster (members left as they are). */
  members: Member[] | null;
  volunteers: Volunteer[];
  shifts: Shift[];
  conflicts: MemberConflict[];
  setAside: SetAside[];
}

type Rights = (device: string) => DeviceRights | undefined;

function problems(error: z.ZodError): string {
  return formatIssues(error.issues).join('; ').slice(0, LIMITS.notes);
}

/** Why the device may not have written this (at `at`), or null. */
function refusal(rights: Rights, device: string, at: string | null): string | null {
  const known = rights(device);
  if (known?.revokedAt && (at === null || at > known.revokedAt))
    return `Written by a device revoked on ${known.revokedAt}.`;
  return null;
}

export function rebuildView(docs: DocsJson, rights: Rights): RebuiltView {
  const setAside: SetAside[] = [];
  const aside = (
    doc: SetAside['doc'],
    key: string,
    reason: string,
    device: string | null,
    at: string | null,
  ) =>
    setAside.push({
      doc,
      key: key.slice(0, LIMITS.short),
      reason: reason.slice(0, LIMITS.notes),
      device,
      at,
    });

  /** Each attributed record of a map that parses and that its device could write. */
  function records<T>(
    doc: SetAside['doc'],
    map: string,
    entries: Record<string, unknown>,
    parse: (id: string, record: unknown) => z.ZodSafeParseResult<T>,
    stamp: (t: T) => string | null,
  ): [string, T][] {
    const out: [string, T][] = [];
    for (const [id, value] of Object.entries(entries)) {
      const key = `${map}/${id}`;
      const wrapped = Attributed.safeParse(value);
      if (!wrapped.success) {
        aside(doc, key, `Not a record: ${problems(wrapped.error)}`, null, null);
        continue;
      }
      const { device, record } = wrapped.data;
      const parsed = parse(id, record);
      if (!parsed.success) {
        aside(doc, key, problems(parsed.error), device, null);
        continue;
      }
      const why = refusal(rights, device, stamp(parsed.data));
      if (why) aside(doc, key, why, device, stamp(parsed.data));
      else out.push([id, parsed.data]);
    }
    return out;
  }

  const chapterRecord =
    docs.chapter === undefined
      ? []
      : records(
          'field',
          'chapter',
          { record: docs.chapter },
          (_, r) => ChapterSchema.safeParse(r),
          () => null,
        );
  const contacts = docs.roster?.volunteerContacts ?? {};
  const volunteers = records(
    'field',
    'volunteers',
    docs.volunteers,
    (id, r) => VolunteerSchema.safeParse({ ...(r as object), ...contactOf(contacts[id]), id }),
    (v) => v.addedAt,
  ).map(([, v]) => v);

  const signups = new Map<string, Signup[]>();
  for (const [key, s] of records(
    'field',
    'signups',
    docs.signups,
    (_, r) => SignupSchema.safeParse(r),
    (s) => s.history.at(-1)?.at ?? null,
  )) {
    const shiftId = shiftOfSignupKey(key);
    signups.set(shiftId, [...(signups.get(shiftId) ?? []), s]);
  }
  const shifts = records(
    'field',
    'shifts',
    docs.shifts,
    (id, r) => ShiftSchema.safeParse({ ...(r as object), id, signups: signups.get(id) ?? [] }),
    (s) => s.createdAt,
  ).map(([, s]) => s);

  let members: Member[] | null = null;
  const conflicts: MemberConflict[] = [];
  if (docs.roster) {
    const byMember = new Map<string, MemberEvent[]>();
    docs.roster.memberEvents.forEach((raw, i) => {
      const parsed = MemberEventSchema.safeParse(raw);
      if (!parsed.success)
        return aside('roster', `memberEvents/${i}`, problems(parsed.error), null, null);
      const e = parsed.data;
      const why =
        e.field === 'roles' &&
        rights(e.device) &&
        !['officer', 'chapter'].includes(rights(e.device)?.role ?? '')
          ? 'Only officer devices change roles.'
          : refusal(rights, e.device, e.at);
      if (why) return aside('roster', `memberEvents/${e.id}`, why, e.device, e.at);
      byMember.set(e.memberId, [...(byMember.get(e.memberId) ?? []), e]);
    });
    const resolutions = new Map(
      Object.entries(docs.roster.resolutions).filter(
        (kv): kv is [string, string] => typeof kv[1] === 'string',
      ),
    );
    members = [];
    for (const [id, base] of Object.entries(docs.roster.members)) {
      const folded = foldMember(
        typeof base === 'object' && base ? (base as Record<string, unknown>) : {},
        byMember.get(id) ?? [],
        resolutions,
      );
      conflicts.push(...folded.conflicts);
      const parsed = MemberSchema.safeParse({ ...folded.record, id });
      if (parsed.success) members.push(parsed.data);
      else aside('roster', `members/${id}`, problems(parsed.error), null, null);
    }
  }
  return {
    chapter: chapterRecord[0]?.[1] ?? null,
    members,
    volunteers,
    shifts,
    conflicts,
    setAside,
  };
}

function contactOf(value: unknown): { email?: string; phone?: string } {
  const parsed = ContactSchema.safeParse(value);
  return parsed.success ? parsed.data : {};
}

/**
 * The collection with the rebuilt records in place of the ones with the same id, in the
 * collection's order, and new ones after; a record the rebuild set aside keeps the old.
 */
export function mergeById<T extends { id: string }>(
  current: readonly T[],
  rebuilt: readonly T[],
): T[] {
  const byId = new Map(rebuilt.map((r) => [r.id, r]));
  const kept = current.map((c) => byId.get(c.id) ?? c);
  const known = new Set(current.map((c) => c.id));
  return [...kept, ...rebuilt.filter((r) => !known.has(r.id))];
}
