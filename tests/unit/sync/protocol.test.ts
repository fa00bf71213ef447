import { afterEach, describe, expect, it } from 'vitest';
import { SyncClient, syncUrl, type ClientStatus } from '../../../src/main/sync/client';
import { SyncServer, type Access } from '../../../src/main/sync/server';
import type { DocName } from '../../../src/shared/sync/protocol';
import { MemoryDocs } from './memoryDocs';

const open: { stop(): Promise<void> }[] = [];
afterEach(async () => {
  for (const o of open.splice(0).reverse()) await o.stop();
});

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function startServer(tokens: Map<string, Access>) {
  const serverDocs = new MemoryDocs();
  const server = await SyncServer.listen(
    { host: '127.0.0.1', port: 0 },
    {
      authorize: (token) => Promise.resolve(tokens.get(token) ?? null),
      docs: () => Promise.resolve(serverDocs),
    },
  );
  open.push({ stop: () => server.close() });
  return { server, serverDocs, url: `ws://127.0.0.1:${server.address.port}` };
}

function client(url: string, token: string, held: DocName[]) {
  const docs = new MemoryDocs();
  for (const name of held) docs.doc(name);
  const states: ClientStatus['state'][] = [];
  const c = new SyncClient({
    url,
    token,
    docs,
    held,
    onStatus: (s) => states.push(s.state),
    backoff: { first: 20, max: 100 },
  });
  open.push(c);
  c.start();
  return { c, docs, states };
}

const officer: Access = { chapterId: 'ch', deviceId: 'o', role: 'officer' };
const volunteer: Access = { chapterId: 'ch', deviceId: 'v', role: 'volunteer' };

describe('sync protocol', () => {
  it('turns an address into the sync endpoint', () => {
    expect(syncUrl('192.168.1.5:4500')).toBe('ws://192.168.1.5:4500/sync');
    expect(syncUrl('https://sync.example.org/')).toBe('wss://sync.example.org/sync');
    expect(() => syncUrl('ftp://x')).toThrow(/ws:\/\//);
  });

  it('converges two devices that edited apart, through the server', async () => {
    const { url, serverDocs } = await startServer(
      new Map([
        ['tok-o', officer],
        ['tok-v', volunteer],
      ]),
    );
    const a = client(url, 'tok-o', ['field', 'roster']);
    const b = client(url, 'tok-v', ['field']);
    a.docs.doc('field').getMap('results').set('r1', 'from a');
    b.docs.doc('field').getMap('results').set('r2', 'from b');
    a.docs.doc('roster').getMap('members').set('m1', 'secret');
    await until(
      () =>
        a.docs.doc('field').getMap('results').size === 2 &&
        b.docs.doc('field').getMap('results').size === 2,
      'convergence',
    );
    await until(() => serverDocs.doc('roster').getMap('members').size === 1, 'roster on server');
    expect(b.docs.doc('roster').getMap('members').size).toBe(0);
    expect(a.states).toContain('connected');
  });

  it('never sends the roster to a volunteer, even when asked', async () => {
    const { url, serverDocs } = await startServer(new Map([['tok-v', volunteer]]));
    serverDocs.doc('roster').getMap('members').set('m1', 'secret');
    serverDocs.doc('field').getMap('results').set('r1', 'x');
    // A volunteer laptop that (wrongly) holds a roster doc and asks for it.
    const b = client(url, 'tok-v', ['field', 'roster']);
    await until(() => b.docs.doc('field').getMap('results').size === 1, 'field');
    await b.c.settled();
    expect(b.docs.doc('roster').getMap('members').size).toBe(0);
  });

  it('shows a bad token as refused, without throwing, and keeps trying quietly', async () => {
    const { url } = await startServer(new Map());
    const b = client(url, 'nope', ['field']);
    await until(() => b.c.status.state === 'refused', 'refused');
    expect(b.states).not.toContain('connected');
  });

  it('shows an unreachable server as offline', async () => {
    const b = client('ws://127.0.0.1:9', 'tok', ['field']);
    await until(() => b.c.status.state === 'offline', 'offline');
  });

  it('closes a revoked device at once', async () => {
    const tokens = new Map([['tok-v', volunteer]]);
    const { server, url } = await startServer(tokens);
    const b = client(url, 'tok-v', ['field']);
    await until(() => b.c.status.state === 'connected', 'connected');
    tokens.delete('tok-v');
    await server.recheck();
    await until(() => b.c.status.state === 'refused', 'refused after revocation');
    expect(b.c.status.detail).toMatch(/revoked/);
  });
});
