import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syncHub } from '../../../src/main/sync/syncHub';
import type { AppStatus } from '../../../src/shared/contract/app';
import type { DevicesStatus, Pairing } from '../../../src/shared/contract/devices';
import { CHAPTER, call, failure, listDir, memberInput } from '../foundation/helpers';
import { chapterLaptop, laptop, pairedLaptop, syncServer, until, type Laptop } from './laptops';

const fieldOf = (l: Laptop) => syncHub(l.session).openReplica!.doc('field');

describe('laptops of one chapter', () => {
  it('sync stays off, and nothing listens, until a person turns it on', async () => {
    const a = await laptop();
    const status = await a.status();
    expect(status.on).toBe(false);
    expect(status.connection.state).toBe('off');
    expect(status.lan.listening).toBeNull();
    expect(syncHub(a.session).openReplica).toBeNull();
  });

  it('pairs a laptop with a one-time code that works once', async () => {
    const a = await chapterLaptop();
    const pairing = await call<Pairing>(a.dispatch, 'devices.pair', {
      name: 'Ana',
      role: 'volunteer',
    });
    expect(pairing.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(pairing.qrText).toContain(pairing.code);
    const b = await laptop();
    const join = { address: pairing.address, code: pairing.code, deviceName: 'Ana' };
    await call(b.dispatch, 'devices.join', join);
    expect((await b.status()).thisDevice).toMatchObject({ role: 'volunteer', name: 'Ana' });
    const c = await laptop();
    expect((await failure(c.dispatch, 'devices.join', join)).message).toMatch(/used, expired/);
    const wrong = { ...join, code: 'AAAA-BBBB-CCCC' };
    expect((await failure(c.dispatch, 'devices.join', wrong)).message).toMatch(/not valid/);
    expect((await a.status()).devices.map((d) => d.name)).toEqual(['Chapter laptop', 'Ana']);
  });

  it('converges edits made apart, through a sync server', async () => {
    const server = await syncServer();
    const a = await chapterLaptop(server.url, server.allow);
    await until(async () => (await a.status()).connection.state === 'connected', 'a connected');
    const b = await pairedLaptop(a, 'officer');
    await until(async () => (await b.status()).connection.state === 'connected', 'b connected');
    expect((await b.status()).server).toBe(server.url);
    expect(b.joined.state).toBe('ready');
    expect(b.joined.chapter?.name).toBe(CHAPTER.name);
    // Both go offline, edit, come back.
    await call(a.dispatch, 'devices.setServer', { url: null });
    await call(b.dispatch, 'devices.setServer', { url: null });
    await call(a.dispatch, 'members.add', memberInput('Ana Ruiz'));
    await call(b.dispatch, 'members.add', memberInput('Bo Lee'));
    await call(a.dispatch, 'volunteers.add', { name: 'Cy Diaz' });
    await call(a.dispatch, 'devices.setServer', { url: server.url });
    await call(b.dispatch, 'devices.setServer', { url: server.url });
    const view = async (l: Laptop) => ({
      members: await call<{ name: string }[]>(l.dispatch, 'members.list'),
      volunteers: await call<unknown[]>(l.dispatch, 'volunteers.list', {}),
    });
    await until(async () => (await view(a)).members.length === 2, 'a has both members');
    await until(async () => (await view(b)).volunteers.length === 1, 'b has the volunteer');
    await until(async () => (await view(b)).members.length === 2, 'b has both members');
    expect(await view(b)).toEqual(await view(a));
    expect(fieldOf(a).getMap('results').toJSON()).toEqual(fieldOf(b).getMap('results').toJSON());
  });

  it('pairs through the sync server when the chapter laptop serves no local network', async () => {
    const server = await syncServer();
    const a = await chapterLaptop(server.url, server.allow, false);
    const pairing = await call<Pairing>(a.dispatch, 'devices.pair', {
      name: 'Ana',
      role: 'officer',
    });
    const join = { address: pairing.address, code: pairing.code, deviceName: 'Ana' };
    const b = await laptop();
    // A server the chapter laptop is not connected to says so in words.
    const other = await syncServer();
    const elsewhere = { ...join, address: other.url };
    expect((await failure(b.dispatch, 'devices.join', elsewhere)).message).toMatch(/not connected/);
    await until(async () => (await a.status()).connection.state === 'connected', 'a connected');
    expect(pairing.address).toBe(server.url);
    const joined = await call<AppStatus>(b.dispatch, 'devices.join', join);
    expect(joined.chapter?.name).toBe(CHAPTER.name);
    await until(async () => (await b.status()).connection.state === 'connected', 'b connected');
    const c = await laptop();
    expect((await failure(c.dispatch, 'devices.join', join)).message).toMatch(/used, expired/);
  });

  it('refuses a revoked device at once, and says so', async () => {
    const server = await syncServer();
    const a = await chapterLaptop(server.url, server.allow);
    const b = await pairedLaptop(a, 'volunteer');
    await until(async () => (await b.status()).connection.state === 'connected', 'b connected');
    await call(b.dispatch, 'volunteers.add', { name: 'Signed up at the door' });
    const fromB = async () =>
      (await call<{ name: string }[]>(a.dispatch, 'volunteers.list', {})).length;
    await until(async () => (await fromB()) === 1, 'the volunteer b added, on a');
    const id = (await b.status()).thisDevice!.id;
    const after = await call<DevicesStatus>(a.dispatch, 'devices.revoke', { id });
    expect(after.devices.find((d) => d.id === id)?.revokedAt).not.toBeNull();
    await until(async () => (await b.status()).connection.state === 'refused', 'b refused');
    expect((await b.status()).connection.words).toMatch(/Refused/);
    // What it wrote before stays.
    expect(await fromB()).toBe(1);
  });

  it('over the local network alone: syncs, and a revoked laptop is shut out at once', async () => {
    const a = await chapterLaptop();
    const b = await pairedLaptop(a, 'volunteer');
    expect((await b.status()).server).toBe((await a.status()).lan.listening);
    await until(async () => (await b.status()).connection.state === 'connected', 'b connected');
    expect((await a.status()).connection.words).toContain(
      '1 laptop is connected over the local network.',
    );
    await call(b.dispatch, 'volunteers.add', { name: 'Met at the fair' });
    await until(
      async () => (await call<unknown[]>(a.dispatch, 'volunteers.list', {})).length === 1,
      'the volunteer on the chapter laptop',
    );
    await call(a.dispatch, 'devices.revoke', { id: (await b.status()).thisDevice!.id });
    await until(async () => (await b.status()).connection.state === 'refused', 'b refused');
  });

  it('never gives a volunteer laptop the roster', async () => {
    const server = await syncServer();
    const a = await chapterLaptop(server.url, server.allow);
    await call(a.dispatch, 'members.add', memberInput('Ana Ruiz', { email: 'ana@example.org' }));
    const b = await pairedLaptop(a, 'volunteer');
    expect(b.joined.chapter?.name).toBe(CHAPTER.name);
    await until(async () => (await b.status()).connection.state === 'connected', 'b connected');
    const officer = await pairedLaptop(a, 'officer');
    await until(
      async () => (await call<unknown[]>(officer.dispatch, 'members.list')).length === 1,
      'the roster on the officer laptop',
    );
    expect(syncHub(b.session).openReplica!.has('roster')).toBe(false);
    expect(await call<unknown[]>(b.dispatch, 'members.list')).toEqual([]);
    expect(await listDir(join(b.dir, 'sync'))).not.toContain('roster.ydoc');
    expect(await readFile(join(b.dir, 'chapter.json'), 'utf8')).not.toContain('Ana Ruiz');
  });
});
