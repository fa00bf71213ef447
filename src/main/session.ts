/**
 * Which chapter file is open: the real one in the data folder, or the sample chapter in
 * `sample/` beside it (kept apart so it can be discarded without touching real data) —
 * and what the person must see first when that file cannot simply be used: damage not yet
 * dealt with, a file from a newer version, an outside change, a backup opened read-only.
 */
import { rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { AppStatus } from '../shared/contract/app';
import { AppError } from '../shared/errors';
import { CURRENT_SCHEMA_VERSION, emptyStore } from '../shared/schema/store';
import { APP_VERSION } from '../shared/version';
import { ChapterStore, DATA_FILE, type CommitListener } from './store/chapterStore';
import { setAsideDamage, unresolvedDamage } from './store/quarantine';

export type Mode = 'real' | 'sample';

export class Session {
  mode: Mode = 'real';
  private store: ChapterStore | null = null;
  private damage: AppStatus['damage'] = null;
  private newer: AppStatus['newer'] = null;
  private readOnlyFrom: AppStatus['readOnly'] = null;
  private migratedFrom: number | null = null;
  private readonly commitListeners = new Set<CommitListener>();

  constructor(
    readonly dataDir: string,
    readonly clock: () => Date = () => new Date(),
  ) {}

  dirFor(mode: Mode): string {
    return mode === 'real' ? this.dataDir : join(this.dataDir, 'sample');
  }

  get dataFile(): string {
    return join(this.dirFor(this.mode), DATA_FILE);
  }

  async open(mode: Mode = this.mode): Promise<AppStatus> {
    // Done with the store in use: seal it now, so no timer of its writes into its folder later.
    await this.store?.close();
    this.mode = mode;
    this.store = null;
    this.damage = null;
    this.newer = null;
    this.readOnlyFrom = null;
    this.migratedFrom = null;
    const dir = this.dirFor(mode);
    const pending = await unresolvedDamage(dir);
    // While damage is unresolved a missing file stays missing: no empty chapter appears.
    const initial = pending.length ? null : () => emptyStore(mode === 'sample');
    const result = await ChapterStore.open(dir, initial, this.clock);
    if (result.kind === 'ok') {
      this.store = result.store;
      // The sample chapter never syncs: only the real chapter's writes are told.
      if (mode === 'real') {
        result.store.onCommit((prev, next, origin) => {
          for (const listener of this.commitListeners) listener(prev, next, origin);
        });
      }
      this.migratedFrom = result.migratedFrom;
    } else if (result.kind === 'newer') {
      this.newer = {
        detail: result.detail,
        fileVersion: result.newer.version,
        writtenBy: result.newer.writtenBy,
        readsUpTo: CURRENT_SCHEMA_VERSION,
        appVersion: APP_VERSION,
      };
    } else if (result.kind === 'damaged') {
      pending.unshift({
        name: basename(result.movedTo),
        kind: result.damage,
        detail: result.detail,
      });
    }
    const [latest] = pending;
    if (latest && !this.newer) {
      const chapter = this.store?.data.chapter;
      this.damage = {
        kind: latest.kind,
        detail: latest.detail,
        keptAs: `damaged/${latest.name}`,
        unresolved: pending.length,
        current: this.store
          ? { chapterName: chapter?.name ?? null, members: this.store.data.members.length }
          : null,
      };
    }
    return this.status();
  }

  status(): AppStatus {
    const chapter = this.store?.data.chapter ?? null;
    const conflict = this.store?.conflict ?? null;
    const state = this.readOnlyFrom
      ? 'ready'
      : this.newer
        ? 'newer-version'
        : this.damage
          ? 'damaged'
          : conflict
            ? 'conflict'
            : chapter
              ? 'ready'
              : 'first-run';
    return {
      mode: this.mode,
      state,
      chapter,
      damage: this.damage,
      newer: this.newer,
      conflict,
      readOnly: this.readOnlyFrom,
      migratedFrom: this.migratedFrom,
    };
  }

  /** Listens to every write to the real chapter file, whichever store holds it. Returns unsubscribe. */
  onCommit(listener: CommitListener): () => void {
    this.commitListeners.add(listener);
    return () => this.commitListeners.delete(listener);
  }

  /** The open store; calls that need data fail plainly while a recovery screen is up. */
  current(): ChapterStore {
    if (this.store && this.readOnlyFrom) return this.store;
    if (this.newer) {
      throw new AppError(
        'damaged',
        'The chapter file is from a newer Chapterhouse. ' + this.newer.detail,
      );
    }
    if (!this.store || this.damage) {
      throw new AppError('damaged', 'The chapter file is damaged. Restore a backup first.');
    }
    return this.store;
  }

  /** The person has dealt with the damaged files (restored, or chose to set them aside). */
  async setAsideDamage(): Promise<AppStatus> {
    await setAsideDamage(this.dirFor(this.mode));
    return this.open();
  }

  /** Shows a backup's data with every change refused (e.g. while a newer file waits). */
  async openReadOnly(backupFile: string, backupId: string, createdAt: string): Promise<AppStatus> {
    const store = await ChapterStore.openReadOnly(
      backupFile,
      'This is a backup opened read-only: nothing can be changed. Close it to go back.',
    );
    if (!store.data.chapter) {
      throw new AppError('conflict', 'That backup holds no chapter yet: there is nothing to show.');
    }
    await this.store?.close();
    this.store = store;
    this.readOnlyFrom = { backupId, createdAt };
    return this.status();
  }

  /** Settles an outside change (see store/outside.ts) and says what is open now. */
  async keepVersion(keep: 'app' | 'outside'): Promise<AppStatus> {
    const store = this.current();
    await store.resolveConflict(keep);
    return keep === 'app' ? this.status() : this.open();
  }

  /** On quit: waits for writes under way and seals the data (the next start then skips validating it). */
  async close(): Promise<void> {
    await this.store?.close();
  }

  async discardSample(): Promise<void> {
    await rm(this.dirFor('sample'), { recursive: true, force: true });
  }
}
