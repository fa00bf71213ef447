import { appendFile, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { decodeFrames, DocLog, encodeFrame } from '../../../src/main/sync/docLog';
import { tempDir } from '../foundation/helpers';

const clock = () => new Date('2026-03-01T12:00:00.000Z');

async function openDoc(dir: string) {
  const doc = new Y.Doc();
  const log = await DocLog.open(dir, 'field', doc, 'load', clock);
  return { doc, log };
}

/** Writes `n` entries into the doc's `results` map, each appended to the log. */
async function addResults(doc: Y.Doc, log: DocLog, from: number, n: number): Promise<void> {
  const appends: Promise<void>[] = [];
  const off = (u: Uint8Array) => appends.push(log.append(u));
  doc.on('update', off);
  for (let i = from; i < from + n; i++) doc.getMap('results').set(`r${i}`, { i });
  doc.off('update', off);
  await Promise.all(appends);
}

describe('frames', () => {
  it('round-trips and stops at a torn or damaged frame', () => {
    const a = encodeFrame(new Uint8Array([1, 2, 3]));
    const b = encodeFrame(new Uint8Array([4, 5]));
    const all = new Uint8Array([...a, ...b]);
    expect(decodeFrames(all)).toMatchObject({ end: all.length, damage: null });
    expect(decodeFrames(all).frames.map((f) => [...f])).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
    const torn = all.subarray(0, all.length - 1);
    expect(decodeFrames(torn)).toMatchObject({
      end: a.length,
      damage: expect.stringMatching(/cut short/) as string,
    });
    const flipped = Uint8Array.from(all);
    flipped[a.length + 9] = 0xff - (flipped[a.length + 9] ?? 0);
    expect(decodeFrames(flipped)).toMatchObject({
      end: a.length,
      damage: expect.stringMatching(/checksum/) as string,
    });
    expect(decodeFrames(all.subarray(0, a.length + 3)).damage).toMatch(/header/);
  });
});

describe('DocLog', () => {
  it('keeps every appended update across reopen, and compacts the log into the snapshot', async () => {
    const dir = await tempDir();
    const first = await openDoc(dir);
    await addResults(first.doc, first.log, 0, 50);
    await first.log.close();
    expect((await readFile(join(dir, 'field.ylog'))).length).toBeGreaterThan(0);

    const second = await openDoc(dir);
    expect(second.doc.getMap('results').size).toBe(50);
    expect(second.log.damage).toEqual([]);
    expect((await readFile(join(dir, 'field.ylog'))).length).toBe(0);
    await addResults(second.doc, second.log, 50, 5);
    await second.log.close();

    // Five results against a snapshot of fifty: the log is kept and appended to.
    const third = await openDoc(dir);
    expect(third.doc.getMap('results').size).toBe(55);
    expect(third.log.compacted).toBe(false);
    await addResults(third.doc, third.log, 55, 5);
    await third.log.close();
    const fourth = await openDoc(dir);
    expect(fourth.doc.getMap('results').size).toBe(60);
    await fourth.log.close();
  });

  it('skips a torn tail, reports it and keeps its bytes in damaged/', async () => {
    const dir = await tempDir();
    const first = await openDoc(dir);
    await addResults(first.doc, first.log, 0, 3);
    await first.log.close();
    await appendFile(join(dir, 'field.ylog'), encodeFrame(new Uint8Array(40)).subarray(0, 20));

    const second = await openDoc(dir);
    expect(second.doc.getMap('results').size).toBe(3);
    expect(second.log.damage).toEqual([
      expect.objectContaining({
        file: 'field.ylog',
        skippedBytes: 20,
        reason: expect.stringMatching(/torn/) as string,
      }),
    ]);
    expect(await readdir(join(dir, 'damaged'))).toHaveLength(1);
    await second.log.close();
    // Compacted: the next open finds nothing wrong.
    const third = await openDoc(dir);
    expect(third.log.damage).toEqual([]);
    expect(third.doc.getMap('results').size).toBe(3);
    await third.log.close();
  });

  it('reports a frame whose checksum holds but whose update cannot be read', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'field.ylog'), encodeFrame(new Uint8Array([255, 255, 255, 255, 1])));
    const { log, doc } = await openDoc(dir);
    expect(log.damage[0]?.reason).toMatch(/could not be read/);
    expect(doc.getMap('results').size).toBe(0);
    await log.close();
  });

  it('keeps appends made together, every one framed', async () => {
    const dir = await tempDir();
    const { doc, log } = await openDoc(dir);
    await Promise.all([addResults(doc, log, 0, 100), addResults(doc, log, 100, 100)]);
    await log.close();
    const { frames } = decodeFrames(await readFile(join(dir, 'field.ylog')));
    expect(frames).toHaveLength(200);
  });
});
