import { readFile, writeFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { startBackend } from '../../../src/main/dispatch';
import { watchPublished } from '../../../src/main/sync/published';
import { syncHub } from '../../../src/main/sync/syncHub';
import type { Conflicts, SetAsideView } from '../../../src/shared/contract/sync';
import type { Session } from '../../../src/main/session';
import { CHAPTER, call, failure, fakeHost, manualClock, tempDir } from '../foundation/helpers';
import { pairLaptops } from '../../e2e/syncLaptops';
import { MEETING } from './stickDevices';

const closing: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closing.splice(0)) await close();
});

async function backend(dir: string) {
  const host = fakeHost(await tempDir());
  const started = await startBackend(dir, host, manualClock().clock);
  closing.push(async () => {
    await syncHub(started.session).close();
    await started.session.close();
  });
  return { dir, host, ...started };
}

/** The chapter laptop and an officer's laptop, paired, whose only link is the USB stick. */
async function twoLaptops() {
  const [dirOne, dirTwo] = [await tempDir(), await tempDir()];
  const ids = await pairLaptops(dirOne, dirTwo, new Date('2026-03-01T12:00:00.000Z'));
  const one = await backend(dirOne);
  await call(one.dispatch, 'chapter.create', CHAPTER);
  return { ids, one, two: await backend(dirTwo) };
}

function fieldOf(session: Session) {
  const replica = syncHub(session).openReplica;
  if (!replica) throw new Error('sync is off');
  return { replica, results: replica.doc('field').getMap('results') };
}

/** Writes into the field document as the mirror would (a result entered on that laptop). */
async function enterResult(session: Session, id: string) {
  const { replica, results } = fieldOf(session);
  results.set(id, { state: 'MD', listId: 'l1', entry: { id } });
  await replica.flush();
}

function results(session: Session) {
  return [...fieldOf(session).results.keys()].sort();
}

describe('USB stick through the channels', () => {
  it('chapter laptop → file → officer laptop: results arrive, the published areas follow, twice changes nothing', async () => {
    const { ids, one, two } = await twoLaptops();
    await call(one.dispatch, 'meetings.create', MEETING);
    await enterResult(one.session, 'result-1');

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
    expect(results(two.session)).toEqual(['result-1']);
    expect(await call(two.dispatch, 'meetings.list')).toMatchObject([{ title: 'General meeting' }]);
    const refused = await failure(two.dispatch, 'meetings.create', MEETING);
    expect(refused.code).toBe('read-only');
    expect(refused.message).toContain('published by “Office laptop”');
    const before = await readFile(two.session.dataFile, 'utf8');
    expect(await call(two.dispatch, 'syncFiles.import')).toMatchObject({ newChanges: false });
    expect(await readFile(two.session.dataFile, 'utf8')).toBe(before);

    // And back: the officer's result reaches the chapter laptop; its peers list remembers the file.
    await enterResult(two.session, 'result-2');
    await call(two.dispatch, 'syncFiles.export', { to: ids.one.deviceId, kind: 'delta' });
    one.host.openPaths.push(two.host.saved[0]!);
    await call(one.dispatch, 'syncFiles.import');
    expect(results(one.session)).toEqual(['result-1', 'result-2']);
    expect(await call(one.dispatch, 'syncFiles.peers')).toMatchObject({
      peers: [{ name: 'Kitchen laptop', lastFileAt: '2026-03-01T12:00:00.000Z' }],
    });
  });

  it('a tampered file is refused in words and changes nothing', async () => {
    const { ids, one, two } = await twoLaptops();
    await enterResult(one.session, 'result-1');
    await call(one.dispatch, 'syncFiles.export', { to: ids.two.deviceId, kind: 'full' });
    const bytes = await readFile(one.host.saved[0]!);
    bytes[bytes.length - 100] = bytes[bytes.length - 100]! ^ 0xff;
    const tampered = `${one.host.saved[0]!}.tampered`;
    await writeFile(tampered, bytes);
    two.host.openPaths.push(tampered);
    expect((await failure(two.dispatch, 'syncFiles.import')).message).toMatch(
      /^This file was changed after “Office laptop” made it.*: it is refused\.$/,
    );
    expect(results(two.session)).toEqual([]);
  });

  it('sync off: no laptops to list, and export says how to turn it on', async () => {
    const one = await backend(await tempDir());
    expect(await call(one.dispatch, 'syncFiles.peers')).toEqual({ device: null, peers: [] });
    expect(
      await failure(one.dispatch, 'syncFiles.export', { to: 'x', kind: 'full' }),
    ).toMatchObject({
      code: 'not-ready',
      message: 'Sync is off on this laptop: turn it on in Settings → Devices first.',
    });
  });

  it('while sync runs, the chapter laptop republishes after a write and the other laptop takes it in', async () => {
    const { one, two } = await twoLaptops();
    const hubOne = syncHub(one.session);
    const hubTwo = syncHub(two.session);
    const watchOne = watchPublished(one.session, hubOne.thisIdentity!, hubOne.openReplica!);
    const watchTwo = watchPublished(two.session, hubTwo.thisIdentity!, hubTwo.openReplica!);
    closing.unshift(async () => {
      watchOne.stop();
      watchTwo.stop();
      await Promise.resolve();
    });
    await call(one.dispatch, 'meetings.create', MEETING);
    await watchOne.publishNow();
    const carry = async () => {
      const { replica } = fieldOf(two.session);
      await replica.applyRemote(
        'field',
        fieldOf(one.session).replica.encodeState('field', replica.stateVector('field')),
        'test',
      );
      await watchTwo.publishNow();
    };
    await carry();
    expect(await call(two.dispatch, 'meetings.list')).toMatchObject([{ title: 'General meeting' }]);
    await call(one.dispatch, 'meetings.create', { ...MEETING, title: 'Second meeting' });
    await watchOne.publishNow();
    await carry();
    expect(await call(two.dispatch, 'meetings.list')).toHaveLength(2);
  });

  it('one member field edited on both laptops from the same value: a conflict an officer resolves', async () => {
    const { ids, one, two } = await twoLaptops();
    const ada = await call<{ id: string }>(one.dispatch, 'members.add', {
      name: 'Ada Byron',
      county: '24005',
      roles: [],
      joined: '2025-01-15',
    });
    const carry = async (from: typeof one, to: typeof one, toId: string) => {
      from.host.saved.length = 0;
      await call(from.dispatch, 'syncFiles.export', { to: toId, kind: 'delta' });
      to.host.openPaths.push(from.host.saved[0]!);
      await call(to.dispatch, 'syncFiles.import');
    };
    await carry(one, two, ids.two.deviceId);
    const edit = (laptop: typeof one, email: string) =>
      call(laptop.dispatch, 'members.update', { id: ada.id, member: { email } });
    await edit(one, 'ada@office.example');
    await edit(two, 'ada@kitchen.example');
    await carry(two, one, ids.one.deviceId);

    const { conflicts } = await call<Conflicts>(one.dispatch, 'sync.conflicts');
    expect(conflicts).toMatchObject([
      {
        memberName: 'Ada Byron',
        field: 'Email',
        previous: '(empty)',
      },
    ]);
    // Oldest first; these two were made at the same moment, so either may come first.
    expect(conflicts[0]!.choices.map((c) => `${c.value} on ${c.device}`).sort()).toEqual([
      'ada@kitchen.example on Kitchen laptop',
      'ada@office.example on Office laptop',
    ]);
    const office = conflicts[0]!.choices.find((c) => c.device === 'Office laptop')!;
    const after = await call<Conflicts>(one.dispatch, 'sync.resolveConflict', {
      key: conflicts[0]!.key,
      eventId: office.eventId,
    });
    expect(after.conflicts).toEqual([]);
    const members = await call<{ id: string; email?: string }[]>(one.dispatch, 'members.list');
    expect(members.find((m) => m.id === ada.id)?.email).toBe('ada@office.example');
    expect(await call(one.dispatch, 'sync.setAside')).toEqual({ on: true, records: [] });
  });

  it('a record another laptop sent that is not valid is set aside, and listed in words', async () => {
    const { ids, one, two } = await twoLaptops();
    const { replica } = fieldOf(one.session);
    replica
      .doc('field')
      .getMap('volunteers')
      .set('v-bad', {
        device: ids.one.deviceId,
        record: { id: 'v-bad', name: '' },
      });
    await replica.flush();
    await call(one.dispatch, 'syncFiles.export', { to: ids.two.deviceId, kind: 'full' });
    two.host.openPaths.push(one.host.saved[0]!);
    await call(two.dispatch, 'syncFiles.import');
    const { records } = await call<{ records: SetAsideView[] }>(two.dispatch, 'sync.setAside');
    expect(records).toMatchObject([
      { what: 'A volunteer', key: 'volunteers/v-bad', device: 'Office laptop' },
    ]);
    expect(records[0]!.reason).not.toBe('');
    expect(await call(two.dispatch, 'volunteers.list')).toEqual([]);
  });
});
