import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Replica } from '../../../src/main/sync/replica';
import type { DocName } from '../../../src/shared/sync/protocol';
import { Session } from '../../../src/main/session';
import { tempDir } from '../foundation/helpers';

async function openReplica(dataDir: string, docs: DocName[] = ['field', 'roster']) {
  const session = new Session(dataDir);
  await session.open('real');
  return Replica.open({ dataDir, session, deviceId: 'dev-a', docs });
}

describe('Replica', () => {
  it('persists local changes: flush resolves once they are on disk, reopen holds them', async () => {
    const dataDir = await tempDir();
    const a = await openReplica(dataDir);
    a.doc('field').getMap('results').set('r1', { code: 'NH' });
    a.doc('roster').getMap('members').set('m1', { name: 'Ada' });
    await a.flush();
    expect((await readFile(join(dataDir, 'sync', 'field.ylog'))).length).toBeGreaterThan(0);
    await a.close();
    const b = await openReplica(dataDir);
    expect(b.doc('field').getMap('results').get('r1')).toEqual({ code: 'NH' });
    expect(b.doc('roster').getMap('members').get('m1')).toEqual({ name: 'Ada' });
    expect(b.damage()).toEqual([]);
    await b.close();
  });

  it('holds only the documents it was opened with', async () => {
    const r = await openReplica(await tempDir(), ['field']);
    expect(r.has('roster')).toBe(false);
    expect(() => r.doc('roster')).toThrow(/does not hold the roster/);
    await r.close();
  });

  it('applies a peer update durably, tells listeners with its origin, and converges by state vectors', async () => {
    const dirA = await tempDir();
    const a = await openReplica(dirA);
    const b = await openReplica(await tempDir());
    const heard: { n: number; origin: unknown }[] = [];
    a.onUpdate('field', (u, origin) => heard.push({ n: u.byteLength, origin }));

    b.doc('field').getMap('results').set('rb', { code: 'REF' });
    a.doc('field').getMap('results').set('ra', { code: 'NH' });
    await Promise.all([a.flush(), b.flush()]);
    expect(heard).toEqual([{ n: expect.any(Number) as number, origin: null }]);

    // Sync step 1/2 by hand: each sends what the other lacks.
    const toA = b.encodeState('field', a.stateVector('field'));
    const toB = a.encodeState('field', b.stateVector('field'));
    await a.applyRemote('field', toA, 'peer-b');
    await b.applyRemote('field', toB, 'peer-a');
    expect(heard.at(-1)?.origin).toBe('peer-b');
    expect(a.doc('field').getMap('results').toJSON()).toEqual(
      b.doc('field').getMap('results').toJSON(),
    );
    // Nothing new: no update is told.
    const count = heard.length;
    await a.applyRemote('field', toA, 'peer-b');
    expect(heard.length).toBe(count);
    await a.close();
    await b.close();

    const again = await openReplica(dirA);
    expect(again.doc('field').getMap('results').size).toBe(2);
    await again.close();
  });

  it('refuses a malformed update without writing it, and unsubscribes', async () => {
    const dataDir = await tempDir();
    const a = await openReplica(dataDir);
    const heard: unknown[] = [];
    const off = a.onUpdate('field', (u) => heard.push(u));
    await expect(
      a.applyRemote('field', new Uint8Array([255, 255, 255, 255, 1]), 'x'),
    ).rejects.toThrow();
    const log = await readFile(join(dataDir, 'sync', 'field.ylog')).catch(() => Buffer.alloc(0));
    expect(log.length).toBe(0);
    off();
    a.doc('field').getMap('results').set('r', 1);
    await a.flush();
    expect(heard).toEqual([]);
    await a.close();
  });

  it('applies updates whose dependencies arrive later', async () => {
    const peer = new Y.Doc();
    const updates: Uint8Array[] = [];
    peer.on('update', (u: Uint8Array) => updates.push(u));
    peer.getArray('memberEvents').push(['one']);
    peer.getArray('memberEvents').push(['two']);
    const dataDir = await tempDir();
    const a = await openReplica(dataDir);
    await a.applyRemote('roster', updates[1]!, 'peer');
    await a.close();
    const b = await openReplica(dataDir);
    await b.applyRemote('roster', updates[0]!, 'peer');
    expect(b.doc('roster').getArray('memberEvents').toJSON()).toEqual(['one', 'two']);
    await b.close();
  });
});
