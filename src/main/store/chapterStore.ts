/**
 * The chapter data file: lowdb over our durable adapter. Every update is validated
 * before anything is written; a rejected update leaves both the file and memory as they
 * were. Writes are serialised so concurrent calls apply in order.
 *
 * Before each write the store checks that `chapter.json` is still the file it last read or
 * wrote (outside.ts); a file replaced meanwhile (a restore by hand, a sync client) is never
 * overwritten: it is copied to `conflicts/` and the store refuses writes until the person
 * chooses which version to keep.
 */
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import { AppError } from '../../shared/errors';
import { STORE_BUDGET_BYTES } from '../../shared/limits';
import type { StoreData } from '../../shared/schema/store';
import { APP_VERSION } from '../../shared/version';
import { createBackup, type BackupReason } from './backups';
import { writeFileDurable } from './durable';
import { inspectFile, type Damage, type Newer } from './inspect';
import { OutsideWatch, type Conflict } from './outside';
import { quarantine } from './quarantine';
import { readSeal, sealFor, sha256, writeSeal } from './seal';
import { adoptParsed, serializeStoreChunks, validateChanged } from './validate';

export const DATA_FILE = 'chapter.json';
const PERIODIC_BACKUP_MS = 10 * 60 * 1000;
/** Writes come in bursts (a meeting, an import): the seal waits until they pause. */
const SEAL_AFTER_MS = 1000;

class DurableJsonAdapter implements Adapter<StoreData> {
  constructor(
    readonly path: string,
    private readonly budgetBytes: number,
  ) {}

  async read(): Promise<StoreData | null> {
    const inspection = await inspectFile(this.path);
    if (inspection.kind === 'ok') return inspection.data;
    if (inspection.kind === 'missing') return null;
    throw new Error(inspection.detail);
  }

  async write(data: StoreData): Promise<void> {
    const chunks = serializeStoreChunks(data);
    const size = chunks.reduce((n, c) => n + c.byteLength, 0);
    // A file past the budget might never open again: refuse the change instead.
    if (size > this.budgetBytes) {
      const mib = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MiB`;
      throw new AppError(
        'too-large',
        `This change would make the chapter file ${mib(size)}, over the ${mib(this.budgetBytes)} the app can safely open again, so it was not saved. Remove what is not needed (old voter files, long texts) and try again.`,
      );
    }
    await writeFileDurable(this.path, chunks);
  }
}

export interface StoreOptions {
  /** The largest file a write may make (tests use a small one). */
  budgetBytes?: number;
}

/** A backup holding the bytes the store was opened from. */
interface FileCopy {
  sha256: string;
  size: number;
  name: string;
}

export type OpenResult =
  | { kind: 'ok'; store: ChapterStore; migratedFrom: number | null }
  | { kind: 'damaged'; damage: Damage; detail: string; movedTo: string }
  /** Written by a newer Chapterhouse: left in place, untouched. */
  | { kind: 'newer'; detail: string; newer: Newer }
  /** No data file, and the caller asked not to create one. */
  | { kind: 'missing' };

/**
 * Told after each update is on disk, with the data before and after and the origin the
 * update was made with (sync's rebuild passes its own, so its writes are not mirrored back).
 */
export type CommitListener = (prev: StoreData, next: StoreData, origin: unknown) => void;

export class ChapterStore {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly commitListeners = new Set<CommitListener>();
  private lastBackup: number;
  private sealTimer: ReturnType<typeof setTimeout> | null = null;

  /** Set when the store was opened from a backup to look at, never to change. */
  private readOnlyReason: string | null = null;
  /** Set once the file is being replaced wholesale (a restore): later writes are refused. */
  private retired = false;

  private constructor(
    private readonly db: Low<StoreData>,
    readonly path: string,
    private readonly clock: () => Date,
    /** The backup holding the bytes read on open; the seal names it while they last. */
    private readonly fileCopy: FileCopy | null,
    private readonly outside: OutsideWatch,
  ) {
    this.lastBackup = clock().getTime();
  }

  /**
   * Opens (or creates, unless `initial` is null) the chapter file in `dir`. A damaged file
   * is moved aside into `damaged/` — never overwritten — and reported, so the app can offer
   * its backups; a file from a newer version is left where it is.
   */
  static async open(
    dir: string,
    initial: (() => StoreData) | null,
    clock: () => Date = () => new Date(),
    options: StoreOptions = {},
  ): Promise<OpenResult> {
    await mkdir(dir, { recursive: true });
    const path = join(dir, DATA_FILE);
    const [, seal] = await Promise.all([sweepTempFiles(dir), readSeal(path)]);
    const inspection = await inspectFile(path, seal);
    if (inspection.kind === 'damaged' && inspection.newer) {
      return { kind: 'newer', detail: inspection.detail, newer: inspection.newer };
    }
    if (inspection.kind === 'damaged') {
      const { damage, detail } = inspection;
      const movedTo = await quarantine(path, clock(), { kind: damage, detail });
      return { kind: 'damaged', damage, detail, movedTo };
    }
    const adapter = new DurableJsonAdapter(path, options.budgetBytes ?? STORE_BUDGET_BYTES);
    let migratedFrom: number | null = null;
    let fileCopy: FileCopy | null = null;
    let sealCopy = false;
    if (inspection.kind === 'ok') {
      const { bytes, sealed, sha256: digest } = inspection;
      const knownCopy = sealed ? seal?.copy : undefined;
      const copy = await createBackup(path, 'open', clock(), { bytes, knownCopy });
      if (copy && digest) fileCopy = { sha256: digest, size: bytes.length, name: copy };
      if (inspection.fromVersion !== inspection.data.schemaVersion) {
        migratedFrom = inspection.fromVersion;
        await createBackup(path, 'migration', clock());
      }
      sealCopy = sealed && copy !== knownCopy;
    }
    let data: StoreData;
    if (inspection.kind === 'ok') data = adoptParsed(inspection.data);
    else if (initial) data = validateChanged(null, { ...initial(), writtenBy: APP_VERSION });
    else return { kind: 'missing' };
    const db = new Low<StoreData>(adapter, data);
    const watch = await OutsideWatch.start(
      path,
      inspection.kind === 'ok' ? { bytes: inspection.bytes, sha256: inspection.sha256 } : null,
    );
    const store = new ChapterStore(db, path, clock, fileCopy, watch);
    if (inspection.kind === 'missing' || migratedFrom !== null) {
      await store.writeData(data, data);
      await store.settle();
    } else if (sealCopy && fileCopy) {
      // The sealed bytes have a newer backup: record it (their digest is known).
      await writeSeal(path, sealFor(fileCopy.size, fileCopy.sha256, fileCopy.name));
    } else if (inspection.kind === 'ok' && !inspection.sealed) {
      // Validated in full just now. Sealing serialises the data (as the first write would
      // anyway), so it waits for a quiet moment rather than holding up the open.
      store.sealLater();
    }
    return { kind: 'ok', store, migratedFrom };
  }

  /** A backup opened to look at: its data, with every write refused. */
  static async openReadOnly(backupFile: string, reason: string): Promise<ChapterStore> {
    const inspection = await inspectFile(backupFile);
    if (inspection.kind !== 'ok') {
      throw new AppError(
        'conflict',
        `That backup cannot be opened: ${inspection.kind === 'damaged' ? inspection.detail : 'it no longer exists.'}`,
      );
    }
    const db = new Low<StoreData>(
      new DurableJsonAdapter(backupFile, 0),
      adoptParsed(inspection.data),
    );
    const store = new ChapterStore(db, backupFile, () => new Date(), null, OutsideWatch.none());
    store.readOnlyReason = reason;
    return store;
  }

  get data(): StoreData {
    return this.db.data;
  }

  get readOnly(): boolean {
    return this.readOnlyReason !== null;
  }

  /** The outside change that stopped writes, until the person chooses a version. */
  get conflict(): Conflict | null {
    return this.outside.conflict;
  }

  /**
   * Applies an immutable update: `fn` returns the next state (sharing unchanged parts).
   * Nothing is written and memory keeps the old state if validation or the write fails.
   */
  update<R = void>(
    fn: (data: StoreData) => { data: StoreData; result?: R },
    origin: unknown = null,
  ): Promise<R> {
    const run = async (): Promise<R> => {
      this.refuseWrites();
      const prev = this.db.data;
      const { data: draft, result } = fn(prev);
      const next = validateChanged(
        prev,
        draft.writtenBy === APP_VERSION ? draft : { ...draft, writtenBy: APP_VERSION },
      );
      await this.outside.check(this.clock());
      await this.maybePeriodicBackup();
      await this.writeData(next, prev);
      for (const listener of this.commitListeners) listener(prev, next, origin);
      return result as R;
    };
    return this.enqueue(run);
  }

  /** Listens to every committed update (see CommitListener). Returns unsubscribe. */
  onCommit(listener: CommitListener): () => void {
    this.commitListeners.add(listener);
    return () => this.commitListeners.delete(listener);
  }

  /** Replaces all data (bundle import, restore): a backup of the current file comes first. */
  async replace(data: StoreData, reason: BackupReason): Promise<void> {
    await this.backup(reason);
    await this.update(() => ({ data }));
  }

  /**
   * Replaces the file with `bytes` (a backup being restored), in turn with the writes
   * queued before it; every write queued after is refused, since the store is reopened
   * from the restored file next. A copy of the current file is kept first.
   */
  restoreBytes(bytes: Uint8Array): Promise<void> {
    return this.enqueue(async () => {
      this.refuseWrites();
      await createBackup(this.path, 'restore', this.clock());
      this.retired = true;
      await writeFileDurable(this.path, bytes);
    });
  }

  /**
   * Settles an outside change: 'app' writes what the app holds over the file (the outside
   * file stays in `conflicts/`); 'outside' keeps the file and saves the app's version to
   * `conflicts/` — the caller then reopens the store from the file.
   */
  resolveConflict(keep: 'app' | 'outside'): Promise<string | null> {
    return this.enqueue(async () => {
      if (!this.outside.conflict) {
        throw new AppError('conflict', 'There is no outside change to settle.');
      }
      if (keep === 'app') {
        this.outside.clear();
        await this.writeData(this.db.data, this.db.data);
        return null;
      }
      this.retired = true;
      return this.outside.keepAppCopy(serializeStoreChunks(this.db.data), this.clock());
    });
  }

  private refuseWrites(): void {
    if (this.readOnlyReason !== null) throw new AppError('read-only', this.readOnlyReason);
    if (this.retired) {
      throw new AppError('not-ready', 'The chapter file is being replaced; try again.');
    }
  }

  private async writeData(next: StoreData, prev: StoreData): Promise<void> {
    this.db.data = next;
    try {
      await this.db.write();
    } catch (error) {
      this.db.data = prev;
      throw error;
    }
    await this.outside.wrote(next);
    this.sealLater();
  }

  /** Runs `task` after every write already queued; later writes wait for it. */
  private enqueue<R>(task: () => Promise<R>): Promise<R> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * Seals the data now (see seal.ts) rather than once writes pause; waits for writes
   * already queued. A seal's digest is always that of the serialised data held in
   * memory, which is validated data: parsing those bytes gives that data back, which is
   * what lets an open trust them. A seal made for a write that then fails vouches for
   * bytes that are not on disk, which is harmless.
   */
  async settle(): Promise<void> {
    if (this.sealTimer) clearTimeout(this.sealTimer);
    this.sealTimer = null;
    if (this.readOnly || this.retired) return;
    try {
      await this.queue;
      const chunks = serializeStoreChunks(this.db.data);
      const size = chunks.reduce((n, c) => n + c.byteLength, 0);
      const digest = await sha256(chunks);
      const copy = this.fileCopy?.sha256 === digest ? this.fileCopy.name : undefined;
      await writeSeal(this.path, sealFor(size, digest, copy));
    } catch {
      // Only a cache: without a seal the next open validates the file in full.
    }
  }

  /** Seals once writes have paused for a moment. */
  sealLater(): void {
    if (this.sealTimer) clearTimeout(this.sealTimer);
    this.sealTimer = setTimeout(() => void this.settle(), SEAL_AFTER_MS);
    // A pending seal never keeps the process alive.
    this.sealTimer.unref();
  }

  /** Done with this store (another is opening, or the app quits): seal it now. */
  async close(): Promise<void> {
    await this.settle();
  }

  async backup(reason: BackupReason): Promise<string | null> {
    await this.queue;
    this.refuseWrites();
    return createBackup(this.path, reason, this.clock());
  }

  private async maybePeriodicBackup(): Promise<void> {
    const now = this.clock().getTime();
    // A clock set back (from a wrong 2099 to today) starts the interval afresh with a copy,
    // rather than waiting for the old future time to come round again.
    if (now < this.lastBackup || now - this.lastBackup >= PERIODIC_BACKUP_MS) {
      this.lastBackup = now;
      await createBackup(this.path, 'periodic', this.clock());
    }
  }
}

/** Temp files left by a write that was killed before its rename; nobody else writes here. */
async function sweepTempFiles(dir: string): Promise<void> {
  const names = await readdir(dir);
  const leftovers = names.filter((n) => n.startsWith(`.${DATA_FILE}.`) && n.endsWith('.tmp'));
  await Promise.all(leftovers.map((n) => rm(join(dir, n), { force: true })));
}
