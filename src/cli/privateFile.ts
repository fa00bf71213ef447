import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/**
 * Writes `path` readable and writable by its owner only. An existing file is truncated and
 * its mode set to 0600 before any of the new data is written (`open`'s mode applies only
 * when the file is created); a symbolic link at `path` is refused, not followed.
 */
export async function writePrivateFile(path: string, data: string): Promise<void> {
  const flags =
    constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0);
  const fh = await open(path, flags, 0o600);
  try {
    await fh.chmod(0o600);
    await fh.writeFile(data);
  } finally {
    await fh.close();
  }
}
