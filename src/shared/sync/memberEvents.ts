/**
 * Member edits as field events, so that two laptops editing one member lose nothing.
 *
 * Each edit of a member records, per changed field, an event: the field, the new value, the
 * value it replaced (`previous`), the device and the time. A member as shown is the record
 * as first created with every event applied in (at, device, id) order — the same order on
 * every laptop, whatever order the events arrived in.
 *
 * Two events on the same member and field made from the same previous value with different
 * values were made without seeing each other: a **conflict**. It is listed for an officer
 * to choose until a resolution (conflict key → the chosen event's id) is recorded; meanwhile
 * the later event shows. Once resolved, every event of the group applies the chosen value.
 */
import { z } from 'zod';
import { LIMITS } from '../limits';
import { IdSchema, TimestampSchema } from '../schema/common';
import type { Member } from '../schema/member';

export const MEMBER_FIELDS = [
  'name',
  'county',
  'email',
  'phone',
  'roles',
  'joined',
  'active',
  'deactivation',
  'history',
  'voterId',
] as const satisfies readonly (keyof Member)[];
export const MemberFieldSchema = z.enum(MEMBER_FIELDS);
export type MemberField = z.infer<typeof MemberFieldSchema>;

/** JSON as stored in the document; `null` stands for a field left unset. */
const JsonValueSchema = z.json();

export const MemberEventSchema = z.object({
  id: IdSchema,
  memberId: IdSchema,
  field: MemberFieldSchema,
  value: JsonValueSchema,
  previous: JsonValueSchema,
  device: IdSchema,
  at: TimestampSchema,
});
export type MemberEvent = z.infer<typeof MemberEventSchema>;

export interface MemberConflict {
  /** The key a resolution is recorded under. */
  key: string;
  memberId: string;
  field: MemberField;
  previous: unknown;
  /** The competing events, in order: the last one shows until an officer chooses. */
  events: MemberEvent[];
}

/** JSON with object keys sorted, so equal values compare equal. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** FNV-1a over the text, as 13 hex digits (keys stay short whatever the value). */
function digest(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = BigInt.asUintN(64, h * 0x100000001b3n);
  }
  return h.toString(16).padStart(16, '0');
}

/** Where a resolution of the events on this member, field and previous value is kept. */
export function conflictKey(e: Pick<MemberEvent, 'memberId' | 'field' | 'previous'>): string {
  const key = `${e.memberId}/${e.field}/${digest(canonicalJson(e.previous))}`;
  return key.slice(0, LIMITS.short);
}

export function compareEvents(a: MemberEvent, b: MemberEvent): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  if (a.device !== b.device) return a.device < b.device ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function stored(value: unknown): z.infer<typeof JsonValueSchema> {
  return value === undefined ? null : (JSON.parse(canonicalJson(value)) as MemberEvent['value']);
}

/** The events an edit from `before` to `after` makes (one per changed field). */
export function eventsForEdit(
  before: Member,
  after: Member,
  made: { device: string; at: string; newId: () => string },
): MemberEvent[] {
  return MEMBER_FIELDS.filter((f) => canonicalJson(before[f]) !== canonicalJson(after[f])).map(
    (field) => ({
      id: made.newId(),
      memberId: after.id,
      field,
      value: stored(after[field]),
      previous: stored(before[field]),
      device: made.device,
      at: made.at,
    }),
  );
}

/** The member record a member's base and events make (not yet validated), and its conflicts. */
export function foldMember(
  base: Readonly<Record<string, unknown>>,
  events: readonly MemberEvent[],
  resolutions: ReadonlyMap<string, string>,
): { record: Record<string, unknown>; conflicts: MemberConflict[] } {
  const ordered = [...new Map(events.map((e) => [e.id, e])).values()].sort(compareEvents);
  const groups = new Map<string, MemberEvent[]>();
  for (const e of ordered) {
    const key = conflictKey(e);
    const group = groups.get(key);
    if (group) group.push(e);
    else groups.set(key, [e]);
  }
  const chosen = new Map<string, MemberEvent>();
  const conflicts: MemberConflict[] = [];
  for (const [key, group] of groups) {
    if (new Set(group.map((e) => canonicalJson(e.value))).size < 2) continue;
    const pick = group.find((e) => e.id === resolutions.get(key));
    if (pick) chosen.set(key, pick);
    else {
      const [first] = group as [MemberEvent];
      conflicts.push({
        key,
        memberId: first.memberId,
        field: first.field,
        previous: first.previous,
        events: group,
      });
    }
  }
  const record: Record<string, unknown> = { ...base };
  for (const e of ordered) {
    const value = (chosen.get(conflictKey(e)) ?? e).value;
    if (value === null) delete record[e.field];
    else record[e.field] = value;
  }
  return { record, conflicts };
}
