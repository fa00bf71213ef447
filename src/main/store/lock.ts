/**
 * One Chapterhouse per data folder. Electron's single-instance lock covers one user
 * profile; this lock file also covers a data folder on a USB stick opened from two
 * profiles or machines. A lock left by a dead process on this machine is taken over.
 */
import { hostname } from 'node:os';
import { open, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';

const LOCK_FILE = 'chapterhouse.lock';
const UNREADABLE_LOCK_MS = 30_000;

async function olderThan(path: string, ms: number): Promise<boolean> {
  try {
    return Date.now() - (await stat(path)).mtimeMs > ms;
  } catch {
    return true;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function acquireDataDirLock(dir: string): Promise<() => Promise<void>> {
  const path = join(dir, LOCK_FILE);
  const me = JSON.stringify({ pid: process.pid, host: hostname() });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fh = await open(path, 'wx');
      await fh.writeFile(me);
      await fh.close();
      return () => rm(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = await readHolder(path);
      // A lock that cannot be read was left by a crash between creating and writing it.
      const stale = holder
        ? holder.host === hostname() && !alive(holder.pid)
        : await olderThan(path, UNREADABLE_LOCK_MS);
      if (!stale) {
        throw new AppError(
          'locked',
          `This data folder is already open in another Chapterhouse${holder ? ` (process ${holder.pid} on ${holder.host})` : ''}. Close it there first.`,
        );
      }
      await rm(path, { force: true });
    }
  }
  throw new AppError('locked', 'Could not lock the data folder.');
}

async function readHolder(path: string): Promise<{ pid: number; host: string } | null> {
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as { pid?: unknown; host?: unknown };
    return typeof parsed.pid === 'number' && typeof parsed.host === 'string'
      ? { pid: parsed.pid, host: parsed.host }
      : null;
  } catch {
    return null;
  }
}
