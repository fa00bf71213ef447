import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDataDirLock } from '../../../src/main/store/lock';
import { AppError } from '../../../src/shared/errors';
import { listDir, tempDir } from './helpers';

const LOCK = 'chapterhouse.lock';

/** The pid of a process that has exited (so no process has it right now). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  const pid = child.pid;
  await new Promise((resolve) => child.on('exit', resolve));
  if (pid === undefined) throw new Error('no pid');
  return pid;
}

async function lockError(dir: string): Promise<AppError> {
  try {
    await acquireDataDirLock(dir);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the lock to be refused');
}

describe('acquireDataDirLock', () => {
  it('writes a lock naming this process, and release removes it', async () => {
    const dir = await tempDir();
    const release = await acquireDataDirLock(dir);
    const holder = JSON.parse(await readFile(join(dir, LOCK), 'utf8')) as unknown;
    expect(holder).toMatchObject({ pid: process.pid, host: hostname() });
    await release();
    expect(await listDir(dir)).toEqual([]);
  });

  it('refuses a second lock on the same folder with code "locked" while the first holds it', async () => {
    const dir = await tempDir();
    const release = await acquireDataDirLock(dir);
    const error = await lockError(dir);
    expect(error.code).toBe('locked');
    expect(error.message).toContain(String(process.pid));
    await release();
    const again = await acquireDataDirLock(dir);
    await again();
  });

  it('takes over a stale lock left by a dead process on this machine', async () => {
    const dir = await tempDir();
    const pid = await deadPid();
    await writeFile(join(dir, LOCK), JSON.stringify({ pid, host: hostname() }));
    const release = await acquireDataDirLock(dir);
    expect(JSON.parse(await readFile(join(dir, LOCK), 'utf8'))).toMatchObject({
      pid: process.pid,
      host: hostname(),
    });
    await release();
    expect(await listDir(dir)).toEqual([]);
  });

  it('does not take over a lock held by a live process', async () => {
    const dir = await tempDir();
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      await writeFile(join(dir, LOCK), JSON.stringify({ pid: child.pid, host: hostname() }));
      expect((await lockError(dir)).code).toBe('locked');
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('does not take over a lock from another machine, even with a dead pid', async () => {
    const dir = await tempDir();
    const pid = await deadPid();
    await writeFile(join(dir, LOCK), JSON.stringify({ pid, host: `${hostname()}-other` }));
    const error = await lockError(dir);
    expect(error.code).toBe('locked');
    expect(error.message).toContain(`${hostname()}-other`);
  });

  it('refuses (rather than guesses) when the lock file cannot be read', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, LOCK), 'garbage');
    expect((await lockError(dir)).code).toBe('locked');
  });

  it('lets exactly one of several processes take over the same stale lock', async () => {
    // Each trial: a lock left by dead process 1, and four live processes racing for it.
    const isAlive = (pid: number) => pid !== 1;
    for (let trial = 0; trial < 100; trial++) {
      const dir = await tempDir();
      await writeFile(join(dir, LOCK), JSON.stringify({ pid: 1, host: hostname() }));
      const takers = [11, 12, 13, 14].map((pid) =>
        acquireDataDirLock(dir, { self: { pid, host: hostname() }, isAlive }).then(
          (release) => ({ pid, release }),
          (error: unknown) => ({ pid, error }),
        ),
      );
      const results = await Promise.all(takers);
      const holders = results.filter((r) => 'release' in r);
      expect(holders, `trial ${trial}`).toHaveLength(1);
      for (const r of results) {
        if ('error' in r) expect((r.error as AppError).code).toBe('locked');
      }
      const lock = JSON.parse(await readFile(join(dir, LOCK), 'utf8')) as { pid: number };
      expect(lock.pid).toBe(holders[0]?.pid);
      expect(await listDir(dir)).toEqual([LOCK]);
    }
  });

  it('release never removes a lock another process took later', async () => {
    const dir = await tempDir();
    const release = await acquireDataDirLock(dir);
    const later = JSON.stringify({ pid: 4242, host: 'elsewhere', token: 'theirs' });
    await writeFile(join(dir, LOCK), later);
    await release();
    expect(await readFile(join(dir, LOCK), 'utf8')).toBe(later);
  });

  it('release is idempotent', async () => {
    const dir = await tempDir();
    const release = await acquireDataDirLock(dir);
    await release();
    await expect(release()).resolves.toBeUndefined();
  });
});
