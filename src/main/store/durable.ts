/**
 * Durable file replacement: the data file is always either the old bytes or the new
 * bytes, even if the process is killed or the power fails mid-write. lowdb's own
 * writer (steno) skips fsync and uses a fixed temp name, which is not enough for a count.
 */
import { randomUUID } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { errnoOf, plainFsError } from './fsErrors';

const RETRYABLE = new Set(['EPERM', 'EBUSY', 'EACCES']);

/**
 * Writes `data` to a temp file beside `path`, fsyncs it and renames it over `path`. On any
 * failure (a full disk, a read-only folder) the temp file is removed and the old file is
 * untouched; disk-full and read-only failures are reported in plain words (fsErrors.ts).
 */
export async function writeFileDurable(
  path: string,
  data: string | Uint8Array | readonly Uint8Array[],
): Promise<void> {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomUUID()}.tmp`);
  try {
    await writeAndSync(tmp, data);
    await renameWithRetry(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw plainFsError(error, dir);
  }
  await fsyncDir(dir);
}

async function writeAndSync(
  tmp: string,
  data: string | Uint8Array | readonly Uint8Array[],
): Promise<void> {
  const fh = await open(tmp, 'wx', 0o600);
  try {
    if (Array.isArray(data)) {
      const chunks = data as Uint8Array[];
      const total = chunks.reduce((n, c) => n + c.byteLength, 0);
      const { bytesWritten } = await fh.writev(chunks);
      // A regular file takes fewer bytes than asked only when the disk fills up.
      if (bytesWritten !== total) {
        throw Object.assign(new Error(`Short write: ${bytesWritten} of ${total} bytes`), {
          code: 'ENOSPC',
        });
      }
    } else {
      await fh.writeFile(data as string | Uint8Array);
    }
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Windows virus scanners and indexers briefly hold files open; rename then fails with EPERM/EBUSY. */
async function renameWithRetry(from: string, to: string, attempts = 8): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      if (!RETRYABLE.has(errnoOf(error)) || i >= attempts - 1) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 * 2 ** i));
    }
  }
}

export async function fsyncFile(path: string): Promise<void> {
  const fh = await open(path, 'r+');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Makes the rename itself durable. Directories cannot be fsynced on Windows. */
export async function fsyncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const fh = await open(dir, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}
