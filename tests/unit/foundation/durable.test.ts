import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fsyncDir, writeFileDurable } from '../../../src/main/store/durable';
import { listDir, tempDir } from './helpers';

describe('writeFileDurable', () => {
  it('creates the file when the target is missing', async () => {
    const dir = await tempDir();
    const path = join(dir, 'chapter.json');
    await writeFileDurable(path, '{"a":1}\n');
    expect(await readFile(path, 'utf8')).toBe('{"a":1}\n');
    expect(await listDir(dir)).toEqual(['chapter.json']);
  });

  it('replaces an existing file with the new bytes and leaves no temp files', async () => {
    const dir = await tempDir();
    const path = join(dir, 'chapter.json');
    await writeFile(path, 'old contents that are longer than the new ones');
    await writeFileDurable(path, 'new');
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(await listDir(dir)).toEqual(['chapter.json']);
  });

  it('writes binary data byte for byte', async () => {
    const dir = await tempDir();
    const path = join(dir, 'out.pdf');
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    await writeFileDurable(path, bytes);
    expect(new Uint8Array(await readFile(path))).toEqual(bytes);
  });

  it('never exposes a half-written file: concurrent readers see old or new bytes only', async () => {
    const dir = await tempDir();
    const path = join(dir, 'chapter.json');
    const a = 'a'.repeat(200_000);
    const b = 'b'.repeat(300_000);
    await writeFileDurable(path, a);
    const seen = new Set<string>();
    const writes = (async () => {
      for (let i = 0; i < 10; i++) await writeFileDurable(path, i % 2 ? a : b);
    })();
    let done = false;
    void writes.then(() => (done = true));
    while (!done) {
      const text = await readFile(path, 'utf8');
      seen.add(text === a ? 'a' : text === b ? 'b' : `torn:${text.length}`);
    }
    await writes;
    expect([...seen].filter((s) => s.startsWith('torn'))).toEqual([]);
    expect(await listDir(dir)).toEqual(['chapter.json']);
  });

  it('fails (without leaving a temp file) when the folder does not exist', async () => {
    const dir = await tempDir();
    await expect(writeFileDurable(join(dir, 'missing', 'chapter.json'), 'x')).rejects.toThrow();
    expect(await listDir(dir)).toEqual([]);
  });

  it('cleans up the temp file when the rename fails', async () => {
    const dir = await tempDir();
    // Renaming a file over a non-empty directory fails with EISDIR/ENOTEMPTY (not retried).
    const target = join(dir, 'chapter.json');
    await mkdir(target);
    await writeFile(join(target, 'inner'), 'x');
    await expect(writeFileDurable(target, 'data')).rejects.toThrow();
    expect(await listDir(dir)).toEqual(['chapter.json']);
  });

  it('fsyncs a directory', async () => {
    const dir = await tempDir();
    await expect(fsyncDir(dir)).resolves.toBeUndefined();
  });
});
