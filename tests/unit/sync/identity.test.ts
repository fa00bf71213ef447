import { mkdtemp, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  deviceToken,
  newChapterIdentity,
  readIdentity,
  tokenParts,
  writeIdentity,
} from '../../../src/main/sync/identity';

const dirs: string[] = [];
async function tempDir() {
  const dir = await mkdtemp(join(tmpdir(), 'ch-identity-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('sync identity', () => {
  it('is absent until sync is turned on, then round-trips with owner-only modes', async () => {
    const dir = await tempDir();
    expect(await readIdentity(dir)).toBeNull();
    const identity = newChapterIdentity('Chapter laptop', new Date('2026-12-01T10:00:00Z'));
    await writeIdentity(dir, identity);
    expect(await readIdentity(dir)).toEqual(identity);
    if (process.platform !== 'win32') {
      expect((await stat(join(dir, 'sync'))).mode & 0o777).toBe(0o700);
      expect((await stat(join(dir, 'sync', 'identity.json'))).mode & 0o777).toBe(0o600);
    }
  });

  it('derives a token per device and role from the chapter secret', () => {
    const identity = newChapterIdentity('Chapter laptop', new Date());
    const secret = identity.secret!;
    const a = deviceToken(secret, identity.chapterId, 'dev-a', 'volunteer');
    expect(a).toBe(deviceToken(secret, identity.chapterId, 'dev-a', 'volunteer'));
    expect(a).not.toBe(deviceToken(secret, identity.chapterId, 'dev-a', 'officer'));
    expect(a).not.toBe(deviceToken(secret, identity.chapterId, 'dev-b', 'volunteer'));
    expect(tokenParts(a)).toEqual({ chapterId: identity.chapterId, deviceId: 'dev-a' });
    expect(tokenParts('nonsense')).toBeNull();
    expect(Buffer.from(identity.transportKey, 'base64')).toHaveLength(32);
  });

  it('refuses a damaged identity file in plain words', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'sync'));
    await writeFile(join(dir, 'sync', 'identity.json'), JSON.stringify({ version: 1 }));
    await expect(readIdentity(dir)).rejects.toThrow(/sync identity/);
  });
});
