/**
 * Which chapter file is open: the real one in the data folder, or the sample chapter in
 * `sample/` beside it (kept apart so it can be discarded without touching real data).
 */
import { rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { AppStatus } from '../shared/contract/app';
import { AppError } from '../shared/errors';
import { emptyStore } from '../shared/schema/store';
import { ChapterStore, DATA_FILE } from './store/chapterStore';
import type { Damage } from './store/inspect';

export type Mode = 'real' | 'sample';

interface DamageInfo {
  kind: Damage;
  detail: string;
  keptAs: string;
}

export class Session {
  mode: Mode = 'real';
  private store: ChapterStore | null = null;
  private damage: DamageInfo | null = null;
  private migratedFrom: number | null = null;

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
    const result = await ChapterStore.open(
      this.dirFor(mode),
      () => emptyStore(mode === 'sample'),
      this.clock,
    );
    if (result.kind === 'damaged') {
      this.damage = {
        kind: result.damage,
        detail: result.detail,
        keptAs: `damaged/${basename(result.movedTo)}`,
      };
    } else {
      this.store = result.store;
      this.migratedFrom = result.migratedFrom;
    }
    return this.status();
  }

  status(): AppStatus {
    const chapter = this.store?.data.chapter ?? null;
    return {
      mode: this.mode,
      state: this.damage ? 'damaged' : chapter ? 'ready' : 'first-run',
      chapter,
      damage: this.damage,
      migratedFrom: this.migratedFrom,
    };
  }

  /** The open store; calls that need data fail plainly while the recovery screen is up. */
  current(): ChapterStore {
    if (!this.store) {
      throw new AppError('damaged', 'The chapter file is damaged. Restore a backup first.');
    }
    return this.store;
  }

  /** On quit: waits for writes under way and seals the data (the next start then skips validating it). */
  async close(): Promise<void> {
    await this.store?.close();
  }

  async discardSample(): Promise<void> {
    await rm(this.dirFor('sample'), { recursive: true, force: true });
  }
}
