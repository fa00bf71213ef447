import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBackend } from '../../../src/main/dispatch';
import { DATA_FILE } from '../../../src/main/store/chapterStore';
import type {
  AppStatus,
  BackupInfo,
  BundlePreview,
  SavedFile,
} from '../../../src/shared/contract/app';
import type { MemberImportPreview } from '../../../src/shared/contract/members';
import type { SignInSheetData } from '../../../src/shared/contract/print';
import type { Chapter } from '../../../src/shared/schema/chapter';
import type { Member } from '../../../src/shared/schema/member';
import {
  CHAPTER,
  backend,
  call,
  failure,
  fakeHost,
  listDir,
  memberInput,
  tempDir,
  withChapter,
  type Backend,
} from './helpers';

describe('chapter', () => {
  it('starts on first run, creates the chapter, then reports ready', async () => {
    const b = await backend();
    expect((await call<AppStatus>(b.dispatch, 'app.status')).state).toBe('first-run');
    const chapter = await call<Chapter>(b.dispatch, 'chapter.create', CHAPTER);
    expect(chapter).toMatchObject({ ...CHAPTER, createdAt: '2026-03-01T12:00:00.000Z' });
    expect(chapter.id).toBeTruthy();
    const status = await call<AppStatus>(b.dispatch, 'app.status');
    expect(status).toMatchObject({ mode: 'real', state: 'ready', chapter, damage: null });
    await b.restart();
    expect((await call<AppStatus>(b.dispatch, 'app.status')).chapter).toEqual(chapter);
  });

  it('trims the name on the way in', async () => {
    const b = await backend();
    const chapter = await call<Chapter>(b.dispatch, 'chapter.create', {
      ...CHAPTER,
      name: '  Spaced  ',
    });
    expect(chapter.name).toBe('Spaced');
  });

  it('refuses to create a second chapter with "conflict"', async () => {
    const b = await withChapter();
    const before = await readFile(b.file);
    expect((await failure(b.dispatch, 'chapter.create', { ...CHAPTER, name: 'Other' })).code).toBe(
      'conflict',
    );
    expect(await readFile(b.file)).toEqual(before);
  });

  it('updates the chapter, keeping its id and creation time', async () => {
    const b = await withChapter();
    const created = (await call<AppStatus>(b.dispatch, 'app.status')).chapter;
    const updated = await call<Chapter>(b.dispatch, 'chapter.update', {
      ...CHAPTER,
      name: 'Renamed Chapter',
      quorum: { kind: 'fraction', value: 0.25 },
    });
    expect(updated).toEqual({
      ...created,
      name: 'Renamed Chapter',
      quorum: { kind: 'fraction', value: 0.25 },
    });
    await b.restart();
    expect((await call<AppStatus>(b.dispatch, 'app.status')).chapter).toEqual(updated);
  });

  it('refuses an update before the chapter exists with "not-ready"', async () => {
    const b = await backend();
    expect((await failure(b.dispatch, 'chapter.update', CHAPTER)).code).toBe('not-ready');
  });
});

describe('members', () => {
  it('adds, lists (by name) and persists members', async () => {
    const b = await withChapter();
    const zoe = await call<Member>(b.dispatch, 'members.add', memberInput('Zoe Zed'));
    const amy = await call<Member>(
      b.dispatch,
      'members.add',
      memberInput('Amy Ash', { email: ' amy@example.org ', phone: '', roles: ['chair'] }),
    );
    expect(amy).toMatchObject({
      name: 'Amy Ash',
      email: 'amy@example.org',
      roles: ['chair'],
      active: true,
      history: [],
    });
    expect(amy.phone).toBeUndefined();
    expect(amy.id).not.toBe(zoe.id);
    expect((await call<Member[]>(b.dispatch, 'members.list')).map((m) => m.name)).toEqual([
      'Amy Ash',
      'Zoe Zed',
    ]);
    await b.restart();
    expect(await call<Member[]>(b.dispatch, 'members.list')).toEqual([amy, zoe]);
  });

  it('updates a member, keeping id, status and history', async () => {
    const b = await withChapter();
    const m = await call<Member>(b.dispatch, 'members.add', memberInput('Ann Original'));
    await call(b.dispatch, 'members.deactivate', { id: m.id, reason: 'On leave' });
    const updated = await call<Member>(b.dispatch, 'members.update', {
      id: m.id,
      member: memberInput('Ann Changed', { county: '24510', roles: ['teller'] }),
    });
    expect(updated).toMatchObject({
      id: m.id,
      name: 'Ann Changed',
      county: '24510',
      roles: ['teller'],
      active: false,
      deactivation: { reason: 'On leave' },
    });
    expect(updated.history).toHaveLength(1);
  });

  it('deactivates only with a reason, keeps history, and reactivates', async () => {
    const b = await withChapter();
    const m = await call<Member>(b.dispatch, 'members.add', memberInput('Dee Active'));
    const before = await readFile(b.file);
    for (const reason of ['', '   ', undefined]) {
      expect((await failure(b.dispatch, 'members.deactivate', { id: m.id, reason })).code).toBe(
        'invalid-input',
      );
    }
    expect(await readFile(b.file)).toEqual(before);

    b.time.set('2026-03-02T09:00:00.000Z');
    const off = await call<Member>(b.dispatch, 'members.deactivate', {
      id: m.id,
      reason: ' Moved away ',
    });
    expect(off).toMatchObject({
      active: false,
      deactivation: { reason: 'Moved away', at: '2026-03-02T09:00:00.000Z' },
      history: [{ at: '2026-03-02T09:00:00.000Z', change: 'deactivated', reason: 'Moved away' }],
    });
    expect((await failure(b.dispatch, 'members.deactivate', { id: m.id, reason: 'x' })).code).toBe(
      'conflict',
    );

    b.time.set('2026-04-01T09:00:00.000Z');
    const on = await call<Member>(b.dispatch, 'members.reactivate', { id: m.id });
    expect(on.active).toBe(true);
    expect(on.deactivation).toBeUndefined();
    expect(on.history).toEqual([
      { at: '2026-03-02T09:00:00.000Z', change: 'deactivated', reason: 'Moved away' },
      { at: '2026-04-01T09:00:00.000Z', change: 'reactivated' },
    ]);
    expect((await failure(b.dispatch, 'members.reactivate', { id: m.id })).code).toBe('conflict');

    // Nothing is deleted: the member is still listed, with the whole story.
    await b.restart();
    const [listed] = await call<Member[]>(b.dispatch, 'members.list');
    expect(listed).toEqual(on);
  });

  it('reports an unknown member id as not-found', async () => {
    const b = await withChapter();
    const id = 'no-such-member';
    expect(
      (await failure(b.dispatch, 'members.update', { id, member: memberInput('X') })).code,
    ).toBe('not-found');
    expect((await failure(b.dispatch, 'members.deactivate', { id, reason: 'r' })).code).toBe(
      'not-found',
    );
    expect((await failure(b.dispatch, 'members.reactivate', { id })).code).toBe('not-found');
  });
});

describe('member CSV import', () => {
  const CSV = [
    'Name,County,Email,Roles,Joined', // line 1
    'Alice Able,Baltimore County,alice@example.org,chair,2024-03-01', // 2: good
    'Bob Atlantis,Atlantis,,,', // 3: unknown county
    '', // 4: blank, skipped
    'Carol Date,24005,,,someday', // 5: bad date
    'Dan Role,24005,,treasurer,', // 6: unknown role
    'alice able,24510,,,', // 7: duplicate of line 2
    ',24005,,,2024-01-01', // 8: missing name
    'Erin Good,Baltimore city,,secretary;teller,3/1/2024', // 9: good
    'Fay Feb,24005,,,2024-02-30', // 10: impossible date
    'Gus Existing,24005,,,', // 11: already a member
  ].join('\r\n');

  const PROBLEM_LINES = [
    [3, /unknown county "Atlantis"/],
    [5, /joined date "someday"/],
    [6, /unknown role "treasurer"/],
    [7, /already a member/],
    [8, /Name is required/],
    [10, /joined/],
    [11, /Gus Existing is already a member/],
  ] as const;

  function expectProblems(problems: { line: number; field: string; reason: string }[]) {
    expect(problems.map((p) => p.line)).toEqual(PROBLEM_LINES.map(([line]) => line));
    for (const [i, [, reason]] of PROBLEM_LINES.entries()) {
      expect(`${problems[i]?.field}: ${problems[i]?.reason}`).toMatch(reason);
    }
  }

  it('previews good rows and reports every bad row with its line, changing nothing', async () => {
    const b = await withChapter();
    await call(b.dispatch, 'members.add', memberInput('Gus Existing'));
    const before = await readFile(b.file);
    const preview = await call<MemberImportPreview>(b.dispatch, 'members.importPreview', {
      csv: CSV,
    });
    expect(preview.headers).toEqual(['Name', 'County', 'Email', 'Roles', 'Joined']);
    expect(preview.mapping).toEqual({
      name: 'Name',
      county: 'County',
      email: 'Email',
      roles: 'Roles',
      joined: 'Joined',
    });
    expect(preview.valid).toBe(2);
    expect(preview.rows).toEqual([
      {
        line: 2,
        name: 'Alice Able',
        county: '24005',
        email: 'alice@example.org',
        roles: ['chair'],
        joined: '2024-03-01',
      },
      {
        line: 9,
        name: 'Erin Good',
        county: '24510',
        roles: ['secretary', 'teller'],
        joined: '2024-03-01',
      },
    ]);
    expectProblems(preview.problems);
    expect(await readFile(b.file)).toEqual(before);
  });

  it('commits the good rows and returns the same problems', async () => {
    const b = await withChapter();
    await call(b.dispatch, 'members.add', memberInput('Gus Existing'));
    const mapping = {
      name: 'Name',
      county: 'County',
      email: 'Email',
      roles: 'Roles',
      joined: 'Joined',
    };
    const result = await call<{
      added: number;
      problems: { line: number; field: string; reason: string }[];
    }>(b.dispatch, 'members.importCommit', { csv: CSV, mapping });
    expect(result.added).toBe(2);
    expectProblems(result.problems);
    await b.restart();
    const names = (await call<Member[]>(b.dispatch, 'members.list')).map((m) => m.name);
    expect(names).toEqual(['Alice Able', 'Erin Good', 'Gus Existing']);

    // Importing the same file again adds nobody: everyone is already a member.
    const again = await call<{ added: number }>(b.dispatch, 'members.importCommit', {
      csv: CSV,
      mapping,
    });
    expect(again.added).toBe(0);
  });

  it('reports every problem of a row, each with its column, not just the first', async () => {
    const b = await withChapter();
    await call(b.dispatch, 'members.add', memberInput('Gus Existing'));
    const csv = [
      'Name,County,Email,Roles,Joined',
      'Gus Existing,Atlantis,gus@,treasurer,someday', // line 2: five problems
      ',24005,,chair,2024-13-01', // line 3: no name, impossible date
      'Hope Good,24005,,,', // line 4: fine
    ].join('\n');
    const preview = await call<MemberImportPreview>(b.dispatch, 'members.importPreview', { csv });
    expect(preview.valid).toBe(1);
    const expected = [
      [2, 'county', /^unknown county "Atlantis"/],
      [2, 'joined', /^joined date "someday" is not a date/],
      [2, 'roles', /^unknown role "treasurer"/],
      [2, 'email', /^Enter an email like name@example.org$/],
      [2, 'name', /^Gus Existing is already a member \(or appears twice in the file\)$/],
      [3, 'name', /Name is required/],
      [3, 'joined', /^Use a date like 2026-11-26$/],
    ] as const;
    expect(preview.problems.map((p) => [p.line, p.field])).toEqual(
      expected.map(([line, field]) => [line, field]),
    );
    for (const [i, [, , reason]] of expected.entries())
      expect(preview.problems[i]?.reason).toMatch(reason);
  });

  it('honours an explicit mapping and a file with a BOM', async () => {
    const b = await withChapter();
    const csv = '\uFEFFWho,Where,When\nHal Mapped,24005,2023-06-07\n';
    const result = await call<{ added: number; problems: unknown[] }>(
      b.dispatch,
      'members.importCommit',
      { csv, mapping: { name: 'Who', county: 'Where', joined: 'When' } },
    );
    expect(result).toEqual({ added: 1, problems: [] });
    const [hal] = await call<Member[]>(b.dispatch, 'members.list');
    expect(hal).toMatchObject({ name: 'Hal Mapped', county: '24005', joined: '2023-06-07' });
  });

  it('rejects a mapping to a column that is not in the file', async () => {
    const b = await withChapter();
    const before = await readFile(b.file);
    const error = await failure(b.dispatch, 'members.importCommit', {
      csv: 'Name\nX\n',
      mapping: { name: 'Full name' },
    });
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain('Full name');
    expect(await readFile(b.file)).toEqual(before);
  });

  it('rejects an empty file and unreadable CSV in plain words', async () => {
    const b = await withChapter();
    expect((await failure(b.dispatch, 'members.importPreview', { csv: '' })).code).toBe(
      'invalid-input',
    );
    const broken = await failure(b.dispatch, 'members.importPreview', {
      csv: 'Name\n"unterminated\n',
    });
    expect(broken.code).toBe('invalid-input');
    expect(broken.message).toMatch(/CSV/);
  });
});

describe('bundle export and import', () => {
  async function exported(b: Backend): Promise<string> {
    const saved = await call<SavedFile>(b.dispatch, 'bundle.export');
    expect(saved.saved).toBe(true);
    const path = b.host.saved.at(-1) ?? '';
    expect(saved.fileName).toBe(path.split('/').pop());
    return readFile(path, 'utf8');
  }

  it('exports, previews with counts and applies on a second data folder', async () => {
    const a = await withChapter();
    for (const name of ['Ada One', 'Ben Two', 'Cy Three']) {
      await call(a.dispatch, 'members.add', memberInput(name));
    }
    const text = await exported(a);
    expect(a.host.saved.at(-1)).toMatch(/baltimore-egalitarians-2026-03-01\.chapterhouse\.json$/);

    const b = await backend();
    await call(b.dispatch, 'chapter.create', { ...CHAPTER, name: 'Other Chapter' });
    await call(b.dispatch, 'members.add', memberInput('Zed Local'));
    await call(b.dispatch, 'members.add', memberInput('Yan Local'));
    const before = await readFile(b.file);

    const preview = await call<BundlePreview>(b.dispatch, 'bundle.preview', { text });
    expect(preview).toEqual({
      chapterName: 'Baltimore Egalitarians',
      exportedAt: '2026-03-01T12:00:00.000Z',
      currentChapterName: 'Other Chapter',
      members: { added: 3, changed: 0, removed: 2, total: 3 },
      chapterChanged: true,
    });
    expect(await readFile(b.file)).toEqual(before);

    b.time.advance(5000);
    const status = await call<AppStatus>(b.dispatch, 'bundle.apply', { text });
    expect(status).toMatchObject({ mode: 'real', state: 'ready' });
    expect(status.chapter?.name).toBe('Baltimore Egalitarians');
    expect(await call<Member[]>(b.dispatch, 'members.list')).toEqual(
      await call<Member[]>(a.dispatch, 'members.list'),
    );
    // The data it replaced was backed up first.
    const backups = await listDir(join(b.dir, 'backups'));
    const importBackup = backups.find((n) => n.endsWith('-import.json'));
    expect(importBackup).toBeDefined();
    expect(await readFile(join(b.dir, 'backups', importBackup ?? ''))).toEqual(before);
    await b.restart();
    expect((await call<Member[]>(b.dispatch, 'members.list')).map((m) => m.name)).toEqual([
      'Ada One',
      'Ben Two',
      'Cy Three',
    ]);
  });

  it('counts changed members in the preview', async () => {
    const a = await withChapter();
    const m = await call<Member>(a.dispatch, 'members.add', memberInput('Ada One'));
    await call(a.dispatch, 'members.add', memberInput('Ben Two'));
    const text = await exported(a);
    await call(a.dispatch, 'members.update', { id: m.id, member: memberInput('Ada Renamed') });
    const preview = await call<BundlePreview>(a.dispatch, 'bundle.preview', { text });
    expect(preview.members).toEqual({ added: 0, changed: 1, removed: 0, total: 2 });
    expect(preview.chapterChanged).toBe(false);
  });

  it('reports a cancelled export without writing anything', async () => {
    const dir = await tempDir();
    const host = { ...fakeHost(dir), chooseSavePath: () => Promise.resolve(null) };
    const { dispatch } = await startBackend(dir, host);
    expect(await call<SavedFile>(dispatch, 'bundle.export')).toEqual({ saved: false });
  });

  it('rejects a bundle holding the sample chapter, changing nothing on disk', async () => {
    const a = await backend();
    await call(a.dispatch, 'sample.open');
    const sampleText = await exported(a);
    expect(JSON.parse(sampleText)).toMatchObject({ data: { sample: true } });

    const b = await withChapter();
    await call(b.dispatch, 'members.add', memberInput('Keep Me'));
    const before = await readFile(b.file);
    const listing = await listDir(join(b.dir, 'backups'));
    for (const channel of ['bundle.preview', 'bundle.apply']) {
      const error = await failure(b.dispatch, channel, { text: sampleText });
      expect(error.code).toBe('invalid-input');
      expect(error.message).toMatch(/sample/);
    }
    expect(await readFile(b.file)).toEqual(before);
    expect(await listDir(join(b.dir, 'backups'))).toEqual(listing);
  });

  it.each([
    ['not JSON', 'this is not json'],
    ['empty', ''],
    ['JSON but not a bundle', '{"hello":"world"}'],
    ['a bare data file', '{"schemaVersion":1,"sample":false,"chapter":null,"members":[]}'],
    [
      'a bundle with invalid data',
      '{"format":"chapterhouse-bundle/1","exportedAt":"x","data":{"schemaVersion":1,"members":"no"}}',
    ],
    [
      'a bundle from a newer version',
      '{"format":"chapterhouse-bundle/1","exportedAt":"x","data":{"schemaVersion":99,"sample":false,"chapter":null,"members":[]}}',
    ],
    ['a truncated bundle', '{"format":"chapterhouse-bundle/1","exportedAt":"x","data":{"sch'],
  ])('rejects %s, changing nothing on disk', async (_label, text) => {
    const b = await withChapter();
    const before = await readFile(b.file);
    const listing = await listDir(b.dir);
    for (const channel of ['bundle.preview', 'bundle.apply']) {
      expect((await failure(b.dispatch, channel, { text })).code).toBe('invalid-input');
    }
    expect(await readFile(b.file)).toEqual(before);
    expect(await listDir(b.dir)).toEqual(listing);
  });
});

describe('recovery', () => {
  it('damaged file → recovery state → backups listed → restore brings the data back', async () => {
    const b = await withChapter();
    await call(b.dispatch, 'members.add', memberInput('Rita Restored'));
    await b.restart(); // opening makes an "open" backup holding the chapter and Rita
    const good = await readFile(b.file);

    await writeFile(b.file, good.subarray(0, good.length >> 1));
    await b.restart();
    const status = await call<AppStatus>(b.dispatch, 'app.status');
    expect(status.state).toBe('damaged');
    expect(status.damage).toMatchObject({ kind: 'truncated' });
    expect(status.damage?.keptAs).toMatch(/^damaged\/chapter-.*\.json$/);
    expect((await failure(b.dispatch, 'members.list')).code).toBe('damaged');
    expect((await failure(b.dispatch, 'members.add', memberInput('X'))).code).toBe('damaged');

    const backups = await call<BackupInfo[]>(b.dispatch, 'recovery.backups');
    expect(backups.length).toBeGreaterThan(0);
    const withRita = backups.find((x) => x.valid && x.members === 1);
    expect(withRita).toMatchObject({
      reason: 'open',
      chapterName: 'Baltimore Egalitarians',
      problem: null,
    });

    const restored = await call<AppStatus>(b.dispatch, 'recovery.restore', { id: withRita?.id });
    expect(restored).toMatchObject({ state: 'ready', damage: null });
    expect((await call<Member[]>(b.dispatch, 'members.list')).map((m) => m.name)).toEqual([
      'Rita Restored',
    ]);
    expect(await readFile(b.file)).toEqual(good);
    // Restoring dealt with the damaged file: it is kept, set aside (with the note of why).
    expect(await listDir(join(b.dir, 'damaged'))).toEqual(['set-aside']);
    expect(await listDir(join(b.dir, 'damaged', 'set-aside'))).toHaveLength(2);
  });

  it('refuses bad backup ids and damaged backups', async () => {
    const b = await withChapter();
    await b.restart();
    const before = await readFile(b.file);
    expect((await failure(b.dispatch, 'recovery.restore', { id: '../chapter.json' })).code).toBe(
      'invalid-input',
    );
    expect(
      (
        await failure(b.dispatch, 'recovery.restore', {
          id: 'chapter-20200101T000000000Z-open.json',
        })
      ).code,
    ).toBe('not-found');
    const bad = 'chapter-20260301T115959000Z-periodic.json';
    await writeFile(join(b.dir, 'backups', bad), '{"trunc');
    const listed = await call<BackupInfo[]>(b.dispatch, 'recovery.backups');
    expect(listed.find((x) => x.id === bad)).toMatchObject({ valid: false, members: null });
    expect((await failure(b.dispatch, 'recovery.restore', { id: bad })).code).toBe('conflict');
    expect(await readFile(b.file)).toEqual(before);
  });

  it('restoring while the file is fine backs the current file up first', async () => {
    const b = await withChapter();
    await b.restart();
    const [open] = await call<BackupInfo[]>(b.dispatch, 'recovery.backups');
    await call(b.dispatch, 'members.add', memberInput('Added Later'));
    const current = await readFile(b.file);
    b.time.advance(1000);
    await call(b.dispatch, 'recovery.restore', { id: open?.id });
    expect(await call<Member[]>(b.dispatch, 'members.list')).toEqual([]);
    const restoreBackup = (await listDir(join(b.dir, 'backups'))).find((n) =>
      n.endsWith('-restore.json'),
    );
    expect(await readFile(join(b.dir, 'backups', restoreBackup ?? ''))).toEqual(current);
  });

  it('sets the damaged file aside (and starts afresh) only from the recovery screen', async () => {
    const b = await withChapter();
    expect((await failure(b.dispatch, 'recovery.setAside')).code).toBe('conflict');
    await writeFile(b.file, 'garbage');
    await b.restart();
    const status = await call<AppStatus>(b.dispatch, 'recovery.setAside');
    expect(status).toMatchObject({ state: 'first-run', damage: null });
    const [kept] = (await listDir(join(b.dir, 'damaged', 'set-aside'))).filter(
      (n) => !n.endsWith('.why.json'),
    );
    expect(await readFile(join(b.dir, 'damaged', 'set-aside', kept ?? ''), 'utf8')).toBe('garbage');
  });
});

describe('sample chapter', () => {
  it('opens, closes and discards the sample without touching the real data file', async () => {
    const b = await withChapter();
    await call(b.dispatch, 'members.add', memberInput('Real Person'));
    const real = await readFile(b.file);

    const opened = await call<AppStatus>(b.dispatch, 'sample.open');
    expect(opened).toMatchObject({ mode: 'sample', state: 'ready' });
    expect(opened.chapter?.name).toMatch(/^Sample/);
    const sampleMembers = await call<Member[]>(b.dispatch, 'members.list');
    expect(sampleMembers.length).toBeGreaterThan(10);
    await call(b.dispatch, 'members.add', memberInput('Sample Tinkerer'));
    await call(b.dispatch, 'chapter.update', { ...CHAPTER, name: 'Sample renamed' });
    expect(await readFile(b.file)).toEqual(real);
    expect(await listDir(join(b.dir, 'sample'))).toContain(DATA_FILE);

    // Opening it again keeps what was done in it.
    await call(b.dispatch, 'sample.close');
    await call(b.dispatch, 'sample.open');
    expect((await call<Member[]>(b.dispatch, 'members.list')).map((m) => m.name)).toContain(
      'Sample Tinkerer',
    );

    const closed = await call<AppStatus>(b.dispatch, 'sample.close');
    expect(closed).toMatchObject({ mode: 'real', state: 'ready' });
    expect(closed.chapter?.name).toBe('Baltimore Egalitarians');
    expect((await call<Member[]>(b.dispatch, 'members.list')).map((m) => m.name)).toEqual([
      'Real Person',
    ]);
    expect(await readFile(b.file)).toEqual(real);

    await call(b.dispatch, 'sample.open');
    const discarded = await call<AppStatus>(b.dispatch, 'sample.discard');
    expect(discarded).toMatchObject({ mode: 'real', state: 'ready' });
    expect(await listDir(b.dir)).not.toContain('sample');
    expect(await readFile(b.file)).toEqual(real);
  });

  it('works before any real chapter exists, and the real folder stays first-run', async () => {
    const b = await backend();
    await call(b.dispatch, 'sample.open');
    const status = await call<AppStatus>(b.dispatch, 'sample.discard');
    expect(status).toMatchObject({ mode: 'real', state: 'first-run' });
  });
});

describe('print and external links', () => {
  it('builds sign-in sheet data from active members', async () => {
    const b = await withChapter();
    await call(b.dispatch, 'members.add', memberInput('Zed Last'));
    const gone = await call<Member>(b.dispatch, 'members.add', memberInput('Gone Away'));
    await call(b.dispatch, 'members.add', memberInput('Amy First'));
    await call(b.dispatch, 'members.deactivate', { id: gone.id, reason: 'Left' });
    const sheet = await call<SignInSheetData>(b.dispatch, 'print.signInSheet', {
      date: '2026-03-05',
      place: 'Library',
    });
    expect(sheet).toEqual({
      chapterName: 'Baltimore Egalitarians',
      sample: false,
      date: '2026-03-05',
      place: 'Library',
      names: ['Amy First', 'Zed Last'],
      blankRows: 10,
    });
    const blank = await call<SignInSheetData>(b.dispatch, 'print.signInSheet', {
      prefill: false,
      blankRows: 3,
    });
    expect(blank).toMatchObject({ names: [], blankRows: 3, date: null, place: null });
  });

  it('saves the printed PDF where the host says', async () => {
    const b = await withChapter();
    const saved = await call<SavedFile>(b.dispatch, 'print.save', {
      document: 'sign-in-sheet',
      params: { date: '2026-03-05' },
    });
    expect(saved).toEqual({ saved: true, fileName: 'sign-in-sheet-2026-03-01.pdf' });
    expect(b.host.printed).toEqual([
      `#/print/sign-in-sheet?p=${encodeURIComponent(
        JSON.stringify({ date: '2026-03-05', prefill: true, blankRows: 10 }),
      )}`,
    ]);
    expect(await readFile(b.host.saved[0] ?? '', 'utf8')).toMatch(/^%PDF/);
  });

  it('asks the host before opening a link (and reports its answer)', async () => {
    const b = await backend();
    expect(await call(b.dispatch, 'app.openExternal', { url: 'https://example.org/page' })).toEqual(
      { opened: false },
    );
    expect(
      (await failure(b.dispatch, 'app.openExternal', { url: 'file:///etc/passwd' })).code,
    ).toBe('invalid-input');
  });
});
