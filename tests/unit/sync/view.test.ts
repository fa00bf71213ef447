/**
 * Two backends, each with its replica, exchanging what the other lacks (sync step 1/2 by
 * hand): local writes reach the other view, member conflicts are flagged and resolved,
 * invalid records are set aside, results reach the other laptop's list of the same state.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startBackend, type Dispatch } from '../../../src/main/dispatch';
import { createVoterService } from '../../../src/main/services/voters/service';
import type { Session } from '../../../src/main/session';
import { Replica } from '../../../src/main/sync/replica';
import type { DeviceRole, DocName } from '../../../src/shared/sync/protocol';
import type { Member } from '../../../src/shared/schema/member';
import { call, CHAPTER, fakeHost, manualClock, memberInput, tempDir } from '../foundation/helpers';

const FIXTURE = join(import.meta.dirname, '../../fixtures/voters/ohio-franklin.csv');

interface Laptop {
  dir: string;
  session: Session;
  dispatch: Dispatch;
  replica: Replica;
}

const open: Replica[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((r) => r.close()));
});

async function laptop(device: string, role: DeviceRole, withChapter: boolean): Promise<Laptop> {
  const dir = await tempDir();
  const time = manualClock(
    device === 'a' ? '2026-03-01T12:00:00.000Z' : '2026-03-01T12:00:01.000Z',
  );
  const { session, dispatch } = await startBackend(dir, fakeHost(await tempDir()), time.clock);
  if (withChapter) await call(dispatch, 'chapter.create', CHAPTER);
  const docs: DocName[] = role === 'volunteer' ? ['field'] : ['field', 'roster'];
  const replica = await Replica.open({ dataDir: dir, session, deviceId: device, docs, role });
  open.push(replica);
  return { dir, session, dispatch, replica };
}

/** Each side sends what the other lacks, for the documents both hold. */
async function exchange(a: Replica, b: Replica): Promise<void> {
  await Promise.all([a.flush(), b.flush()]);
  for (const name of ['field', 'roster'] as const) {
    if (!a.has(name) || !b.has(name)) continue;
    const toB = a.encodeState(name, b.stateVector(name));
    const toA = b.encodeState(name, a.stateVector(name));
    await b.applyRemote(name, toB, 'a');
    await a.applyRemote(name, toA, 'b');
  }
}

describe('the view rebuilt from the shared documents', () => {
  it('brings the chapter, members and volunteers to a new officer laptop; conflicts are flagged and resolved', async () => {
    const a = await laptop('a', 'chapter', true);
    const ada = await call<Member>(a.dispatch, 'members.add', memberInput('Ada'));
    await call(a.dispatch, 'volunteers.add', {
      name: 'Sam',
      email: 'sam@example.org',
      skills: ['canvassing'],
    });
    const b = await laptop('b', 'officer', false);
    await exchange(a.replica, b.replica);
    expect(b.session.status().chapter?.name).toBe(CHAPTER.name);
    expect(b.session.current().data.members.map((m) => m.name)).toEqual(['Ada']);
    expect(b.session.current().data.volunteers[0]).toMatchObject({
      name: 'Sam',
      email: 'sam@example.org',
    });

    // Both edit Ada's name without seeing the other.
    await call(a.dispatch, 'members.update', { id: ada.id, member: { name: 'Ada L.' } });
    await call(b.dispatch, 'members.update', { id: ada.id, member: { name: 'Ada Lovelace' } });
    await exchange(a.replica, b.replica);
    for (const l of [a, b]) {
      expect(l.replica.conflicts()).toHaveLength(1);
      // The later edit shows meanwhile (b's clock is a second ahead).
      expect(l.session.current().data.members[0]?.name).toBe('Ada Lovelace');
    }
    const [conflict] = a.replica.conflicts();
    const chosen = conflict!.events.find((e) => e.value === 'Ada L.')!;
    await a.replica.resolveConflict(conflict!.key, chosen.id);
    await exchange(a.replica, b.replica);
    for (const l of [a, b]) {
      expect(l.replica.conflicts()).toEqual([]);
      expect(l.session.current().data.members[0]?.name).toBe('Ada L.');
    }
  });

  it('sets an invalid remote record aside, with its reason, and does not write it', async () => {
    const a = await laptop('a', 'chapter', true);
    const peer = new Y.Doc();
    peer
      .getMap('volunteers')
      .set('v-bad', { device: 'x', record: { addedAt: 'yesterday', skills: ['juggling'] } });
    await a.replica.applyRemote('field', Y.encodeStateAsUpdate(peer), 'x');
    expect(a.session.current().data.volunteers).toEqual([]);
    expect(a.replica.setAside()).toEqual([
      expect.objectContaining({ doc: 'field', key: 'volunteers/v-bad', device: 'x' }) as unknown,
    ]);
    const file = JSON.parse(
      await readFile(join(a.dir, 'sync', 'set-aside.json'), 'utf8'),
    ) as unknown[];
    expect(file).toHaveLength(1);
  });

  it('sets aside a role change from a volunteer device, and what a revoked device wrote after revocation', async () => {
    const dir = await tempDir();
    const { session, dispatch } = await startBackend(dir, fakeHost(await tempDir()));
    await call(dispatch, 'chapter.create', CHAPTER);
    const ada = await call<Member>(dispatch, 'members.add', memberInput('Ada'));
    const rights = (d: string) =>
      d === 'vol'
        ? { role: 'volunteer' as const, revokedAt: null }
        : d === 'old'
          ? { role: 'officer' as const, revokedAt: '2026-01-01T00:00:00.000Z' }
          : undefined;
    const replica = await Replica.open({
      dataDir: dir,
      session,
      deviceId: 'a',
      docs: ['field', 'roster'],
      rights,
    });
    open.push(replica);
    const peer = new Y.Doc();
    Y.applyUpdate(peer, replica.encodeState('roster'));
    const event = { memberId: ada.id, previous: [], device: 'vol', at: '2026-03-02T00:00:00.000Z' };
    peer.getArray('memberEvents').push([
      { ...event, id: 'e1', field: 'roles', value: ['chair'] },
      { ...event, id: 'e2', field: 'phone', value: '555-0100', previous: null, device: 'old' },
      { ...event, id: 'e3', field: 'phone', value: '555-0199', previous: null },
    ]);
    await replica.applyRemote(
      'roster',
      Y.encodeStateAsUpdate(peer, replica.stateVector('roster')),
      'peer',
    );
    expect(session.current().data.members[0]).toMatchObject({ roles: [], phone: '555-0199' });
    expect(replica.setAside().map((s) => [s.key, s.reason])).toEqual([
      ['memberEvents/e1', 'Only officer devices change roles.'],
      ['memberEvents/e2', 'Written by a device revoked on 2026-01-01T00:00:00.000Z.'],
    ]);
  });

  it('applies results to each local list of the same state holding the voter, once, and a volunteer laptop never holds the roster', async () => {
    const a = await laptop('a', 'chapter', true);
    const b = await laptop('b', 'volunteer', false);
    expect(b.replica.has('roster')).toBe(false);
    const services = [a, b].map((l) => createVoterService(l.dir, { now: l.session.clock }));
    const lists = [];
    for (const s of services) {
      const r = await s.importList({ path: FIXTURE, fileDate: '2024-10-01' });
      if (!r.ok) throw new Error(r.error.message);
      lists.push(r.list.id);
    }
    const walk = await services[1]!.cutTurfs(lists[1]!, {});
    const list = await services[1]!.turfWalkList(lists[1]!, walk.turfs[0]!.id);
    const voterId = list.households[0]!.voterIds[0]!;
    const [entry] = await services[1]!.recordResults(lists[1]!, [{ voterId, code: 'NH' }]);
    await exchange(a.replica, b.replica);
    await exchange(a.replica, b.replica);
    const onA = await services[0]!.results(lists[0]!);
    expect(onA.map((e) => e.id)).toEqual([entry!.id]);
    expect(await services[1]!.results(lists[1]!)).toHaveLength(1);
  });

  it('gives a list imported later the results the documents already hold for it', async () => {
    const a = await laptop('a', 'chapter', true);
    const b = await laptop('b', 'officer', false);
    const onA = createVoterService(a.dir, { now: a.session.clock });
    const imported = await onA.importList({ path: FIXTURE, fileDate: '2024-10-01' });
    if (!imported.ok) throw new Error(imported.error.message);
    const set = await onA.cutTurfs(imported.list.id, {});
    const walk = await onA.turfWalkList(imported.list.id, set.turfs[0]!.id);
    const door = walk.households[0]!;
    const entries = await onA.recordResults(imported.list.id, [
      { voterId: null, householdKey: door.key, code: 'NH' },
    ]);
    await exchange(a.replica, b.replica);

    const onB = createVoterService(b.dir, { now: b.session.clock });
    const later = await onB.importList({ path: FIXTURE, fileDate: '2024-10-01' });
    if (!later.ok) throw new Error(later.error.message);
    await b.replica.flush();
    await expect
      .poll(async () => (await onB.results(later.list.id)).map((e) => e.id))
      .toEqual(entries.map((e) => e.id));
  });

  it('carries shifts and their sign-ups both ways, and keeps contact details off a volunteer laptop', async () => {
    const a = await laptop('a', 'chapter', true);
    const b = await laptop('b', 'volunteer', false);
    const sam = await call<{ id: string }>(a.dispatch, 'volunteers.add', {
      name: 'Sam',
      phone: '(614) 555-0142',
    });
    const shift = await call<{ id: string }>(a.dispatch, 'shifts.add', {
      kind: 'tabling',
      title: 'Farmers market',
      place: 'Main St',
      date: '2026-03-07',
      start: '09:00',
      end: '12:00',
      capacity: 4,
    });
    await exchange(a.replica, b.replica);
    const [onB] = b.session.current().data.volunteers;
    expect(onB).toMatchObject({ id: sam.id, name: 'Sam' });
    expect(onB?.phone).toBeUndefined();
    // The volunteer laptop signs Sam up; the chapter laptop sees it.
    await call(b.dispatch, 'shifts.signUp', { shiftId: shift.id, volunteerId: sam.id });
    await exchange(a.replica, b.replica);
    const onA = a.session.current().data;
    expect(onA.shifts[0]?.signups.map((s) => [s.volunteerId, s.status])).toEqual([
      [sam.id, 'signed-up'],
    ]);
    // Contact details stayed on the chapter laptop.
    expect(onA.volunteers[0]?.phone).toBe('(614) 555-0142');
  });
});
