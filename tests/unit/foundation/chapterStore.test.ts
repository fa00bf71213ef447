import { readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChapterStore, DATA_FILE, type OpenResult } from '../../../src/main/store/chapterStore';
import { inspectFile } from '../../../src/main/store/inspect';
import { MIGRATIONS } from '../../../src/main/store/migrations';
import { serializeStore } from '../../../src/main/store/validate';
import { AppError } from '../../../src/shared/errors';
import type { Member } from '../../../src/shared/schema/member';
import { emptyStore, type StoreData } from '../../../src/shared/schema/store';
import { STORE_BUDGET_BYTES } from '../../../src/shared/limits';
import { APP_VERSION } from '../../../src/shared/version';
import { listDir, manualClock, member, storeWith, tempDir } from './helpers';

function opened(result: OpenResult): ChapterStore {
  if (result.kind !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result.store;
}

async function openIn(dir: string, clock?: () => Date): Promise<ChapterStore> {
  return opened(await ChapterStore.open(dir, () => emptyStore(), clock));
}

/** Data as the store writes it: stamped with the version that wrote it. */
function stamped(data: StoreData): StoreData {
  return { ...data, writtenBy: APP_VERSION };
}

async function onDisk(store: ChapterStore): Promise<StoreData> {
  const inspection = await inspectFile(store.path);
  if (inspection.kind !== 'ok') throw new Error(`file is ${inspection.kind}`);
  return inspection.data;
}

const addMember = (m: Member) => (data: StoreData) => ({
  data: { ...data, members: [...data.members, m] },
  result: m.id,
});

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

describe('ChapterStore.open', () => {
  it('creates the file from `initial` when it is missing, without a backup', async () => {
    const dir = await tempDir();
    const result = await ChapterStore.open(dir, () => storeWith(2));
    const store = opened(result);
    expect(result.kind === 'ok' && result.migratedFrom).toBeNull();
    expect(store.path).toBe(join(dir, DATA_FILE));
    expect(await onDisk(store)).toEqual(stamped(storeWith(2)));
    expect(store.data).toEqual(stamped(storeWith(2)));
    expect(await listDir(dir)).toEqual([DATA_FILE, `${DATA_FILE}.seal`]);
  });

  it('creates the folder itself when needed', async () => {
    const dir = join(await tempDir(), 'usb', 'chapter');
    const store = await openIn(dir);
    expect(await onDisk(store)).toEqual(stamped(emptyStore()));
  });

  it('reads an existing file and makes an "open" backup of it, bytes unchanged', async () => {
    const dir = await tempDir();
    const text = serializeStore(storeWith(3));
    await writeFile(join(dir, DATA_FILE), text);
    const { clock } = manualClock('2026-03-01T12:00:00.000Z');
    const store = await openIn(dir, clock);
    expect(store.data).toEqual(storeWith(3));
    expect(await readFile(join(dir, DATA_FILE), 'utf8')).toBe(text);
    const backups = await listDir(join(dir, 'backups'));
    expect(backups).toEqual(['chapter-s000001-20260301T120000000Z-open.json']);
    expect(await readFile(join(dir, 'backups', backups[0] ?? ''), 'utf8')).toBe(text);
  });

  it('freezes the data it holds', async () => {
    const store = await openIn(await tempDir());
    expect(Object.isFrozen(store.data)).toBe(true);
    expect(Object.isFrozen(store.data.members)).toBe(true);
  });

  const DAMAGED: [string, string | Uint8Array][] = [
    ['empty', ''],
    ['nul-bytes', new Uint8Array([0x7b, 0, 0, 0, 0x7d])],
    ['truncated', serializeStore(storeWith(2)).slice(0, 100)],
    ['not-json', 'definitely not json'],
    ['schema-invalid', JSON.stringify({ ...storeWith(1), members: [{ id: 3 }] })],
  ];

  it.each(DAMAGED)(
    'moves a damaged file (%s) into damaged/ untouched and reports it',
    async (kind, bytes) => {
      const dir = await tempDir();
      const path = join(dir, DATA_FILE);
      await writeFile(path, bytes);
      const original = await readFile(path);
      const { clock } = manualClock('2026-03-01T12:00:00.000Z');
      const result = await ChapterStore.open(dir, () => emptyStore(), clock);
      expect(result.kind).toBe('damaged');
      if (result.kind !== 'damaged') return;
      expect(result.damage).toBe(kind);
      expect(result.detail.length).toBeGreaterThan(0);
      expect(result.movedTo).toBe(join(dir, 'damaged', 'chapter-20260301T120000000Z.json'));
      expect(await readFile(result.movedTo)).toEqual(original);
      // Not reset, not recreated, not backed up as if it were good data.
      expect(await listDir(dir)).toEqual(['damaged']);
    },
  );

  it('leaves a file from a newer version where it is, and says which version wrote it', async () => {
    const dir = await tempDir();
    const path = join(dir, DATA_FILE);
    const text = JSON.stringify({ ...storeWith(1), schemaVersion: 99, writtenBy: '3.2.0' });
    await writeFile(path, text);
    const result = await ChapterStore.open(dir, () => emptyStore());
    expect(result).toMatchObject({ kind: 'newer', newer: { version: 99, writtenBy: '3.2.0' } });
    expect(result.kind === 'newer' && result.detail).toMatch(
      /Chapterhouse 3\.2\.0 \(data version 99\)/,
    );
    expect(await readFile(path, 'utf8')).toBe(text);
    expect(await listDir(dir)).toEqual([DATA_FILE]);
  });

  it('takes the recovery path, without reading it, for a file too large to read', async () => {
    const dir = await tempDir();
    const path = join(dir, DATA_FILE);
    // Sparse: 450 MiB long on paper, no disk used.
    await writeFile(path, '');
    await truncate(path, 450 * 1024 * 1024);
    const result = await ChapterStore.open(dir, () => emptyStore());
    expect(result).toMatchObject({ kind: 'damaged', damage: 'too-large' });
    expect(result.kind === 'damaged' && result.detail).toMatch(/too large.*450 MiB/);
    expect(await listDir(join(dir, 'damaged'))).toHaveLength(2); // the file and its note
  });

  it('refuses a write that would take the file past its budget, and changes nothing', async () => {
    const dir = await tempDir();
    const opened_ = await ChapterStore.open(dir, () => storeWith(1), undefined, {
      budgetBytes: 4096,
    });
    const store = opened(opened_);
    const before = await readFile(join(dir, DATA_FILE));
    const big = Array.from({ length: 40 }, (_, i) => member(100 + i));
    await expect(
      store.update((d) => ({ data: { ...d, members: [...d.members, ...big] } })),
    ).rejects.toMatchObject({
      code: 'too-large',
      message: expect.stringMatching(/not saved/) as string,
    });
    expect((await readFile(join(dir, DATA_FILE))).equals(before)).toBe(true);
    expect(store.data.members).toHaveLength(1);
    // A smaller change still fits.
    await store.update((d) => ({ data: { ...d, members: [...d.members, member(7)] } }));
    expect(store.data.members).toHaveLength(2);
  });

  it('budgets 256 MiB by default', () => {
    expect(STORE_BUDGET_BYTES).toBe(256 * 1024 * 1024);
  });

  it('keeps every damaged copy, even two made in the same millisecond', async () => {
    const dir = await tempDir();
    const path = join(dir, DATA_FILE);
    const { clock } = manualClock('2026-03-01T12:00:00.000Z');
    await writeFile(path, 'first damaged file');
    const a = await ChapterStore.open(dir, () => emptyStore(), clock);
    await writeFile(path, 'second damaged file');
    const b = await ChapterStore.open(dir, () => emptyStore(), clock);
    if (a.kind !== 'damaged' || b.kind !== 'damaged') throw new Error('expected damaged');
    expect(a.movedTo).not.toBe(b.movedTo);
    expect(await readFile(a.movedTo, 'utf8')).toBe('first damaged file');
    expect(await readFile(b.movedTo, 'utf8')).toBe('second damaged file');
  });

  it('migrates an older file: backs it up first, then writes the current version', async () => {
    const dir = await tempDir();
    const path = join(dir, DATA_FILE);
    const { schemaVersion: _v, sample: _s, ...v0 } = storeWith(2);
    const oldText = JSON.stringify(v0);
    await writeFile(path, oldText);
    MIGRATIONS.push({
      from: 0,
      describe: 'add the sample flag',
      migrate: (d) => ({ ...d, sample: false }),
    });
    try {
      const { clock } = manualClock('2026-03-01T12:00:00.000Z');
      const result = await ChapterStore.open(dir, () => emptyStore(), clock);
      const store = opened(result);
      expect(result.kind === 'ok' && result.migratedFrom).toBe(0);
      expect(store.data).toEqual(storeWith(2));
      expect(await onDisk(store)).toEqual(storeWith(2));
      const backups = await listDir(join(dir, 'backups'));
      expect(backups).toEqual([
        'chapter-s000001-20260301T120000000Z-open.json',
        'chapter-s000002-20260301T120000000Z-migration.json',
      ]);
      for (const b of backups)
        expect(await readFile(join(dir, 'backups', b), 'utf8')).toBe(oldText);
    } finally {
      MIGRATIONS.pop();
    }
  });
});

describe('ChapterStore.update', () => {
  it('has the new data on disk once it resolves', async () => {
    const store = await openIn(await tempDir());
    const id = await store.update(addMember(member(1)));
    expect(id).toBe('m-1');
    expect(store.data.members).toEqual([member(1)]);
    expect(await onDisk(store)).toEqual(store.data);
    expect(await readFile(store.path, 'utf8')).toBe(serializeStore(store.data));
  });

  it('rejects a result that fails the schema: invalid-input, file and memory unchanged', async () => {
    const dir = await tempDir();
    const store = await openIn(dir);
    await store.update(addMember(member(1)));
    const before = await readFile(store.path);
    const prev = store.data;
    const bad = { ...member(2), county: 'Baltimore', joined: 'yesterday' };
    const error = await rejection(store.update(addMember(bad)));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('invalid-input');
    expect((error as AppError).issues?.map((i) => i.path)).toEqual(
      expect.arrayContaining(['members[1].county', 'members[1].joined']),
    );
    expect(store.data).toBe(prev);
    expect(await readFile(store.path)).toEqual(before);
    expect(await listDir(dir)).toEqual([DATA_FILE, `${DATA_FILE}.seal`]);
  });

  it.each<[string, (d: StoreData) => unknown]>([
    ['a wrong schemaVersion', (d) => ({ ...d, schemaVersion: 2 })],
    ['a chapter with no name', (d) => ({ ...d, chapter: { ...d.chapter, name: '' } })],
    ['members that are not an array', (d) => ({ ...d, members: {} })],
    ['an unknown top-level field', (d) => ({ ...d, extra: true })],
    ['a missing field', ({ sample: _s, ...rest }) => rest],
  ])('rejects %s with invalid-input', async (_label, change) => {
    const dir = await tempDir();
    await writeFile(join(dir, DATA_FILE), serializeStore(storeWith(2)));
    const store = await openIn(dir);
    const before = await readFile(store.path);
    const prev = store.data;
    const error = await rejection(store.update((d) => ({ data: change(d) as StoreData })));
    expect((error as AppError).code).toBe('invalid-input');
    expect(store.data).toBe(prev);
    expect(await readFile(store.path)).toEqual(before);
  });

  it('changes nothing when the mutator throws', async () => {
    const store = await openIn(await tempDir());
    await store.update(addMember(member(1)));
    const before = await readFile(store.path);
    const prev = store.data;
    const boom = new Error('boom');
    expect(
      await rejection(
        store.update(() => {
          throw boom;
        }),
      ),
    ).toBe(boom);
    expect(store.data).toBe(prev);
    expect(await readFile(store.path)).toEqual(before);
  });

  it('keeps memory unchanged when the write itself fails', async () => {
    const dir = await tempDir();
    const store = await openIn(dir);
    const prev = store.data;
    await rm(dir, { recursive: true, force: true });
    await expect(store.update(addMember(member(1)))).rejects.toThrow();
    expect(store.data).toBe(prev);
  });

  it('applies concurrent updates in call order, and one failure does not stop the rest', async () => {
    const store = await openIn(await tempDir());
    const calls = Array.from({ length: 20 }, (_, i) =>
      i === 7
        ? store.update(() => {
            throw new Error('seven fails');
          })
        : store.update(addMember(member(i))),
    );
    const settled = await Promise.allSettled(calls);
    expect(settled.map((s) => s.status)).toEqual(
      Array.from({ length: 20 }, (_, i) => (i === 7 ? 'rejected' : 'fulfilled')),
    );
    const expected = Array.from({ length: 20 }, (_, i) => i)
      .filter((i) => i !== 7)
      .map((i) => `m-${i}`);
    expect(store.data.members.map((m) => m.id)).toEqual(expected);
    expect((await onDisk(store)).members.map((m) => m.id)).toEqual(expected);
  });

  it('each mutator sees the result of the previous one', async () => {
    const store = await openIn(await tempDir());
    const counts = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        store.update((d) => ({
          data: { ...d, members: [...d.members, member(i)] },
          result: d.members.length,
        })),
      ),
    );
    expect(counts).toEqual([0, 1, 2, 3, 4]);
  });

  it('makes a periodic backup at most every 10 minutes', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, DATA_FILE), serializeStore(emptyStore()));
    const time = manualClock('2026-03-01T12:00:00.000Z');
    const store = await openIn(dir, time.clock);
    const periodic = async () =>
      (await listDir(join(dir, 'backups'))).filter((n) => n.endsWith('-periodic.json'));
    let i = 0;
    const write = () => store.update(addMember(member(i++)));

    await write();
    time.advance(5 * 60_000);
    await write();
    expect(await periodic()).toEqual([]);

    time.advance(5 * 60_000); // 10 minutes since open
    await write();
    expect(await periodic()).toEqual(['chapter-s000002-20260301T121000000Z-periodic.json']);
    // The backup holds the state before this write (two members).
    const copy = JSON.parse(
      await readFile(
        join(dir, 'backups', 'chapter-s000002-20260301T121000000Z-periodic.json'),
        'utf8',
      ),
    ) as StoreData;
    expect(copy.members).toHaveLength(2);

    for (let k = 0; k < 9; k++) {
      time.advance(60_000);
      await write();
    }
    expect(await periodic()).toHaveLength(1);
    time.advance(60_000); // 10 minutes since the last periodic backup
    await write();
    expect(await periodic()).toEqual([
      'chapter-s000002-20260301T121000000Z-periodic.json',
      'chapter-s000003-20260301T122000000Z-periodic.json',
    ]);
  });

  it('keeps making periodic backups when the clock goes back', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, DATA_FILE), serializeStore(emptyStore()));
    const time = manualClock('2099-01-01T12:00:00.000Z');
    const store = await openIn(dir, time.clock);
    const periodic = async () =>
      (await listDir(join(dir, 'backups'))).filter((n) => n.endsWith('-periodic.json'));
    let i = 0;
    const write = () => store.update(addMember(member(i++)));
    // Someone puts the clock right: it is 2026, and work goes on for an hour.
    time.set('2026-03-01T12:00:00.000Z');
    for (let minute = 0; minute <= 60; minute += 5) {
      await write();
      time.advance(5 * 60_000);
    }
    // One when the clock jumped back, then one every 10 minutes.
    expect((await periodic()).length).toBeGreaterThanOrEqual(6);
  });

  it('a rejected update makes no periodic backup', async () => {
    const dir = await tempDir();
    const time = manualClock();
    const store = await openIn(dir, time.clock);
    time.advance(60 * 60_000);
    await expect(
      store.update((d) => ({ data: { ...d, sample: 'no' as never } })),
    ).rejects.toThrow();
    expect(await listDir(dir)).toEqual([DATA_FILE, `${DATA_FILE}.seal`]);
  });

  it('keeps unchanged elements as the same objects (only changed ones are parsed)', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, DATA_FILE), serializeStore(storeWith(3)));
    const store = await openIn(dir);
    const [a, b, c] = store.data.members;
    const chapter = store.data.chapter;
    await store.update((d) => ({
      data: { ...d, members: d.members.with(1, { ...member(1), name: 'Renamed' }) },
    }));
    expect(store.data.chapter).toBe(chapter);
    expect(store.data.members[0]).toBe(a);
    expect(store.data.members[1]).not.toBe(b);
    expect(store.data.members[1]?.name).toBe('Renamed');
    expect(Object.isFrozen(store.data.members[1])).toBe(true);
    expect(store.data.members[2]).toBe(c);
  });

  it('normalises new elements through the schema (trimmed strings)', async () => {
    const store = await openIn(await tempDir());
    await store.update(addMember({ ...member(1), name: '  Padded Name  ' }));
    expect(store.data.members[0]?.name).toBe('Padded Name');
    expect((await onDisk(store)).members[0]?.name).toBe('Padded Name');
  });

  it.each<[string, (d: StoreData) => void]>([
    [
      'renaming a member in place',
      (d) => {
        (d.members[0] as Member).name = 'Mutated';
      },
    ],
    [
      'pushing onto the members array',
      (d) => {
        d.members.push(member(9));
      },
    ],
    [
      'replacing the chapter on the store object',
      (d) => {
        d.chapter = null;
      },
    ],
    [
      'editing a nested array',
      (d) => {
        (d.chapter?.counties ?? []).push('24001');
      },
    ],
  ])('refuses an in-place mutation attempt (%s) with a TypeError', async (_label, mutate) => {
    const dir = await tempDir();
    await writeFile(join(dir, DATA_FILE), serializeStore(storeWith(2)));
    const store = await openIn(dir);
    const before = await readFile(store.path);
    const snapshot = structuredClone(store.data);
    const error = await rejection(
      store.update((d) => {
        mutate(d);
        return { data: d };
      }),
    );
    expect(error).toBeInstanceOf(TypeError);
    expect(store.data).toEqual(snapshot);
    expect(await readFile(store.path)).toEqual(before);
  });
});

describe('ChapterStore.replace and backup', () => {
  it('backs up the current file, then replaces all data', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, DATA_FILE), serializeStore(storeWith(1)));
    const time = manualClock('2026-03-01T12:00:00.000Z');
    const store = await openIn(dir, time.clock);
    time.advance(1000);
    await store.replace(storeWith(5), 'import');
    expect(store.data.members).toHaveLength(5);
    expect(await onDisk(store)).toEqual(stamped(storeWith(5)));
    const backups = await listDir(join(dir, 'backups'));
    expect(backups).toContain('chapter-s000002-20260301T120001000Z-import.json');
    const copy = await readFile(
      join(dir, 'backups', 'chapter-s000002-20260301T120001000Z-import.json'),
      'utf8',
    );
    expect(copy).toBe(serializeStore(storeWith(1)));
  });

  it('rejects invalid replacement data and leaves the file alone', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, DATA_FILE), serializeStore(storeWith(1)));
    const store = await openIn(dir);
    const before = await readFile(store.path);
    await expect(
      store.replace({ ...storeWith(1), members: [{ id: '' }] } as unknown as StoreData, 'import'),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    expect(await readFile(store.path)).toEqual(before);
  });

  it('waits for queued writes before backing up', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, DATA_FILE), serializeStore(emptyStore()));
    const time = manualClock('2026-03-01T12:00:00.000Z');
    const store = await openIn(dir, time.clock);
    time.advance(1000);
    void store.update(addMember(member(1)));
    const name = await store.backup('restore');
    const copy = JSON.parse(await readFile(join(dir, 'backups', name ?? ''), 'utf8')) as StoreData;
    expect(copy.members.map((m) => m.id)).toEqual(['m-1']);
  });
});
