/**
 * One Chapterhouse per data folder. Electron's single-instance lock covers one user
 * profile; this lock file also covers a data folder on a USB stick opened from two
 * profiles or machines. A lock left by a dead process on this machine is taken over.
 *
 * Taking over is atomic: removing a stale lock and creating one's own are two steps, so
 * two processes that both found the same stale lock could each remove the other's fresh
 * one. A takeover therefore happens only under a short-lived guard file (created with
 * O_EXCL), and only after re-reading that the lock still holds the very bytes found stale.
 * Creating the lock itself is always O_EXCL, so at most one process holds it.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { open, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';
import { errnoOf, plainFsError } from './fsErrors';

const LOCK_FILE = 'chapterhouse.lock';
const GUARD_FILE = 'chapterhouse.lock.takeover';
const UNREADABLE_LOCK_MS = 30_000;
/** A guard is held for a few file operations; one older than this was left by a crash. */
const STALE_GUARD_MS = 10_000;
const ATTEMPTS = 20;

export interface Holder {
  pid: number;
  host: string;
}

export interface LockOptions {
  /** Who takes the lock (tests play two processes in one). */
  self?: Holder;
  /** Whether a process on this machine is running. */
  isAlive?: (pid: number) => boolean;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoOf(error) === 'EPERM';
  }
}

async function olderThan(path: string, ms: number): Promise<boolean> {
  try {
    return Date.now() - (await stat(path)).mtimeMs > ms;
  } catch {
    return true;
  }
}

async function readRaw(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}

function parseHolder(raw: string | null): Holder | null {
  try {
    const parsed = JSON.parse(raw ?? '') as { pid?: unknown; host?: unknown };
    return typeof parsed.pid === 'number' && typeof parsed.host === 'string'
      ? { pid: parsed.pid, host: parsed.host }
      : null;
  } catch {
    return null;
  }
}

/** Creates `path` only if it does not exist; false when it does. */
async function createExclusive(path: string, content: string): Promise<boolean> {
  let fh;
  try {
    fh = await open(path, 'wx');
  } catch (error) {
    if (errnoOf(error) === 'EEXIST') return false;
    throw error;
  }
  try {
    await fh.writeFile(content);
  } catch (error) {
    await fh.close();
    await rm(path, { force: true });
    throw error;
  }
  await fh.close();
  return true;
}

/**
 * Removes the lock if it still holds `staleBytes`, under the takeover guard. Returns
 * without removing anything when another process is taking over at the same moment.
 */
async function takeOver(dir: string, staleBytes: string | null): Promise<void> {
  const guard = join(dir, GUARD_FILE);
  if (!(await createExclusive(guard, String(process.pid)))) {
    if (await olderThan(guard, STALE_GUARD_MS)) await rm(guard, { force: true });
    return;
  }
  try {
    if ((await readRaw(join(dir, LOCK_FILE))) === staleBytes) {
      await rm(join(dir, LOCK_FILE), { force: true });
    }
  } finally {
    await rm(guard, { force: true });
  }
}

export async function acquireDataDirLock(
  dir: string,
  options: LockOptions = {},
): Promise<() => Promise<void>> {
  const self = options.self ?? { pid: process.pid, host: hostname() };
  const isAlive = options.isAlive ?? alive;
  const path = join(dir, LOCK_FILE);
  // The token tells this holder's lock from a later one, so release never removes another's.
  const me = JSON.stringify({ ...self, token: randomUUID() });
  try {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      if (await createExclusive(path, me)) {
        return async () => {
          if ((await readRaw(path)) === me) await rm(path, { force: true });
        };
      }
      const raw = await readRaw(path);
      if (raw === null) continue; // released between our create and our read
      const holder = parseHolder(raw);
      // A lock that cannot be read was left by a crash between creating and writing it.
      const stale = holder
        ? holder.host === self.host && !isAlive(holder.pid)
        : await olderThan(path, UNREADABLE_LOCK_MS);
      if (!stale) {
        throw new AppError(
          'locked',
          `This data folder is already open in another Chapterhouse${holder ? ` (process ${holder.pid} on ${holder.host})` : ''}. Close it there first.`,
        );
      }
      await takeOver(dir, raw);
      // Another process may be taking over right now: give it a moment to finish.
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 5 * attempt));
    }
  } catch (error) {
    throw plainFsError(error, dir);
  }
  throw new AppError('locked', 'Could not lock the data folder. Try again in a moment.');
}
