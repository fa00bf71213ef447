import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_REASONS,
  backupPath,
  backupsDir,
  backupsToKeep,
  createBackup,
  listBackups,
  pruneBackups,
} from '../../../src/main/store/backups';
import { serializeStore } from '../../../src/main/store/validate';
import { listDir, storeWith, tempDir } from './helpers';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

/** A backup name from before the sequence number (older versions wrote these). */
function nameAt(iso: string | number, reason = 'periodic'): string {
  return `chapter-${new Date(iso).toISOString().replace(/[-:.]/g, '')}-${reason}.json`;
}

/** The name createBackup gives the `seq`-th copy, made at `iso`. */
function seqName(seq: number, iso: string | number, reason = 'periodic'): string {
  const stamp = new Date(iso).toISOString().replace(/[-:.]/g, '');
  return `chapter-s${String(seq).padStart(6, '0')}-${stamp}-${reason}.json`;
}

/** Backups made at `start`, `start + step`, … (count of them), as names. */
function series(start: string, step: number, count: number): string[] {
  const t0 = new Date(start).getTime();
  return Array.from({ length: count }, (_, i) => nameAt(t0 + i * step));
}

const sorted = (s: Iterable<string>) => [...s].sort();

describe('backupsToKeep (newest 10, plus the newest of each of the last 14 days)', () => {
  const NOW = new Date('2026-03-21T12:00:00.000Z');

  const TABLE: { label: string; names: string[]; keep: string[] }[] = [
    { label: 'no backups', names: [], keep: [] },
    {
      label: 'fewer than 10 on one day: all kept',
      names: series('2026-03-21T01:00:00Z', HOUR, 7),
      keep: series('2026-03-21T01:00:00Z', HOUR, 7),
    },
    {
      label: '15 on one day: the newest 10',
      names: series('2026-03-21T00:10:00Z', 30 * 60 * 1000, 15),
      keep: series('2026-03-21T00:10:00Z', 30 * 60 * 1000, 15).slice(5),
    },
    {
      label: 'one a day for 20 days: newest 10 plus each day within 14 days',
      // 03-01 … 03-20 at 10:00; the cutoff is 03-07T12:00, so 03-08 … 03-20 stay.
      names: series('2026-03-01T10:00:00Z', DAY, 20),
      keep: series('2026-03-08T10:00:00Z', DAY, 13),
    },
    {
      label: 'one a day for 8 days, all older than 14 days: only the newest 10 rule applies',
      names: series('2026-02-01T10:00:00Z', DAY, 8),
      keep: series('2026-02-01T10:00:00Z', DAY, 8),
    },
    {
      label: '12 old ones (30+ days) and nothing recent: newest 10',
      names: series('2026-01-01T10:00:00Z', HOUR, 12),
      keep: series('2026-01-01T10:00:00Z', HOUR, 12).slice(2),
    },
    {
      label: 'five a day for 20 days: the last two days whole, then the newest of each day',
      names: Array.from({ length: 20 }, (_, d) =>
        series(`2026-03-${String(d + 1).padStart(2, '0')}T01:00:00Z`, HOUR, 5),
      ).flat(),
      keep: [
        ...series('2026-03-19T01:00:00Z', HOUR, 5),
        ...series('2026-03-20T01:00:00Z', HOUR, 5),
        // Newest of each day from 03-08 (03-07 05:00 is before the 03-07T12:00 cutoff).
        ...Array.from({ length: 11 }, (_, d) =>
          nameAt(`2026-03-${String(d + 8).padStart(2, '0')}T05:00:00Z`),
        ),
      ],
    },
  ];

  it.each(TABLE)('$label', ({ names, keep }) => {
    expect(sorted(backupsToKeep(names, NOW))).toEqual(sorted(keep));
  });

  it('keeps the newest of a day that straddles the 14-day cutoff', () => {
    const names = [nameAt('2026-03-07T11:00:00Z'), nameAt('2026-03-07T13:00:00Z')];
    // Both are within the newest 10 anyway; pad with 10 newer ones so only the day rule applies.
    const recent = series('2026-03-21T00:00:00Z', 60 * 1000, 10);
    const keep = backupsToKeep([...names, ...recent], NOW);
    expect(keep.has(nameAt('2026-03-07T13:00:00Z'))).toBe(true);
    expect(keep.has(nameAt('2026-03-07T11:00:00Z'))).toBe(false);
  });

  it('ignores names that are not backups', () => {
    const keep = backupsToKeep(['notes.txt', 'chapter.json', nameAt('2026-03-21T01:00:00Z')], NOW);
    expect(sorted(keep)).toEqual([nameAt('2026-03-21T01:00:00Z')]);
  });

  it('never keeps more than 10 + 14', () => {
    // Hourly for 40 days up to an hour before now.
    const names = series('2026-02-09T12:00:00Z', HOUR, 24 * 40);
    expect(backupsToKeep(names, NOW).size).toBe(24);
  });

  it('counts numbered backups made in the same millisecond', () => {
    const at = '2026-03-21T01:00:00.000Z';
    const names = [nameAt(at, 'open'), nameAt(at, '1-migration')];
    expect(sorted(backupsToKeep(names, NOW))).toEqual(sorted(names));
  });
});

describe('pruneBackups', () => {
  it('deletes every backup that backupsToKeep does not keep, and nothing else', async () => {
    const dir = await tempDir();
    const now = new Date('2026-03-21T12:00:00.000Z');
    const names = series('2026-02-20T09:00:00Z', 12 * HOUR, 60);
    for (const n of names) await writeFile(join(dir, n), '{}');
    await writeFile(join(dir, 'notes.txt'), 'keep me');
    await writeFile(join(dir, 'chapter-garbage.json'), 'keep me too');
    await pruneBackups(dir, now);
    const expected = sorted([...backupsToKeep(names, now), 'notes.txt', 'chapter-garbage.json']);
    expect(await listDir(dir)).toEqual(expected);
    expect(expected.length).toBeLessThan(names.length);
  });
});

describe('createBackup', () => {
  it('returns null and creates nothing when there is no data file', async () => {
    const dir = await tempDir();
    expect(await createBackup(join(dir, 'chapter.json'), 'open')).toBeNull();
    expect(await listDir(dir)).toEqual([]);
  });

  it.each(BACKUP_REASONS)(
    'copies the file into backups/ and names the reason (%s)',
    async (reason) => {
      const dir = await tempDir();
      const file = join(dir, 'chapter.json');
      const text = serializeStore(storeWith(2));
      await writeFile(file, text);
      const at = new Date('2026-03-01T12:34:56.789Z');
      const name = await createBackup(file, reason, at);
      expect(name).toBe(`chapter-s000001-20260301T123456789Z-${reason}.json`);
      expect(backupsDir(file)).toBe(join(dir, 'backups'));
      expect(await readFile(join(dir, 'backups', name ?? ''), 'utf8')).toBe(text);
    },
  );

  it('numbers every backup in sequence, so copies made in the same millisecond never overwrite', async () => {
    const dir = await tempDir();
    const file = join(dir, 'chapter.json');
    const at = new Date('2026-03-01T12:00:00.000Z');
    await writeFile(file, 'first');
    const a = await createBackup(file, 'open', at);
    await writeFile(file, 'second');
    const b = await createBackup(file, 'open', at);
    await writeFile(file, 'third');
    const c = await createBackup(file, 'open', at);
    expect([a, b, c]).toEqual([
      'chapter-s000001-20260301T120000000Z-open.json',
      'chapter-s000002-20260301T120000000Z-open.json',
      'chapter-s000003-20260301T120000000Z-open.json',
    ]);
    const backups = join(dir, 'backups');
    expect(await readFile(join(backups, a ?? ''), 'utf8')).toBe('first');
    expect(await readFile(join(backups, b ?? ''), 'utf8')).toBe('second');
    expect(await readFile(join(backups, c ?? ''), 'utf8')).toBe('third');
  });

  it('does not make a second "open" backup of unchanged bytes', async () => {
    const dir = await tempDir();
    const file = join(dir, 'chapter.json');
    await writeFile(file, '{"a":1}');
    const t0 = new Date('2026-03-01T12:00:00.000Z').getTime();
    const first = await createBackup(file, 'open', new Date(t0));
    expect(await createBackup(file, 'open', new Date(t0 + 60_000))).toBe(first);
    expect(await listDir(join(dir, 'backups'))).toHaveLength(1);
    await writeFile(file, '{"a":2}');
    expect(await createBackup(file, 'open', new Date(t0 + 120_000))).not.toBe(first);
    // Other reasons always keep their own, labelled copy.
    await createBackup(file, 'import', new Date(t0 + 180_000));
    expect(await listDir(join(dir, 'backups'))).toHaveLength(3);
  });

  it('prunes as it goes', async () => {
    const dir = await tempDir();
    const file = join(dir, 'chapter.json');
    await writeFile(file, '{}');
    const t0 = new Date('2026-03-01T12:00:00.000Z').getTime();
    for (let i = 0; i < 25; i++) await createBackup(file, 'periodic', new Date(t0 + i * 60_000));
    const left = await listDir(join(dir, 'backups'));
    expect(left).toHaveLength(10);
    expect(left.at(-1)).toBe(seqName(25, t0 + 24 * 60_000));
  });

  it('continues the sequence after backups written before it existed', async () => {
    const dir = await tempDir();
    const file = join(dir, 'chapter.json');
    await writeFile(file, '{}');
    await mkdir(join(dir, 'backups'));
    await writeFile(join(dir, 'backups', nameAt('2026-03-01T10:00:00Z')), '{}');
    const name = await createBackup(file, 'periodic', new Date('2026-03-01T09:00:00Z'));
    expect(name).toBe(seqName(1, '2026-03-01T09:00:00Z'));
    // Made later in fact, though its clock said earlier: listed first.
    const listed = await listBackups(file);
    expect(listed.map((b) => b.id)).toEqual([name, nameAt('2026-03-01T10:00:00Z')]);
  });
});

describe('backups and a wrong clock', () => {
  const NOW = new Date('2026-03-21T12:00:00.000Z');

  it('future-dated copies (clock once set to 2099) never crowd out the ones made since', () => {
    const future = Array.from({ length: 10 }, (_, i) =>
      seqName(i + 1, `2099-01-0${(i % 9) + 1}T10:00:00Z`),
    );
    const since = Array.from({ length: 10 }, (_, i) =>
      seqName(i + 11, `2026-03-${String(i + 10).padStart(2, '0')}T10:00:00Z`),
    );
    const keep = backupsToKeep([...future, ...since], NOW);
    for (const n of since) expect(keep.has(n), n).toBe(true);
    for (const n of future) expect(keep.has(n), n).toBe(false);
  });

  it('keeps the newest copies by sequence whatever their dates say', async () => {
    const dir = await tempDir();
    const file = join(dir, 'chapter.json');
    await writeFile(file, '{}');
    // Ten copies while the clock said 2099, then twelve once it was put right.
    for (let i = 0; i < 10; i++) {
      await createBackup(file, 'periodic', new Date(Date.UTC(2099, 0, 1 + i)));
    }
    for (let i = 0; i < 12; i++) {
      await createBackup(file, 'periodic', new Date(NOW.getTime() + i * 60_000));
    }
    const listed = await listBackups(file);
    expect(listed).toHaveLength(10);
    expect(listed.every((b) => b.createdAt.startsWith('2026-03-21'))).toBe(true);
    expect(listed[0]?.createdAt).toBe(new Date(NOW.getTime() + 11 * 60_000).toISOString());
  });
});

describe('listBackups', () => {
  it('is empty when there is no backups folder', async () => {
    const dir = await tempDir();
    expect(await listBackups(join(dir, 'chapter.json'))).toEqual([]);
  });

  it('summarises valid and invalid backups, newest first', async () => {
    const dir = await tempDir();
    const file = join(dir, 'chapter.json');
    const backups = join(dir, 'backups');
    await mkdir(backups);
    const good = serializeStore(storeWith(4));
    await writeFile(join(backups, nameAt('2026-03-01T10:00:00Z', 'open')), good);
    await writeFile(join(backups, nameAt('2026-03-02T10:00:00Z', 'periodic')), good.slice(0, 50));
    await writeFile(join(backups, nameAt('2026-03-03T10:00:00Z', 'import')), '');
    await writeFile(join(backups, 'unrelated.json'), good);

    const list = await listBackups(file);
    expect(list).toEqual([
      {
        id: nameAt('2026-03-03T10:00:00Z', 'import'),
        createdAt: '2026-03-03T10:00:00.000Z',
        reason: 'import',
        bytes: 0,
        valid: false,
        chapterName: null,
        members: null,
        problem: expect.stringMatching(/empty/) as unknown,
      },
      {
        id: nameAt('2026-03-02T10:00:00Z', 'periodic'),
        createdAt: '2026-03-02T10:00:00.000Z',
        reason: 'periodic',
        bytes: 50,
        valid: false,
        chapterName: null,
        members: null,
        problem: expect.stringMatching(/cut short/) as unknown,
      },
      {
        id: nameAt('2026-03-01T10:00:00Z', 'open'),
        createdAt: '2026-03-01T10:00:00.000Z',
        reason: 'open',
        bytes: Buffer.byteLength(good),
        valid: true,
        chapterName: 'Baltimore Egalitarians',
        members: 4,
        problem: null,
      },
    ]);
  });
});

describe('backupPath', () => {
  it('resolves a backup name inside backups/', () => {
    const name = nameAt('2026-03-01T10:00:00Z', 'open');
    expect(backupPath('/data/chapter.json', name)).toBe(join('/data', 'backups', name));
  });

  it.each([
    '../chapter.json',
    `../${nameAt('2026-03-01T10:00:00Z', 'open')}`,
    `backups/${nameAt('2026-03-01T10:00:00Z', 'open')}`,
    'chapter.json',
    '/etc/passwd',
    `${nameAt('2026-03-01T10:00:00Z', 'open')}/../../x`,
    '',
  ])('refuses %j', (id) => {
    expect(backupPath('/data/chapter.json', id)).toBeNull();
  });
});
