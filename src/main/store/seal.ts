/**
 * The seal: a note beside the data file saying "these exact bytes passed validation by
 * this build of Chapterhouse" (their size and SHA-256, and the build). Every write is
 * validated before it is written, so after each write the store seals the new bytes; on
 * open, bytes that match their seal are not validated a second time. Anything else (a
 * hand edit, a file from another version or build, a crash between the write and the
 * seal, a flipped bit on disk) does not match, and the file is validated in full.
 *
 * The seal is a cache, not a lock: anyone who can write the data folder can change the
 * data itself. So it is written without fsync, and a missing or unreadable seal only
 * means a full validation.
 */
import { randomUUID, webcrypto } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';

/** Set at build time (electron.vite.config.ts) to a digest of the main process sources. */
declare const __CHAPTERHOUSE_BUILD__: string | undefined;

/**
 * Which code validated the bytes. Without a build digest (unit tests, the bench, tsx),
 * each process counts as its own build: it trusts only the seals it wrote itself.
 */
export const BUILD: string =
  typeof __CHAPTERHOUSE_BUILD__ === 'string' ? __CHAPTERHOUSE_BUILD__ : `unbundled-${randomUUID()}`;

const SealSchema = z.object({
  format: z.literal('chapterhouse-seal/1'),
  build: z.string(),
  size: z.number().int().nonnegative(),
  sha256: z.string(),
  /** The backup copied from these very bytes, so reopening needs no new copy. */
  copy: z.string().optional(),
});
export type Seal = z.infer<typeof SealSchema>;

export function sealPath(dataFile: string): string {
  return `${dataFile}.seal`;
}

/** SHA-256 of the bytes, hex. Runs off the main thread (WebCrypto), alongside parsing or fsync. */
export async function sha256(
  data: Uint8Array<ArrayBuffer> | readonly Uint8Array[],
): Promise<string> {
  const bytes = data instanceof Uint8Array ? data : Buffer.concat(data);
  const digest = await webcrypto.subtle.digest('SHA-256', bytes);
  return Buffer.from(digest).toString('hex');
}

export function sealFor(size: number, digest: string, copy?: string): Seal {
  return { format: 'chapterhouse-seal/1', build: BUILD, size, sha256: digest, copy };
}

/** Whether `seal` vouches for bytes of this size and digest, validated by this build. */
export function vouches(seal: Seal | null, size: number, digest: string): boolean {
  return seal !== null && seal.build === BUILD && seal.size === size && seal.sha256 === digest;
}

export async function readSeal(dataFile: string): Promise<Seal | null> {
  try {
    const parsed = SealSchema.safeParse(JSON.parse(await readFile(sealPath(dataFile), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Replaces the seal (temp file and rename: a reader sees the old seal or the new one).
 * The temp name is one the store sweeps away on open if a crash leaves it behind.
 */
export async function writeSeal(dataFile: string, seal: Seal): Promise<void> {
  const path = sealPath(dataFile);
  const tmp = join(dirname(path), `.${basename(dataFile)}.seal.${randomUUID()}.tmp`);
  await writeFile(tmp, JSON.stringify(seal), { mode: 0o600 });
  await rename(tmp, path);
}
