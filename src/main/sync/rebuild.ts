/**
 * The view rebuilt from the shared documents: members, volunteers, shifts and the chapter
 * record written through ChapterStore.update (validated there again), results appended
 * through VoterStore.appendResults to each local list of the same state that holds the
 * voter (or, for a door-level result, the door), once per result id. Records set aside
 * (invalid, or not the device's to write) are kept in `<dataDir>/sync/set-aside.json`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type * as Y from 'yjs';
import type { ResultEntry } from '../../shared/canvass/results';
import type { StoreData } from '../../shared/schema/store';
import { canonicalJson, type MemberConflict } from '../../shared/sync/memberEvents';
import { CHAPTER_KEY, FIELD, readResultValue, ROSTER } from '../../shared/sync/layout';
import {
  mergeById,
  rebuildView,
  SetAsideSchema,
  type DeviceRights,
  type SetAside,
} from '../../shared/sync/view';
import type { DeviceRole } from '../../shared/sync/protocol';
import type { Session } from '../session';
import { writeFileDurable } from '../store/durable';
import { VoterStore } from '../services/voters/store';

/** The origin of the rebuild's writes: the mirror leaves them alone. */
export const SYNC = Symbol('sync rebuild');
const SET_ASIDE_FILE = 'set-aside.json';

export interface RebuildSource {
  dir: string;
  session: Session;
  field: Y.Doc;
  roster: Y.Doc | null;
  role: DeviceRole;
  rights: (device: string) => DeviceRights | undefined;
}

/** A local list as results are matched against it. */
interface ListIndex {
  votersFile: string;
  state: string;
  voters: Map<string, string>;
  doors: Set<string>;
  ids: Set<string>;
}

export class Rebuilder {
  private lists = new Map<string, ListIndex>();
  private resultsAside = new Map<string, SetAside>();
  private viewAside: SetAside[] = [];
  /** A list got new voters since the last match: every result is matched again. */
  private newVoters = false;
  conflicts: MemberConflict[] = [];

  constructor(private readonly src: RebuildSource) {}

  get setAside(): SetAside[] {
    return [...this.viewAside, ...this.resultsAside.values()];
  }

  /** Reads what was set aside before (results stay listed until the file is cleared). */
  async load(): Promise<void> {
    const json = await readFile(join(this.src.dir, SET_ASIDE_FILE), 'utf8').catch(() => '[]');
    const parsed = SetAsideSchema.array().safeParse(JSON.parse(json));
    for (const s of parsed.success ? parsed.data : [])
      if (s.key.startsWith(`${FIELD.results}/`)) this.resultsAside.set(s.key, s);
  }

  /** Rebuilds members, volunteers, shifts and the chapter record. */
  async view(): Promise<void> {
    const { field, roster, session } = this.src;
    const map = (doc: Y.Doc, name: string) => doc.getMap(name).toJSON() as Record<string, unknown>;
    const view = rebuildView(
      {
        chapter: field.getMap(FIELD.chapter).get(CHAPTER_KEY),
        volunteers: map(field, FIELD.volunteers),
        shifts: map(field, FIELD.shifts),
        signups: map(field, FIELD.signups),
        roster: roster && {
          members: map(roster, ROSTER.members),
          memberEvents: roster.getArray(ROSTER.memberEvents).toJSON(),
          resolutions: map(roster, ROSTER.resolutions),
          volunteerContacts: map(roster, ROSTER.volunteerContacts),
        },
      },
      this.src.rights,
    );
    this.conflicts = view.conflicts;
    const before = canonicalJson(this.viewAside);
    this.viewAside = view.setAside;
    if (canonicalJson(this.viewAside) !== before) await this.saveSetAside();
    if (!writable(session)) return;
    const store = session.current();
    const merged = (d: StoreData): StoreData => ({
      ...d,
      chapter: this.src.role !== 'chapter' && view.chapter ? view.chapter : d.chapter,
      members: view.members ? mergeById(d.members, view.members) : d.members,
      volunteers: mergeById(d.volunteers, view.volunteers),
      shifts: mergeById(d.shifts, view.shifts),
    });
    if (differs(store.data, merged(store.data))) {
      await store.update((d) => ({ data: differs(d, merged(d)) ? merged(d) : d }), SYNC);
    }
  }

  /**
   * Appends the document's results with these ids (all when null) to every local list of
   * their state that holds their voter or door, unless the list has them already.
   */
  async results(ids: Iterable<string> | null): Promise<void> {
    const { session, field } = this.src;
    if (!writable(session)) return;
    const voters = new VoterStore(session.dataDir);
    const lists = await this.indexLists(voters);
    if (lists.length === 0) return;
    const map = field.getMap(FIELD.results);
    const adds = new Map<string, ResultEntry[]>();
    let asideChanged = false;
    // A result some list holds was matched before (or made here): not read again, unless a
    // list has new voters. Parsing 200,000 results at every open would cost seconds.
    const matchAll = this.newVoters;
    this.newVoters = false;
    for (const id of ids ?? map.keys()) {
      if (!matchAll && lists.some((l) => l.ids.has(id))) continue;
      const raw = map.get(id);
      if (raw === undefined) continue;
      const parsed = readResultValue(raw);
      const key = `${FIELD.results}/${id}`;
      if (!parsed.success || parsed.data.entry.id !== id) {
        this.resultsAside.set(key, {
          doc: 'field',
          key: key.slice(0, 500),
          reason: parsed.success
            ? 'The result’s id does not match its key.'
            : 'Not a valid result.',
          device: null,
          at: null,
        });
        asideChanged = true;
        continue;
      }
      const { state, entry, device } = parsed.data;
      const revokedAt = this.src.rights(device)?.revokedAt;
      if (revokedAt && entry.at > revokedAt) {
        this.resultsAside.set(key, {
          doc: 'field',
          key,
          reason: `Written by a device revoked on ${revokedAt}.`,
          device,
          at: entry.at,
        });
        asideChanged = true;
        continue;
      }
      for (const list of lists) {
        if (list.state !== state || list.ids.has(id)) continue;
        const holds = entry.voterId
          ? list.voters.has(entry.voterId)
          : list.doors.has(entry.householdKey);
        if (!holds) continue;
        list.ids.add(id);
        adds.set(list.id, [...(adds.get(list.id) ?? []), entry]);
      }
    }
    for (const [listId, entries] of adds) await voters.appendResults(listId, entries);
    if (asideChanged) await this.saveSetAside();
  }

  private async indexLists(voters: VoterStore): Promise<(ListIndex & { id: string })[]> {
    const out: (ListIndex & { id: string })[] = [];
    for (const id of await voters.listIds()) {
      const meta = await voters.readMeta(id).catch(() => null);
      if (!meta) continue;
      let index = this.lists.get(id);
      if (index?.votersFile !== meta.votersFile) {
        const keys = await voters.readVoterKeys(meta.votersFile);
        const { entries } = await voters.readResults(id);
        index = {
          votersFile: meta.votersFile,
          state: meta.state,
          voters: keys,
          doors: new Set(keys.values()),
          ids: new Set(entries.map((e) => e.id)),
        };
        this.lists.set(id, index);
      }
      out.push({ ...index, id });
    }
    return out;
  }

  /** Whether the list's voters are not those indexed (a new import): its results need matching. */
  isNew(meta: { id: string; votersFile: string }): boolean {
    const isNew = this.lists.get(meta.id)?.votersFile !== meta.votersFile;
    if (isNew) this.newVoters = true;
    return isNew;
  }

  /** A result appended locally: its list counts it as held. */
  noteLocal(listId: string, entries: readonly ResultEntry[]): void {
    const index = this.lists.get(listId);
    for (const e of entries) index?.ids.add(e.id);
  }

  private async saveSetAside(): Promise<void> {
    await writeFileDurable(
      join(this.src.dir, SET_ASIDE_FILE),
      JSON.stringify(this.setAside, null, 1),
    );
  }
}

function differs(a: StoreData, b: StoreData): boolean {
  return (['chapter', 'members', 'volunteers', 'shifts'] as const).some(
    (k) => canonicalJson(a[k]) !== canonicalJson(b[k]),
  );
}

/** The real chapter is open and usable (the sample never syncs; a recovery screen waits). */
export function writable(session: Session): boolean {
  const status = session.status();
  return (
    session.mode === 'real' &&
    !status.readOnly &&
    (status.state === 'ready' || status.state === 'first-run')
  );
}
