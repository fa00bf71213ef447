/**
 * Notices when `chapter.json` is no longer the file the store last read or wrote: a
 * backup copied over it by hand, a sync client delivering another laptop's copy. The
 * check before each write costs one stat; only when the size, times or inode differ are
 * the bytes read and their digest compared, so a touched but unchanged file is no conflict.
 *
 * A real change is never overwritten: the outside file is copied into `conflicts/` and
 * writes stop until the person chooses which version to keep. Either way both versions
 * stay on disk.
 */
import { constants } from 'node:fs';
import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';
import type { StoreData } from '../../shared/schema/store';
import { writeFileDurable } from './durable';
import { errnoOf } from './fsErrors';
import { sha256 } from './seal';
import { serializeStoreChunks } from './validate';

export const CONFLICTS_DIR = 'conflicts';

/** What identifies one version of the file without reading it. */
interface Stamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

export interface Conflict {
  /** The outside file's copy, relative to the data folder (`conflicts/…`). */
  keptAs: string;
  detectedAt: string;
}

async function stampOf(path: string): Promise<Stamp | null> {
  try {
    const { size, mtimeMs, ctimeMs, ino } = await stat(path);
    return { size, mtimeMs, ctimeMs, ino };
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return null;
    throw error;
  }
}

function sameStamp(a: Stamp, b: Stamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;
}

function conflictName(now: Date, who: 'outside' | 'app'): string {
  return `chapter-${now.toISOString().replace(/[-:.]/g, '')}-${who}.json`;
}

export class OutsideWatch {
  private known: { stamp: Stamp; digest: () => Promise<string> } | null = null;
  conflict: Conflict | null = null;

  private constructor(private readonly path: string | null) {}

  /** Watches `path`, whose current bytes (if it exists) are the ones the store holds. */
  static async start(
    path: string,
    read: { bytes: Uint8Array; sha256: string | null } | null,
  ): Promise<OutsideWatch> {
    const watch = new OutsideWatch(path);
    const stamp = read ? await stampOf(path) : null;
    if (read && stamp) {
      const bytes = read.bytes as Uint8Array<ArrayBuffer>;
      const digest = read.sha256 ? Promise.resolve(read.sha256) : sha256(bytes);
      watch.known = { stamp, digest: () => digest };
    }
    return watch;
  }

  /** For a store that never writes (a backup opened read-only). */
  static none(): OutsideWatch {
    return new OutsideWatch(null);
  }

  /** After the store wrote `data`: these are the bytes on disk now. */
  async wrote(data: StoreData): Promise<void> {
    if (!this.path) return;
    const stamp = await stampOf(this.path);
    let digest: Promise<string> | null = null;
    // Hashing is needed only if the file's stamp changes later: compute it then, once.
    this.known = stamp && {
      stamp,
      digest: () => (digest ??= sha256(serializeStoreChunks(data))),
    };
  }

  /** Throws (after keeping the outside file) when the file is not the one last seen. */
  async check(now: Date): Promise<void> {
    if (this.conflict) throw this.error();
    if (!this.path || !this.known) return;
    const stamp = await stampOf(this.path);
    // Deleted outside: writing it again loses nothing.
    if (!stamp || sameStamp(stamp, this.known.stamp)) return;
    if (stamp.size === this.known.stamp.size) {
      const bytes = await readFile(this.path);
      if ((await sha256(bytes)) === (await this.known.digest())) {
        this.known = { stamp, digest: this.known.digest };
        return;
      }
    }
    const dir = join(this.path, '..', CONFLICTS_DIR);
    await mkdir(dir, { recursive: true });
    const name = conflictName(now, 'outside');
    await copyFile(this.path, join(dir, name), constants.COPYFILE_EXCL);
    this.conflict = { keptAs: `${CONFLICTS_DIR}/${name}`, detectedAt: now.toISOString() };
    throw this.error();
  }

  /** The person chose the app's version: the next write replaces the outside file. */
  clear(): void {
    this.conflict = null;
    this.known = null;
  }

  /** The person chose the outside file: the app's version is kept in `conflicts/`. */
  async keepAppCopy(chunks: Uint8Array[], now: Date): Promise<string> {
    if (!this.path) throw new Error('Nothing is watched.');
    const name = conflictName(now, 'app');
    await mkdir(join(this.path, '..', CONFLICTS_DIR), { recursive: true });
    await writeFileDurable(join(this.path, '..', CONFLICTS_DIR, name), chunks);
    this.conflict = null;
    return `${CONFLICTS_DIR}/${name}`;
  }

  private error(): AppError {
    return new AppError(
      'outside-change',
      `The chapter file was changed outside Chapterhouse (another program or laptop replaced it), so this change was not saved. Nothing has been overwritten: the outside file is kept as ${this.conflict?.keptAs ?? 'a copy'}. Choose which version to keep.`,
    );
  }
}
