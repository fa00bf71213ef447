/**
 * A full disk and a read-only folder, injected at the file system: the write is refused
 * in plain words, the old file keeps its bytes and no temp file is left behind.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeFileDurable } from '../../../src/main/store/durable';
import { acquireDataDirLock } from '../../../src/main/store/lock';
import { AppError } from '../../../src/shared/errors';
import { listDir, tempDir } from './helpers';

const fault = vi.hoisted(() => ({ open: null as string | null, write: null as string | null }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof fsp>();
  const errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code });
  return {
    ...real,
    open: async (...args: Parameters<typeof real.open>) => {
      if (fault.open && String(args[1]).includes('x')) throw errno(fault.open);
      const fh = await real.open(...args);
      if (!fault.write) return fh;
      const code = fault.write;
      // The disk fills after the first bytes land: the temp file exists when the write fails.
      return Object.assign(fh, {
        writev: async (chunks: Uint8Array[]) => {
          await real.appendFile(String(args[0]), chunks[0]?.subarray(0, 1) ?? '');
          throw errno(code);
        },
        writeFile: async () => {
          await real.appendFile(String(args[0]), 'x');
          throw errno(code);
        },
      });
    },
  };
});

afterEach(() => {
  fault.open = null;
  fault.write = null;
});

async function refusal(path: string, data: string | Uint8Array[]): Promise<AppError> {
  return appError(writeFileDurable(path, data));
}

async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe('writeFileDurable on a failing disk', () => {
  it.each([
    ['a string', 'new bytes'],
    ['chunks', [new TextEncoder().encode('new'), new TextEncoder().encode(' bytes')]],
  ] as const)(
    'says the disk is full (%s), keeps the old bytes and leaves no temp file',
    async (_, data) => {
      const dir = await tempDir();
      const path = join(dir, 'chapter.json');
      await writeFile(path, 'old bytes');
      fault.write = 'ENOSPC';
      const error = await refusal(path, typeof data === 'string' ? data : [...data]);
      expect(error.code).toBe('disk-full');
      expect(error.message).toMatch(/disk .* is full/);
      expect(await readFile(path, 'utf8')).toBe('old bytes');
      expect(await listDir(dir)).toEqual(['chapter.json']);
    },
  );

  it('says the folder is read-only when the temp file cannot be created', async () => {
    const dir = await tempDir();
    const path = join(dir, 'chapter.json');
    await writeFile(path, 'old bytes');
    fault.open = 'EROFS';
    const error = await refusal(path, 'new');
    expect(error.code).toBe('read-only');
    expect(error.message).toContain(dir);
    expect(await readFile(path, 'utf8')).toBe('old bytes');
    expect(await listDir(dir)).toEqual(['chapter.json']);
  });
});

describe('acquireDataDirLock on a failing disk', () => {
  it.each([
    ['EROFS', 'read-only'],
    ['EACCES', 'read-only'],
    ['ENOSPC', 'disk-full'],
  ])('reports %s as %s, never as "already open"', async (errno, code) => {
    const dir = await tempDir();
    fault.open = errno;
    const error = await appError(acquireDataDirLock(dir));
    expect(error.code).toBe(code);
    expect(error.message).not.toMatch(/already open/);
    expect(await listDir(dir)).toEqual([]);
  });
});
