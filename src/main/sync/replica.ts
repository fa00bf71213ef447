/**
 * This laptop's copy of the chapter's shared documents (Yjs): `field` (every device) and
 * `roster` (officer devices), each kept on disk by a DocLog in `<dataDir>/sync/`.
 *
 * Every update reaches the log before anyone hears of it: a peer's update is applied,
 * appended and fsynced before applyRemote resolves; a local change (the mirror writing
 * into a doc) is appended as it happens and `flush()` waits for it. Listeners (the
 * transports) get each update once it is on disk, in order.
 */
import { join } from 'node:path';
import * as Y from 'yjs';
import type { MemberConflict } from '../../shared/sync/memberEvents';
import { FIELD, ROSTER } from '../../shared/sync/layout';
import type { DeviceRole, DocName } from '../../shared/sync/protocol';
import type { DeviceRights, SetAside } from '../../shared/sync/view';
import { VoterStore } from '../services/voters/store';
import type { Session } from '../session';
import { DocLog, type LogDamage } from './docLog';
import { mirrorCommit, mirrorResults, resolveConflict, type MirrorTarget } from './mirror';
import { Rebuilder, SYNC, writable } from './rebuild';

type Listener = (update: Uint8Array, origin: unknown) => void;

/** The origin of a transaction that applies a peer's update (what the caller passed is inside). */
class RemoteOrigin {
  /** Whether applying it changed the document (else nobody is told of it). */
  changed = false;
  constructor(readonly origin: unknown) {}
}
const LOADING = Symbol('loading from disk');

interface Held {
  doc: Y.Doc;
  log: DocLog;
  listeners: Set<Listener>;
}

export interface ReplicaOptions {
  dataDir: string;
  session: Session;
  deviceId: string;
  docs: DocName[];
  /** This device's role (default 'chapter': the chapter laptop publishes the chapter record). */
  role?: DeviceRole;
  /** What is known of the device that wrote a record (role, revocation); checked at rebuild. */
  rights?: (deviceId: string) => DeviceRights | undefined;
}

/** What a rebuild still has to do. */
interface Pending {
  view: boolean;
  /** Result ids to apply to local lists; null: all of them. */
  results: Set<string> | null;
}

export class Replica {
  /** Local appends under way; flush() waits for them. */
  private writes = new Set<Promise<void>>();
  private failure: Error | null = null;
  private readonly rebuilder: Rebuilder;
  private readonly target: MirrorTarget;
  private readonly unhook: (() => void)[] = [];
  private pending: Pending = { view: false, results: new Set() };
  private rebuilding: Promise<void> = Promise.resolve();
  /** The last rebuild's failure (e.g. the chapter file is damaged), shown as status. */
  rebuildError: string | null = null;

  private constructor(
    readonly dir: string,
    readonly session: Session,
    readonly deviceId: string,
    private readonly held: Map<DocName, Held>,
    opts: ReplicaOptions,
  ) {
    const field = this.get('field').doc;
    const roster = held.get('roster')?.doc ?? null;
    const role = opts.role ?? 'chapter';
    this.target = { field, roster, device: deviceId, role, clock: session.clock };
    const rights = opts.rights ?? (() => undefined);
    this.rebuilder = new Rebuilder({ dir, session, field, roster, role, rights });
    for (const [name, h] of held) {
      // No 'update' listener: Yjs would encode every remote transaction for it again.
      h.doc.on('afterTransaction', (tr: Y.Transaction) => this.afterTransaction(name, tr));
    }
    this.unhook.push(
      session.onCommit((prev, next, origin) => {
        if (origin !== SYNC) mirrorCommit(this.target, prev, next);
      }),
      VoterStore.onChange((change) => {
        if (change.dataDir !== session.dataDir) return;
        if (change.kind === 'meta') {
          // A list imported (or re-imported) takes the results the documents hold for it.
          if (this.rebuilder.isNew(change.meta)) {
            this.pending.results = null;
            void this.rebuild();
          }
          return;
        }
        const { listId, entries } = change;
        this.rebuilder.noteLocal(listId, entries);
        this.track(
          new VoterStore(change.dataDir)
            .readMeta(listId)
            .then((meta) => meta && mirrorResults(this.target, meta.state, listId, entries)),
        );
      }),
    );
  }

  /**
   * Opens (compacting) the docs in <dataDir>/sync — the docs this device's role may hold —
   * adds what the chapter file holds and the docs lack (seeding them the first time), and
   * rebuilds the view from them.
   */
  static async open(opts: ReplicaOptions): Promise<Replica> {
    const dir = join(opts.dataDir, 'sync');
    const held = new Map<DocName, Held>();
    for (const name of new Set<DocName>(['field', ...opts.docs])) {
      const doc = new Y.Doc();
      // Typed before anything is read: a type first met in an update would be replaced later.
      defineTypes(doc, name);
      const log = await DocLog.open(dir, name, doc, LOADING, opts.session.clock);
      held.set(name, { doc, log, listeners: new Set() });
    }
    const replica = new Replica(dir, opts.session, opts.deviceId, held, opts);
    await replica.rebuilder.load();
    await replica.seed();
    replica.pending = { view: true, results: null };
    await replica.rebuild();
    return replica;
  }

  /** Adds to the docs what the chapter file and the voter lists hold and the docs lack. */
  private async seed(): Promise<void> {
    if (!writable(this.session)) return;
    mirrorCommit(this.target, null, this.session.current().data);
    const voters = new VoterStore(this.session.dataDir);
    for (const id of await voters.listIds()) {
      const meta = await voters.readMeta(id).catch(() => null);
      if (meta) mirrorResults(this.target, meta.state, id, (await voters.readResults(id)).entries);
    }
    await this.flush();
  }

  private get(name: DocName): Held {
    const h = this.held.get(name);
    if (!h) throw new Error(`This device does not hold the ${name} document.`);
    return h;
  }

  has(name: DocName): boolean {
    return this.held.has(name);
  }

  doc(name: DocName): Y.Doc {
    return this.get(name).doc;
  }

  /** What open found damaged and skipped, per document. */
  damage(): LogDamage[] {
    return [...this.held.values()].flatMap((h) => h.log.damage);
  }

  /** Applies a peer's update: appended to the log and fsynced before it resolves. */
  async applyRemote(name: DocName, update: Uint8Array, origin: unknown): Promise<void> {
    const h = this.get(name);
    const remote = new RemoteOrigin(origin);
    // Applied first: a malformed update throws here and never reaches the log.
    Y.applyUpdate(h.doc, update, remote);
    await h.log.append(update);
    // Passed on as it came (parts already known are harmless: updates are idempotent).
    if (remote.changed) this.tell(h, update, origin);
    await this.rebuild();
  }

  /** Member fields edited on two laptops from the same value, waiting for an officer. */
  conflicts(): MemberConflict[] {
    return this.rebuilder.conflicts;
  }

  /** Records the remote (or invalid) records not written to the view, and why. */
  setAside(): SetAside[] {
    return this.rebuilder.setAside;
  }

  /** An officer's choice for a conflict: recorded in the roster, then the view rebuilt. */
  async resolveConflict(key: string, eventId: string): Promise<void> {
    const conflict = this.conflicts().find((c) => c.key === key);
    if (!conflict?.events.some((e) => e.id === eventId))
      throw new Error('That conflict or choice is no longer there.');
    resolveConflict(this.get('roster').doc, key, eventId);
    await this.flush();
    this.pending.view = true;
    await this.rebuild();
  }

  /** Notes what a peer's transaction changed, for the next rebuild. */
  private noteRemote(doc: Y.Doc, tr: Y.Transaction): void {
    const results = doc.getMap(FIELD.results);
    for (const [type, keys] of tr.changed) {
      if (doc === this.target.field && (type as unknown) === results) {
        for (const k of keys) if (k !== null) this.pending.results?.add(k);
      } else this.pending.view = true;
    }
  }

  /** Runs what is pending, after any rebuild under way; failures are kept as status. */
  private rebuild(): Promise<void> {
    this.rebuilding = this.rebuilding.then(async () => {
      const { view, results } = this.pending;
      this.pending = { view: false, results: new Set() };
      try {
        if (view) await this.rebuilder.view();
        if (results === null || results.size > 0) await this.rebuilder.results(results);
        this.rebuildError = null;
      } catch (error) {
        this.rebuildError = error instanceof Error ? error.message : String(error);
      }
    });
    return this.rebuilding;
  }

  /** Every update (local or remote) once persisted. Returns unsubscribe. */
  onUpdate(name: DocName, listener: Listener): () => void {
    const { listeners } = this.get(name);
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  stateVector(name: DocName): Uint8Array {
    return Y.encodeStateVector(this.get(name).doc);
  }

  encodeState(name: DocName, since?: Uint8Array): Uint8Array {
    return Y.encodeStateAsUpdate(this.get(name).doc, since);
  }

  /** Resolves once every local change made so far is on disk (rejects if one failed). */
  async flush(): Promise<void> {
    while (this.writes.size > 0) await Promise.allSettled([...this.writes]);
    if (this.failure) {
      const failure = this.failure;
      this.failure = null;
      throw failure;
    }
  }

  async close(): Promise<void> {
    for (const off of this.unhook.splice(0)) off();
    await this.rebuilding;
    await this.flush().catch(() => undefined);
    for (const h of this.held.values()) {
      await h.log.close();
      h.doc.destroy();
    }
  }

  /**
   * After each transaction: a peer's is noted for the rebuild; a local one (the mirror's)
   * is encoded — what it added, with the delete set — appended to the log, and told.
   */
  private afterTransaction(name: DocName, tr: Y.Transaction): void {
    if (tr.origin === LOADING) return;
    const changed = tr.deleteSet.clients.size > 0 || !sameState(tr.beforeState, tr.afterState);
    if (tr.origin instanceof RemoteOrigin) {
      if (changed) tr.origin.changed = true;
      this.noteRemote(tr.doc, tr);
      return;
    }
    if (!changed) return;
    const h = this.get(name);
    const update = Y.encodeStateAsUpdate(tr.doc, Y.encodeStateVector(tr.beforeState));
    this.track(h.log.append(update).then(() => this.tell(h, update, tr.origin)));
  }

  /** A local write under way: flush() waits for it and reports its failure. */
  private track(write: Promise<unknown>): void {
    const done = write.then(
      () => undefined,
      (error: unknown) => {
        this.failure = error instanceof Error ? error : new Error(String(error));
      },
    );
    this.writes.add(done);
    void done.finally(() => this.writes.delete(done));
  }

  private tell(h: Held, update: Uint8Array, origin: unknown): void {
    for (const listener of h.listeners) listener(update, origin);
  }
}

function defineTypes(doc: Y.Doc, name: DocName): void {
  if (name === 'field') {
    for (const map of [...Object.values(FIELD), 'published']) doc.getMap(map);
    return;
  }
  for (const map of [ROSTER.members, ROSTER.resolutions, ROSTER.volunteerContacts]) doc.getMap(map);
  doc.getArray(ROSTER.memberEvents);
}

function sameState(a: Map<number, number>, b: Map<number, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [client, clock] of a) if (b.get(client) !== clock) return false;
  return true;
}
