/**
 * Durable file replacement: the data file is always either the old bytes or the new
 * bytes, even if the process is killed or the power fails mid-write. lowdb's own
 * writer (steno) skips fsync and uses a fixed temp name, which is not enough for a count.
 */
import { randomUUID } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const RETRYABLE = new Set(['EPERM', 'EBUSY', 'EACCES']);

export async function writeFileDurable(
  path: string,
  data: string | Uint8Array | readonly Uint8Array[],
): Promise<void> {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomUUID()}.tmp`);
  const fh = await open(tmp, 'wx', 0o600);
  try {
    if (Array.isArray(data)) {
      const chunks = data as Uint8Array[];
      const total = chunks.reduce((n, c) => n + c.byteLength, 0);
      const { bytesWritten } = await fh.writev(chunks);
      if (bytesWritten !== total) throw new Error(`Short write: ${bytesWritten} of ${total} bytes`);
    } else {
      await fh.writeFile(data as string | Uint8Array);
    }
    await fh.sync();
  } finally {
    await fh.close();
  }
  try {
    await renameWithRetry(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
  await fsyncDir(dir);
}

/** Windows virus scanners and indexers briefly hold files open; rename then fails with EPERM/EBUSY. */
async function renameWithRetry(from: string, to: string, attempts = 8): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (!RETRYABLE.has(code) || i >= attempts - 1) throw error;
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
