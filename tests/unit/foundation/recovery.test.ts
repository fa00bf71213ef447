/**
 * What a person sees when the chapter file cannot simply be used, across launches:
 * damage nobody has dealt with, a file from a newer version, a file replaced outside the
 * app while it runs. In every case nothing is lost and nothing is overwritten.
 */
import { copyFile, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppStatus, BackupInfo } from '../../../src/shared/contract/app';
import type { Member } from '../../../src/shared/schema/member';
import { ChapterStore } from '../../../src/main/store/chapterStore';
import { serializeStore } from '../../../src/main/store/validate';
import {
  call,
  failure,
  listDir,
  memberInput,
  storeWith,
  tempDir,
  withChapter,
  type Backend,
} from './helpers';

const status = (b: Backend) => call<AppStatus>(b.dispatch, 'app.status');
const names = async (b: Backend) =>
  (await call<Member[]>(b.dispatch, 'members.list')).map((m) => m.name);

describe('damage is never followed by first-run', () => {
  it('every launch opens the recovery screen until the damaged file is dealt with', async () => {
    const b = await withChapter();
    await writeFile(b.file, '{"schemaVersion":1,"cut sh');
    for (let launch = 0; launch < 3; launch++) {
      await b.restart();
      expect(await status(b)).toMatchObject({
        state: 'damaged',
        damage: { kind: 'truncated', unresolved: 1, current: null },
      });
    }
    // No empty chapter file appeared in its place.
    expect(await listDir(b.dir)).not.toContain('chapter.json');
    await call(b.dispatch, 'recovery.setAside');
    await b.restart();
    expect((await status(b)).state).toBe('first-run');
  });

  it('offers to keep a good file copied in by hand, and keeps it when asked', async () => {
    const b = await withChapter();
    await call(b.dispatch, 'members.add', memberInput('Kept By Hand'));
    await b.restart();
    const good = await readFile(b.file);
    await writeFile(b.file, 'garbage');
    await b.restart();
    // The person copies a good file back by hand, while the app is closed.
    await writeFile(b.file, good);
    await b.restart();
    const seen = await status(b);
    expect(seen).toMatchObject({
      state: 'damaged',
      damage: { kind: 'not-json', current: { chapterName: 'Baltimore Egalitarians', members: 1 } },
    });
    expect((await failure(b.dispatch, 'members.list')).code).toBe('damaged');
    expect((await call<AppStatus>(b.dispatch, 'recovery.setAside')).state).toBe('ready');
    expect(await names(b)).toEqual(['Kept By Hand']);
    expect(await readFile(b.file)).toEqual(good);
  });
});

describe('a file from a newer version', () => {
  async function newerFile(b: Backend): Promise<string> {
    await call(b.dispatch, 'members.add', memberInput('Before Upgrade'));
    await b.restart(); // an "open" backup this version can read
    const text = JSON.stringify({
      ...JSON.parse(await readFile(b.file, 'utf8')),
      schemaVersion: 7,
      writtenBy: '2.4.1',
    });
    await writeFile(b.file, text);
    await b.restart();
    return text;
  }

  it('is left in place, says which version wrote it, and is not "damaged"', async () => {
    const b = await withChapter();
    const text = await newerFile(b);
    const seen = await status(b);
    expect(seen).toMatchObject({
      state: 'newer-version',
      damage: null,
      newer: { fileVersion: 7, writtenBy: '2.4.1', readsUpTo: 1 },
    });
    expect(seen.newer?.detail).toMatch(/Chapterhouse 2\.4\.1/);
    expect(await listDir(b.dir)).not.toContain('damaged');
    expect(await readFile(b.file, 'utf8')).toBe(text);
    expect((await failure(b.dispatch, 'members.list')).code).toBe('damaged');
  });

  it('offers a backup read-only: readable, never written, then back to the notice', async () => {
    const b = await withChapter();
    const text = await newerFile(b);
    const backups = await call<BackupInfo[]>(b.dispatch, 'recovery.backups');
    const usable = backups.find((x) => x.valid && x.members === 1);
    // Restoring over the newer file is refused: it would replace it.
    expect((await failure(b.dispatch, 'recovery.restore', { id: usable?.id })).code).toBe(
      'conflict',
    );
    const opened = await call<AppStatus>(b.dispatch, 'recovery.openReadOnly', { id: usable?.id });
    expect(opened).toMatchObject({ state: 'ready', readOnly: { backupId: usable?.id } });
    expect(await names(b)).toEqual(['Before Upgrade']);
    const refused = await failure(b.dispatch, 'members.add', memberInput('Nope'));
    expect(refused).toMatchObject({ code: 'read-only' });
    expect(await readFile(b.file, 'utf8')).toBe(text);
    const backupsAfter = await call<BackupInfo[]>(b.dispatch, 'recovery.backups');
    expect(backupsAfter.map((x) => x.id)).toEqual(backups.map((x) => x.id));
    const back = await call<AppStatus>(b.dispatch, 'recovery.closeReadOnly');
    expect(back).toMatchObject({ state: 'newer-version', readOnly: null });
  });

  it('can quit', async () => {
    const b = await withChapter();
    await newerFile(b);
    expect(await call(b.dispatch, 'app.quit')).toEqual({ quitting: true });
    expect(b.host.quits).toBe(1);
  });
});

describe('outside changes are noticed', () => {
  /** A chapter with one member, then chapter.json replaced by a copy holding another. */
  async function replacedOutside(): Promise<{ b: Backend; outside: Buffer }> {
    const b = await withChapter();
    await call(b.dispatch, 'members.add', memberInput('In The App'));
    const other = await tempDir();
    const { dispatch } = await (
      await import('../../../src/main/dispatch')
    ).startBackend(other, b.host);
    await call(dispatch, 'chapter.create', {
      name: 'From Another Laptop',
      state: 'MD',
      counties: ['24005'],
      quorum: { kind: 'majority' },
      defaultThreshold: 'majority-cast',
    });
    await call(dispatch, 'members.add', memberInput('From Outside'));
    await copyFile(join(other, 'chapter.json'), b.file);
    return { b, outside: await readFile(b.file) };
  }

  it('refuses the next write, keeps the outside file, and says so', async () => {
    const { b, outside } = await replacedOutside();
    const refused = await failure(b.dispatch, 'members.add', memberInput('Typed Meanwhile'));
    expect(refused.code).toBe('outside-change');
    expect(refused.message).toMatch(/changed outside Chapterhouse.*conflicts\//);
    expect(await readFile(b.file)).toEqual(outside);
    const [kept] = await listDir(join(b.dir, 'conflicts'));
    expect(await readFile(join(b.dir, 'conflicts', kept ?? ''))).toEqual(outside);
    expect(await status(b)).toMatchObject({
      state: 'conflict',
      conflict: { keptAs: `conflicts/${kept}` },
    });
    // Further writes wait for the choice, and make no second copy.
    expect((await failure(b.dispatch, 'members.add', memberInput('Again'))).code).toBe(
      'outside-change',
    );
    expect(await listDir(join(b.dir, 'conflicts'))).toHaveLength(1);
  });

  it('keeping the app version writes it; the outside file stays in conflicts/', async () => {
    const { b, outside } = await replacedOutside();
    await failure(b.dispatch, 'members.add', memberInput('Typed Meanwhile'));
    const kept = await call<AppStatus>(b.dispatch, 'conflict.keep', { keep: 'app' });
    expect(kept).toMatchObject({ state: 'ready', conflict: null });
    expect(await names(b)).toEqual(['In The App']);
    await call(b.dispatch, 'members.add', memberInput('After Choosing'));
    expect(await names(b)).toEqual(['After Choosing', 'In The App']);
    const [copy] = await listDir(join(b.dir, 'conflicts'));
    expect(await readFile(join(b.dir, 'conflicts', copy ?? ''))).toEqual(outside);
  });

  it('keeping the outside file reopens it; the app version is saved in conflicts/', async () => {
    const { b, outside } = await replacedOutside();
    await failure(b.dispatch, 'members.add', memberInput('Typed Meanwhile'));
    const kept = await call<AppStatus>(b.dispatch, 'conflict.keep', { keep: 'outside' });
    expect(kept).toMatchObject({ state: 'ready', conflict: null });
    expect(kept.chapter?.name).toBe('From Another Laptop');
    expect(await names(b)).toEqual(['From Outside']);
    expect(await readFile(b.file)).toEqual(outside);
    const appCopy = (await listDir(join(b.dir, 'conflicts'))).find((n) => n.endsWith('-app.json'));
    const saved = JSON.parse(await readFile(join(b.dir, 'conflicts', appCopy ?? ''), 'utf8')) as {
      members: Member[];
    };
    expect(saved.members.map((m) => m.name)).toEqual(['In The App']);
  });

  it('a file touched but unchanged is no conflict', async () => {
    const b = await withChapter();
    await call(b.dispatch, 'members.add', memberInput('One'));
    const later = new Date(Date.now() + 60_000);
    await utimes(b.file, later, later);
    await writeFile(b.file, await readFile(b.file)); // rewritten in place, same bytes
    await call(b.dispatch, 'members.add', memberInput('Two'));
    expect(await names(b)).toEqual(['One', 'Two']);
    expect(await listDir(b.dir)).not.toContain('conflicts');
  });
});

describe('restore through the write queue', () => {
  it('a write queued after a restore is refused, never written over the restored file', async () => {
    const dir = await tempDir();
    const result = await ChapterStore.open(dir, () => storeWith(1));
    if (result.kind !== 'ok') throw new Error(result.kind);
    const store = result.store;
    const restored = new TextEncoder().encode(serializeStore(storeWith(3)));
    const restoring = store.restoreBytes(restored);
    const late = store.update((d) => ({ data: { ...d, members: [] } }));
    await restoring;
    await expect(late).rejects.toMatchObject({ code: 'not-ready' });
    expect(new Uint8Array(await readFile(join(dir, 'chapter.json')))).toEqual(restored);
    expect(store.data.members).toHaveLength(1);
    // The file it replaced was backed up first.
    const copies = await listDir(join(dir, 'backups'));
    expect(copies.some((n) => n.endsWith('-restore.json'))).toBe(true);
  });
});
