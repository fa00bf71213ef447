import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { startBackend } from '../../../src/main/dispatch';
import { Replica } from '../../../src/main/sync/replica';
import type { Session } from '../../../src/main/session';
import { CHAPTER, call, failure, fakeHost, manualClock, tempDir } from '../foundation/helpers';
import { pairLaptops } from '../../e2e/syncLaptops';

const MEETING = {
  title: 'General meeting',
  date: '2026-03-10',
  startTime: '19:00',
  place: 'Library',
  county: null,
  template: 'standard',
};

async function laptop() {
  const dir = await tempDir();
  const host = fakeHost(await tempDir());
  const { clock } = manualClock();
  const backend = await startBackend(dir, host, clock);
  await call(backend.dispatch, 'chapter.create', CHAPTER);
  return { dir, host, ...backend };
}

/** Writes into the field document as the mirror would (a result entered on that laptop). */
async function enterResult(session: Session, deviceId: string, id: string) {
  const replica = await Replica.open({
    dataDir: session.dataDir,
    session,
    deviceId,
    docs: ['field'],
  });
  replica.doc('field').getMap('results').set(id, { state: 'MD', listId: 'l1', entry: { id } });
  await replica.flush();
  await replica.close();
}

async function results(session: Session, deviceId: string) {
  const replica = await Replica.open({
    dataDir: session.dataDir,
    session,
    deviceId,
    docs: ['field'],
  });
  const keys = [...replica.doc('field').getMap('results').keys()].sort();
  await replica.close();
  return keys;
}

describe('USB stick through the channels', () => {
  it('chapter laptop → file → officer laptop: results arrive, the published areas follow, twice changes nothing', async () => {
    const one = await laptop();
    const two = await laptop();
    const ids = await pairLaptops(one.dir, two.dir, new Date('2026-03-01T12:00:00.000Z'));
    await call(one.dispatch, 'meetings.create', MEETING);
    await enterResult(one.session, ids.one.deviceId, 'result-1');

    expect(await call(one.dispatch, 'syncFiles.peers')).toEqual({
      device: { id: ids.one.deviceId, name: 'Office laptop', role: 'chapter' },
      peers: [{ id: ids.two.deviceId, name: 'Kitchen laptop', role: 'officer', lastFileAt: null }],
    });
    const saved = await call<{ saved: boolean; fileName: string }>(
      one.dispatch,
      'syncFiles.export',
      {
        to: ids.two.deviceId,
        kind: 'full',
      },
    );
    expect(saved.fileName).toMatch(
      /^baltimore-egalitarians-for-kitchen-laptop-2026-03-01\.chsync$/,
    );
    const file = one.host.saved[0]!;

    two.host.openPaths.push(file, file);
    expect(await call(two.dispatch, 'syncFiles.import')).toMatchObject({
      imported: true,
      from: 'Office laptop',
      kind: 'full',
      newChanges: true,
    });
    expect(await results(two.session, ids.two.deviceId)).toEqual(['result-1']);
    expect(await call(two.dispatch, 'meetings.list')).toMatchObject([{ title: 'General meeting' }]);
    const refused = await failure(two.dispatch, 'meetings.create', MEETING);
    expect(refused.code).toBe('read-only');
    expect(refused.message).toContain('published by “Office laptop”');
    const before = await readFile(two.session.dataFile, 'utf8');
    expect(await call(two.dispatch, 'syncFiles.import')).toMatchObject({ newChanges: false });
    expect(await readFile(two.session.dataFile, 'utf8')).toBe(before);

    // And back: the officer's result reaches the chapter laptop; its peers list remembers the file.
    await enterResult(two.session, ids.two.deviceId, 'result-2');
    await call(two.dispatch, 'syncFiles.export', { to: ids.one.deviceId, kind: 'delta' });
    one.host.openPaths.push(two.host.saved[0]!);
    await call(one.dispatch, 'syncFiles.import');
    expect(await results(one.session, ids.one.deviceId)).toEqual(['result-1', 'result-2']);
    expect(await call(one.dispatch, 'syncFiles.peers')).toMatchObject({
      peers: [{ name: 'Kitchen laptop', lastFileAt: '2026-03-01T12:00:00.000Z' }],
    });
  });

  it('a tampered file is refused in words and changes nothing', async () => {
    const one = await laptop();
    const two = await laptop();
    const ids = await pairLaptops(one.dir, two.dir, new Date('2026-03-01T12:00:00.000Z'));
    await enterResult(one.session, ids.one.deviceId, 'result-1');
    await call(one.dispatch, 'syncFiles.export', { to: ids.two.deviceId, kind: 'full' });
    const bytes = await readFile(one.host.saved[0]!);
    bytes[bytes.length - 100] = bytes[bytes.length - 100]! ^ 0xff;
    const tampered = `${one.host.saved[0]!}.tampered`;
    await writeFile(tampered, bytes);
    two.host.openPaths.push(tampered);
    expect((await failure(two.dispatch, 'syncFiles.import')).message).toMatch(
      /^This file was changed after “Office laptop” made it.*: it is refused\.$/,
    );
    expect(await results(two.session, ids.two.deviceId)).toEqual([]);
  });

  it('sync off: no laptops to list, and export says how to turn it on', async () => {
    const one = await laptop();
    expect(await call(one.dispatch, 'syncFiles.peers')).toEqual({ device: null, peers: [] });
    expect(
      await failure(one.dispatch, 'syncFiles.export', { to: 'x', kind: 'full' }),
    ).toMatchObject({
      code: 'not-ready',
      message: 'Sync is off on this laptop: turn it on in Settings → Devices first.',
    });
  });
});
