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
import type { Session } from '../session';
import { DocLog, type LogDamage } from './docLog';

export type DocName = 'field' | 'roster';

type Listener = (update: Uint8Array, origin: unknown) => void;

/** The origin of a transaction that applies a peer's update (what the caller passed is inside). */
class RemoteOrigin {
  readonly emitted: Uint8Array[] = [];
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
}

export class Replica {
  /** Local appends under way; flush() waits for them. */
  private writes = new Set<Promise<void>>();
  private failure: Error | null = null;

  private constructor(
    readonly dir: string,
    readonly session: Session,
    readonly deviceId: string,
    private readonly held: Map<DocName, Held>,
  ) {
    for (const [name, h] of held)
      h.doc.on('update', (u: Uint8Array, o: unknown) => this.onDocUpdate(name, u, o));
  }

  /** Opens (compacting) the docs in <dataDir>/sync; the docs this device's role may hold. */
  static async open(opts: ReplicaOptions): Promise<Replica> {
    const dir = join(opts.dataDir, 'sync');
    const held = new Map<DocName, Held>();
    for (const name of new Set(opts.docs)) {
      const doc = new Y.Doc();
      const log = await DocLog.open(dir, name, doc, LOADING, opts.session.clock);
      held.set(name, { doc, log, listeners: new Set() });
    }
    return new Replica(dir, opts.session, opts.deviceId, held);
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
    for (const u of remote.emitted) this.tell(h, u, origin);
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
    await this.flush().catch(() => undefined);
    for (const h of this.held.values()) {
      await h.log.close();
      h.doc.destroy();
    }
  }

  private onDocUpdate(name: DocName, update: Uint8Array, origin: unknown): void {
    if (origin === LOADING) return;
    if (origin instanceof RemoteOrigin) {
      origin.emitted.push(update);
      return;
    }
    const h = this.get(name);
    const write = h.log.append(update).then(
      () => this.tell(h, update, origin),
      (error: unknown) => {
        this.failure = error instanceof Error ? error : new Error(String(error));
      },
    );
    this.writes.add(write);
    void write.finally(() => this.writes.delete(write));
  }

  private tell(h: Held, update: Uint8Array, origin: unknown): void {
    for (const listener of h.listeners) listener(update, origin);
  }
}
