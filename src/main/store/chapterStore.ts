/**
 * The chapter data file: lowdb over our durable adapter. Every update is validated
 * before anything is written; a rejected update leaves both the file and memory as they
 * were. Writes are serialised so concurrent calls apply in order.
 */
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import type { StoreData } from '../../shared/schema/store';
import { createBackup, type BackupReason } from './backups';
import { writeFileDurable } from './durable';
import { inspectFile, type Damage } from './inspect';
import { readSeal, sealFor, sha256, writeSeal } from './seal';
import { adoptParsed, serializeStoreChunks, validateChanged } from './validate';

export const DATA_FILE = 'chapter.json';
const PERIODIC_BACKUP_MS = 10 * 60 * 1000;
/** Writes come in bursts (a meeting, an import): the seal waits until they pause. */
const SEAL_AFTER_MS = 1000;

class DurableJsonAdapter implements Adapter<StoreData> {
  constructor(readonly path: string) {}

  async read(): Promise<StoreData | null> {
    const inspection = await inspectFile(this.path);
    if (inspection.kind === 'ok') return inspection.data;
    if (inspection.kind === 'missing') return null;
    throw new Error(inspection.detail);
  }

  async write(data: StoreData): Promise<void> {
    await writeFileDurable(this.path, serializeStoreChunks(data));
  }
}

/** A backup holding the bytes the store was opened from. */
interface FileCopy {
  sha256: string;
  size: number;
  name: string;
}

export type OpenResult =
  | { kind: 'ok'; store: ChapterStore; migratedFrom: number | null }
  | { kind: 'damaged'; damage: Damage; detail: string; movedTo: string };

export class ChapterStore {
  private queue: Promise<unknown> = Promise.resolve();
  private lastBackup: number;
  private sealTimer: ReturnType<typeof setTimeout> | null = null;

  private constructor(
    private readonly db: Low<StoreData>,
    readonly path: string,
    private readonly clock: () => Date,
    /** The backup holding the bytes read on open; the seal names it while they last. */
    private readonly fileCopy: FileCopy | null = null,
  ) {
    this.lastBackup = clock().getTime();
  }

  /**
   * Opens (or creates) the chapter file in `dir`. A damaged file is moved aside into
   * `damaged/` — never overwritten — and reported, so the app can offer its backups.
   */
  static async open(
    dir: string,
    initial: () => StoreData,
    clock: () => Date = () => new Date(),
  ): Promise<OpenResult> {
    await mkdir(dir, { recursive: true });
    const path = join(dir, DATA_FILE);
    const [, seal] = await Promise.all([sweepTempFiles(dir), readSeal(path)]);
    const inspection = await inspectFile(path, seal);
    if (inspection.kind === 'damaged') {
      const movedTo = await quarantine(path, clock());
      return { kind: 'damaged', damage: inspection.damage, detail: inspection.detail, movedTo };
    }
    const adapter = new DurableJsonAdapter(path);
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
    const data =
      inspection.kind === 'ok' ? adoptParsed(inspection.data) : validateChanged(null, initial());
    const db = new Low<StoreData>(adapter, data);
    const store = new ChapterStore(db, path, clock, fileCopy);
    if (inspection.kind === 'missing' || migratedFrom !== null) {
      await db.write();
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

  get data(): StoreData {
    return this.db.data;
  }

  /**
   * Applies an immutable update: `fn` returns the next state (sharing unchanged parts).
   * Nothing is written and memory keeps the old state if validation or the write fails.
   */
  update<R = void>(fn: (data: StoreData) => { data: StoreData; result?: R }): Promise<R> {
    const run = async (): Promise<R> => {
      const prev = this.db.data;
      const { data: draft, result } = fn(prev);
      const next = validateChanged(prev, draft);
      await this.maybePeriodicBackup();
      this.db.data = next;
      try {
        await this.db.write();
      } catch (error) {
        this.db.data = prev;
        throw error;
      }
      this.sealLater();
      return result as R;
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Replaces all data (bundle import, restore): a backup of the current file comes first. */
  async replace(data: StoreData, reason: BackupReason): Promise<void> {
    await this.backup(reason);
    await this.update(() => ({ data }));
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

async function quarantine(path: string, now: Date): Promise<string> {
  const dir = join(path, '..', 'damaged');
  await mkdir(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[-:.]/g, '');
  let target = join(dir, `chapter-${stamp}.json`);
  // Never replace an earlier damaged copy (two opens in one millisecond, a clock set back).
  for (let n = 1; await exists(target); n++) target = join(dir, `chapter-${stamp}-${n}.json`);
  await rename(path, target);
  return target;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Temp files left by a write that was killed before its rename; nobody else writes here. */
async function sweepTempFiles(dir: string): Promise<void> {
  const names = await readdir(dir);
  const leftovers = names.filter((n) => n.startsWith(`.${DATA_FILE}.`) && n.endsWith('.tmp'));
  await Promise.all(leftovers.map((n) => rm(join(dir, n), { force: true })));
}
