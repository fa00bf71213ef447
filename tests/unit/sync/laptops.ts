/**
 * Laptops and a sync server on 127.0.0.1 for the sync integration tests: real backends on temp
 * data folders (the same dispatch as the app), the chapter laptop with sync on and its LAN
 * server listening, a sync server with the chapter laptop's token line in its tokens file.
 */
import { appendFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { startBackend, type Dispatch } from '../../../src/main/dispatch';
import type { Session } from '../../../src/main/session';
import { SyncServer } from '../../../src/main/sync/server';
import { ServerStore } from '../../../src/main/sync/serverStore';
import { syncHub } from '../../../src/main/sync/syncHub';
import type { AppStatus } from '../../../src/shared/contract/app';
import type { DevicesStatus, Pairing } from '../../../src/shared/contract/devices';
import { CHAPTER, call, fakeHost, tempDir } from '../foundation/helpers';

export interface Laptop {
  dir: string;
  dispatch: Dispatch;
  session: Session;
  status: () => Promise<DevicesStatus>;
}

const closing: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closing.splice(0).reverse()) await close();
});

export async function laptop(): Promise<Laptop> {
  const dir = await tempDir('chapterhouse-laptop-');
  const { dispatch, session } = await startBackend(join(dir, 'data'), fakeHost(join(dir, 'saved')));
  closing.push(async () => {
    await syncHub(session).close();
    await session.close();
  });
  return {
    dir: join(dir, 'data'),
    dispatch,
    session,
    status: () => call<DevicesStatus>(dispatch, 'devices.status'),
  };
}

export async function syncServer() {
  const dir = await tempDir('chapterhouse-server-');
  const tokens = join(dir, 'tokens.ndjson');
  await writeFile(tokens, '# one device per line\n');
  const store = await ServerStore.open(join(dir, 'data'), tokens);
  const server = await SyncServer.listen({ host: '127.0.0.1', port: 0 }, store);
  closing.push(async () => {
    await server.close();
    await store.close();
  });
  return {
    url: `ws://127.0.0.1:${server.address.port}`,
    store,
    /** What the person running the server does with the line Settings → Devices shows. */
    allow: (line: string) => appendFile(tokens, `${line}\n`),
  };
}

/** A chapter laptop with sync on, its LAN server on 127.0.0.1 (unless `lan` is false), and (optionally) a sync server. */
export async function chapterLaptop(
  serverUrl?: string,
  allow?: (line: string) => Promise<void>,
  lan = true,
) {
  const a = await laptop();
  await call(a.dispatch, 'chapter.create', CHAPTER);
  const on = await call<DevicesStatus>(a.dispatch, 'devices.turnOn', {
    deviceName: 'Chapter laptop',
  });
  if (lan) await call(a.dispatch, 'devices.setLan', { enabled: true, host: '127.0.0.1', port: 0 });
  if (serverUrl && allow) {
    await allow(on.serverTokenLine ?? '');
    await call(a.dispatch, 'devices.setServer', { url: serverUrl });
  }
  return a;
}

/** Pairs a new laptop to `chapter` with a one-time code, as the person would. */
export async function pairedLaptop(
  chapter: Laptop,
  role: 'officer' | 'volunteer',
  name = `${role} laptop`,
): Promise<Laptop & { joined: AppStatus }> {
  const pairing = await call<Pairing>(chapter.dispatch, 'devices.pair', { name, role });
  const b = await laptop();
  const joined = await call<AppStatus>(b.dispatch, 'devices.join', {
    address: pairing.address,
    code: pairing.code,
    deviceName: name,
  });
  return { ...b, joined };
}

export async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
