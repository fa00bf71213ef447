import { describe, expect, it } from 'vitest';
import { syncHub } from '../../../src/main/sync/syncHub';
import type { DevicesStatus, Pairing } from '../../../src/shared/contract/devices';
import { call, failure } from '../foundation/helpers';
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
    // Both go offline, edit, come back.
    await call(a.dispatch, 'devices.setServer', { url: null });
    await call(b.dispatch, 'devices.setServer', { url: null });
    fieldOf(a).getMap('results').set('ra', { from: 'a' });
    fieldOf(b).getMap('results').set('rb', { from: 'b' });
    await call(a.dispatch, 'devices.setServer', { url: server.url });
    await call(b.dispatch, 'devices.setServer', { url: server.url });
    await until(
      () => fieldOf(a).getMap('results').size === 2 && fieldOf(b).getMap('results').size === 2,
      'convergence',
    );
    expect(fieldOf(a).getMap('results').toJSON()).toEqual(fieldOf(b).getMap('results').toJSON());
  });

  it('refuses a revoked device at once, and says so', async () => {
    const server = await syncServer();
    const a = await chapterLaptop(server.url, server.allow);
    const b = await pairedLaptop(a, 'volunteer');
    await until(async () => (await b.status()).connection.state === 'connected', 'b connected');
    const id = (await b.status()).thisDevice!.id;
    const after = await call<DevicesStatus>(a.dispatch, 'devices.revoke', { id });
    expect(after.devices.find((d) => d.id === id)?.revokedAt).not.toBeNull();
    await until(async () => (await b.status()).connection.state === 'refused', 'b refused');
    expect((await b.status()).connection.words).toMatch(/Refused/);
  });

  it('never gives a volunteer laptop the roster', async () => {
    const server = await syncServer();
    const a = await chapterLaptop(server.url, server.allow);
    syncHub(a.session).openReplica!.doc('roster').getMap('members').set('m1', { name: 'Secret' });
    const b = await pairedLaptop(a, 'volunteer');
    await until(async () => (await b.status()).connection.state === 'connected', 'b connected');
    expect(syncHub(b.session).openReplica!.has('roster')).toBe(false);
    const officer = await pairedLaptop(a, 'officer');
    await until(
      () => syncHub(officer.session).openReplica!.doc('roster').getMap('members').size === 1,
      'the roster on the officer laptop',
    );
  });
});
