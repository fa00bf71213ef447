import { describe, expect, it } from 'vitest';
import {
  importStickFile,
  makeStickFile,
  readPeers,
  type StickContext,
} from '../../../src/main/sync/stickFile';
import type { DeviceRole } from '../../../src/shared/sync/protocol';
import type { PublishedDevice } from '../../../src/shared/sync/published';
import { decodePayload, encodePayload, splitStickFile } from '../../../src/shared/sync/stickFormat';
import { tempDir } from '../foundation/helpers';
import { MemoryReplica, testChapter, type TestDevice } from './stickDevices';

const NOW = new Date('2026-03-02T10:00:00.000Z');
const LATER = new Date('2026-03-02T11:00:00.000Z');

async function laptop(
  device: TestDevice,
  devices: PublishedDevice[],
): Promise<StickContext & { replica: MemoryReplica }> {
  return {
    dataDir: await tempDir(),
    chapterName: 'Riverside',
    identity: device.identity,
    replica: new MemoryReplica(),
    devices,
  };
}

function addResult(replica: MemoryReplica, id: string) {
  replica.docs.field.getMap('results').set(id, { state: 'OH', listId: 'l1', entry: { id } });
}

async function pair(roles: Record<'one' | 'two', DeviceRole> = { one: 'officer', two: 'officer' }) {
  const chapter = testChapter(roles);
  const devices = Object.values(chapter).map((d) => d.entry);
  return {
    chapter,
    devices,
    one: await laptop(chapter.one!, devices),
    two: await laptop(chapter.two!, devices),
  };
}

describe('USB stick file', () => {
  it('round trip: what laptop 1 wrote arrives on laptop 2, roster included between officers', async () => {
    const { one, two } = await pair();
    addResult(one.replica, 'r1');
    one.replica.docs.roster.getMap('members').set('m1', { name: 'Ada' });
    const file = await makeStickFile(one, 'device-two', 'full', NOW);
    const result = await importStickFile(two, file);
    expect(result).toMatchObject({ imported: true, from: 'one', kind: 'full', newChanges: true });
    expect(two.replica.view()).toEqual(one.replica.view());
  });

  it('importing the same file twice changes nothing the second time', async () => {
    const { one, two } = await pair();
    addResult(one.replica, 'r1');
    const file = await makeStickFile(one, 'device-two', 'full', NOW);
    await importStickFile(two, file);
    const after = two.replica.view();
    const again = await importStickFile(two, file);
    expect(again.newChanges).toBe(false);
    expect(two.replica.view()).toEqual(after);
  });

  it('a delta carries only what the other laptop lacks since its last file', async () => {
    const { one, two } = await pair();
    addResult(one.replica, 'r1');
    await importStickFile(two, await makeStickFile(one, 'device-two', 'full', NOW));
    // Laptop 2 answers: laptop 1 now knows what 2 holds.
    addResult(two.replica, 'r2');
    await importStickFile(one, await makeStickFile(two, 'device-one', 'delta', NOW));
    expect(Object.keys((await readPeers(one.dataDir))['device-two']!.stateVectors)).toEqual([
      'field',
      'roster',
    ]);
    addResult(one.replica, 'r3');
    const delta = await makeStickFile(one, 'device-two', 'delta', LATER);
    const full = await makeStickFile(one, 'device-two', 'full', LATER);
    expect(delta.length).toBeLessThan(full.length);
    await importStickFile(two, delta);
    expect(two.replica.view()).toEqual(one.replica.view());
    expect(Object.keys(two.replica.view().results).sort()).toEqual(['r1', 'r2', 'r3']);
  });

  it('a volunteer’s laptop never gets the roster, and never sends it', async () => {
    const { one, two } = await pair({ one: 'officer', two: 'volunteer' });
    one.replica.docs.roster.getMap('members').set('m1', { name: 'Ada' });
    addResult(one.replica, 'r1');
    const file = await makeStickFile(one, 'device-two', 'full', NOW);
    expect(splitStickFile(file).header.docs).toEqual(['field']);
    await importStickFile(two, file);
    expect(two.replica.view().members).toEqual({});
    const back = await makeStickFile(two, 'device-one', 'full', NOW);
    expect(splitStickFile(back).header.docs).toEqual(['field']);
  });

  it('refuses a file from another chapter, naming it', async () => {
    const { one } = await pair();
    const other = testChapter({ two: 'officer' }, 'chapter-2');
    const stranger = await laptop(other.two!, [...one.devices, other.two!.entry]);
    const file = await makeStickFile(one, 'device-two', 'full', NOW);
    await expect(importStickFile(stranger, file)).rejects.toThrow(
      /another chapter \(“Riverside”\)/,
    );
  });

  it('refuses a file with any byte changed, and changes nothing', async () => {
    const { one, two } = await pair();
    addResult(one.replica, 'r1');
    const file = await makeStickFile(one, 'device-two', 'full', NOW);
    for (const at of [30, Math.floor(file.length / 2), file.length - 80, file.length - 1]) {
      const tampered = file.slice();
      tampered[at] = tampered[at]! ^ 0x01;
      await expect(importStickFile(two, tampered)).rejects.toThrow(
        /refused|not a Chapterhouse|damaged/,
      );
    }
    expect(two.replica.applied).toBe(0);
    expect(await readPeers(two.dataDir)).toEqual({});
  });

  it('refuses a file from a revoked device, and one signed by someone else', async () => {
    const { one, two, devices } = await pair();
    const file = await makeStickFile(one, 'device-two', 'full', NOW);
    const revoked = devices.map((d) =>
      d.id === 'device-one' ? { ...d, revokedAt: '2026-03-02T09:00:00.000Z' } : d,
    );
    await expect(importStickFile({ ...two, devices: revoked }, file)).rejects.toThrow(
      /“one”, which was revoked/,
    );
    const otherKey = testChapter({ one: 'officer' }).one!.entry.publicKey;
    const forged = devices.map((d) => (d.id === 'device-one' ? { ...d, publicKey: otherKey } : d));
    await expect(importStickFile({ ...two, devices: forged }, file)).rejects.toThrow(
      /signature does not match/,
    );
  });

  it('refuses a file made for another laptop, and one from an unknown device', async () => {
    const chapter = testChapter({ one: 'officer', two: 'officer', three: 'officer' });
    const devices = Object.values(chapter).map((d) => d.entry);
    const one = await laptop(chapter.one!, devices);
    const three = await laptop(chapter.three!, devices);
    const file = await makeStickFile(one, 'device-two', 'full', NOW);
    await expect(importStickFile(three, file)).rejects.toThrow(
      /made for “two”, not for this laptop/,
    );
    const forThree = await makeStickFile(one, 'device-three', 'full', NOW);
    await expect(
      importStickFile(
        { ...three, devices: devices.filter((d) => d.id !== 'device-one') },
        forThree,
      ),
    ).rejects.toThrow(/does not know yet/);
  });

  it('the payload framing reads back what it wrote', () => {
    const sections = [
      { doc: 'field' as const, update: new Uint8Array([1, 2, 3]), stateVector: new Uint8Array([]) },
      { doc: 'roster' as const, update: new Uint8Array([]), stateVector: new Uint8Array([9]) },
    ];
    expect(decodePayload(encodePayload(sections))).toEqual(sections);
    expect(() => decodePayload(encodePayload(sections).subarray(0, 7))).toThrow(
      /not a Chapterhouse/,
    );
  });
});
