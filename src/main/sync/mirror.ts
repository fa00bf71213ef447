/**
 * The local mirror: what this laptop writes (members, volunteers, shifts and sign-ups, the
 * chapter record on the chapter laptop; canvass and call results) becomes changes to the
 * shared documents. Member edits become field events; a member first seen is stored as it
 * was created. Only what changed is written, so mirroring the view the documents made
 * writes nothing.
 */
import { randomUUID } from 'node:crypto';
import type * as Y from 'yjs';
import type { ResultEntry } from '../../shared/canvass/results';
import type { StoreData } from '../../shared/schema/store';
import {
  CHAPTER_KEY,
  FIELD,
  jsonOf,
  memberBase,
  resultValue,
  ROSTER,
  splitShift,
  splitVolunteer,
  type AttributedValue,
} from '../../shared/sync/layout';
import { canonicalJson, eventsForEdit } from '../../shared/sync/memberEvents';
import type { DeviceRole } from '../../shared/sync/protocol';

export interface MirrorTarget {
  field: Y.Doc;
  roster: Y.Doc | null;
  device: string;
  role: DeviceRole;
  clock: () => Date;
}

/** The origin of the mirror's transactions. */
export const LOCAL = Symbol('local write');

function setIfChanged(map: Y.Map<unknown>, key: string, value: unknown): void {
  const old = map.get(key);
  if (old === undefined || canonicalJson(old) !== canonicalJson(value)) map.set(key, value);
}

/** Sets an attributed record unless the record held is the same (whoever wrote it). */
function setRecord(map: Y.Map<unknown>, key: string, device: string, record: unknown): void {
  const old = map.get(key) as AttributedValue<unknown> | undefined;
  if (old && canonicalJson(old.record) === canonicalJson(record)) return;
  map.set(key, { device, record });
}

/**
 * Mirrors a commit from `prev` to `next`; with `prev` null (seeding) only records the
 * documents lack are added, and existing members get no events.
 */
export function mirrorCommit(t: MirrorTarget, prev: StoreData | null, next: StoreData): void {
  t.field.transact(() => {
    if (t.role === 'chapter' && next.chapter && next.chapter !== prev?.chapter)
      setRecord(t.field.getMap(FIELD.chapter), CHAPTER_KEY, t.device, jsonOf(next.chapter));
    const before = new Map(prev?.volunteers.map((v) => [v.id, v]));
    const volunteers = t.field.getMap(FIELD.volunteers);
    const contacts = t.roster?.getMap(ROSTER.volunteerContacts);
    for (const v of next.volunteers) {
      if (before.get(v.id) === v || (!prev && volunteers.has(v.id))) continue;
      const { record, contact } = splitVolunteer(v);
      setRecord(volunteers, v.id, t.device, record);
      if (contacts && contact) setIfChanged(contacts, v.id, contact);
      else if (contacts?.has(v.id) && !contact) contacts.delete(v.id);
    }
    const shiftsBefore = new Map(prev?.shifts.map((s) => [s.id, s]));
    const shifts = t.field.getMap(FIELD.shifts);
    const signups = t.field.getMap(FIELD.signups);
    for (const s of next.shifts) {
      if (shiftsBefore.get(s.id) === s || (!prev && shifts.has(s.id))) continue;
      const split = splitShift(s);
      setRecord(shifts, s.id, t.device, split.record);
      for (const [key, signup] of split.signups) setRecord(signups, key, t.device, signup);
    }
  }, LOCAL);
  if (!t.roster) return;
  const roster = t.roster;
  roster.transact(() => {
    const members = roster.getMap(ROSTER.members);
    const events = roster.getArray(ROSTER.memberEvents);
    const before = new Map(prev?.members.map((m) => [m.id, m]));
    const at = t.clock().toISOString();
    for (const m of next.members) {
      const old = before.get(m.id);
      if (old === m) continue;
      if (!members.has(m.id)) members.set(m.id, memberBase(m));
      else if (old) events.push(eventsForEdit(old, m, { device: t.device, at, newId: randomUUID }));
    }
  }, LOCAL);
}

/** Adds results appended to a local list (those the document already holds are skipped). */
export function mirrorResults(
  t: MirrorTarget,
  state: string,
  listId: string,
  entries: readonly ResultEntry[],
): void {
  const results = t.field.getMap(FIELD.results);
  t.field.transact(() => {
    for (const e of entries) {
      if (!results.has(e.id)) results.set(e.id, resultValue(state, listId, t.device, e));
    }
  }, LOCAL);
}

/** Resolves a member conflict: every laptop then shows the chosen event's value. */
export function resolveConflict(roster: Y.Doc, key: string, eventId: string): void {
  roster.transact(() => roster.getMap(ROSTER.resolutions).set(key, eventId), LOCAL);
}
