import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChapterStore, DATA_FILE, type OpenResult } from '../../../src/main/store/chapterStore';
import { writeFileDurable } from '../../../src/main/store/durable';
import { BUILD, readSeal, sealPath, writeSeal } from '../../../src/main/store/seal';
import { serializeStore, validateChanged } from '../../../src/main/store/validate';
import { StoreSchema, emptyStore } from '../../../src/shared/schema/store';
import { listDir, member, storeWith, tempDir } from './helpers';

/**
 * The seal lets an open skip validating bytes this build validated when it wrote them,
 * and nothing else: every other file is validated in full.
 */

function opened(result: OpenResult): ChapterStore {
  if (result.kind !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result.store;
}

/** Opens `dir` and says whether the schema validation ran on the file. */
async function openCountingValidation(
  dir: string,
): Promise<{ result: OpenResult; validated: boolean }> {
  const spy = vi.spyOn(StoreSchema, 'safeParse');
  try {
    const result = await ChapterStore.open(dir, () => emptyStore());
    return { result, validated: spy.mock.calls.length > 0 };
  } finally {
    spy.mockRestore();
  }
}

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the seal beside the data file', () => {
  it('vouches for the exact bytes once writes settle', async () => {
    const dir = await tempDir();
    const store = opened(await ChapterStore.open(dir, () => storeWith(2)));
    await store.update((d) => ({
      data: { ...d, members: [...d.members, member(9, { name: 'Ana Ruiz' })] },
    }));
    await store.settle();
    const bytes = await readFile(join(dir, DATA_FILE));
    expect(await readSeal(store.path)).toEqual({
      format: 'chapterhouse-seal/1',
      build: BUILD,
      size: bytes.length,
      sha256: sha(bytes),
    });
  });

  it('seals on its own once writes pause', async () => {
    const dir = await tempDir();
    const store = opened(await ChapterStore.open(dir, () => storeWith(2)));
    await store.update((d) => ({ data: { ...d, members: d.members.slice(1) } }));
    const bytes = await readFile(join(dir, DATA_FILE));
    await expect
      .poll(async () => (await readSeal(store.path))?.sha256, { timeout: 5000 })
      .toBe(sha(bytes));
  });

  it('spares validating a file this build sealed, and opens it with the same data', async () => {
    const dir = await tempDir();
    const first = opened(await ChapterStore.open(dir, () => storeWith(3)));
    const { result, validated } = await openCountingValidation(dir);
    expect(validated).toBe(false);
    expect(opened(result).data).toEqual(first.data);
    expect(Object.isFrozen(opened(result).data.members[0])).toBe(true);
  });

  it('validates an unsealed file in full, then seals it for the next open', async () => {
    const dir = await tempDir();
    // Bytes as this build writes them (validated data, serialised), but not sealed.
    await writeFile(join(dir, DATA_FILE), serializeStore(validateChanged(null, storeWith(2))));
    const { result, validated } = await openCountingValidation(dir);
    expect(validated).toBe(true);
    await opened(result).close();
    expect(await listDir(dir)).toContain(`${DATA_FILE}.seal`);
    expect((await openCountingValidation(dir)).validated).toBe(false);
  });

  it('never vouches for a valid file that validation had to fill in (an older build wrote it)', async () => {
    // Valid, but without the collections added since, and with fields in another order:
    // validation fills in the defaults, so these bytes are not what this build writes.
    const dir = await tempDir();
    const path = join(dir, DATA_FILE);
    await writeFile(path, '{"members":[],"chapter":null,"sample":false,"schemaVersion":1}');
    // Opened twice (the app killed in between, or closed and sealed): validated both times.
    for (const close of [false, true]) {
      const { result, validated } = await openCountingValidation(dir);
      expect(validated).toBe(true);
      const store = opened(result);
      expect(store.data.votes).toEqual([]);
      expect(store.data.settings).toEqual(emptyStore().settings);
      if (close) await store.close();
    }
    expect((await openCountingValidation(dir)).validated).toBe(true);
    // Once written by this build, the bytes are its own and the seal covers them.
    const store = opened(await ChapterStore.open(dir, () => emptyStore()));
    await store.update((d) => ({ data: { ...d, members: [member(1)] } }));
    await store.close();
    const { result, validated } = await openCountingValidation(dir);
    expect(validated).toBe(false);
    expect(opened(result).data).toEqual(store.data);
  });

  it('does not cover a hand edit: an invalid file under an old seal is found damaged', async () => {
    const dir = await tempDir();
    opened(await ChapterStore.open(dir, () => storeWith(2)));
    const path = join(dir, DATA_FILE);
    const edited = (await readFile(path, 'utf8')).replace('"active":true', '"active":"yes"');
    await writeFile(path, edited);
    const { result, validated } = await openCountingValidation(dir);
    expect(validated).toBe(true);
    expect(result).toMatchObject({ kind: 'damaged', damage: 'schema-invalid' });
  });

  it('does not cover a seal written by another build, even for the same bytes', async () => {
    const dir = await tempDir();
    const store = opened(await ChapterStore.open(dir, () => storeWith(2)));
    const seal = await readSeal(store.path);
    if (!seal) throw new Error('no seal');
    await writeSeal(store.path, { ...seal, build: 'chapterhouse 0.9 (another build)' });
    expect((await openCountingValidation(dir)).validated).toBe(true);
  });

  it('does not cover new bytes written after it (a crash between the write and the seal)', async () => {
    const dir = await tempDir();
    opened(await ChapterStore.open(dir, () => storeWith(1)));
    await writeFileDurable(join(dir, DATA_FILE), serializeStore(storeWith(4)));
    const { result, validated } = await openCountingValidation(dir);
    expect(validated).toBe(true);
    expect(opened(result).data.members).toHaveLength(4);
  });

  it('is ignored when unreadable: the file is validated and opens', async () => {
    const dir = await tempDir();
    opened(await ChapterStore.open(dir, () => storeWith(2)));
    await writeFile(sealPath(join(dir, DATA_FILE)), '{"format":"chapterhouse-seal/1",');
    const { result, validated } = await openCountingValidation(dir);
    expect(validated).toBe(true);
    expect(opened(result).data.members).toHaveLength(2);
  });

  it('names the backup copied from the sealed bytes, so a reopen makes no second copy', async () => {
    const dir = await tempDir();
    opened(await ChapterStore.open(dir, () => storeWith(2)));
    opened(await ChapterStore.open(dir, () => emptyStore()));
    const backups = await listDir(join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    expect((await readSeal(join(dir, DATA_FILE)))?.copy).toBe(backups[0]);
    opened(await ChapterStore.open(dir, () => emptyStore()));
    expect(await listDir(join(dir, 'backups'))).toEqual(backups);
  });
});
