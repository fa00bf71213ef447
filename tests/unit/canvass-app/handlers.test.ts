import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBackend } from '../../../src/main/dispatch';
import type {
  CanvassSettings,
  FilePreview,
  ImportJob,
  PacketData,
  TurfList,
} from '../../../src/shared/contract/canvass';
import type { CanvassStats } from '../../../src/shared/canvass/results';
import type { WalkList } from '../../../src/shared/canvass/schema';
import type { Dispatch } from '../../../src/main/dispatch';
import { generateOhioCsv } from '../canvass/generate';
import { CHAPTER, call, fakeHost, tempDir } from '../foundation/helpers';

async function setup(rows = 300) {
  const dir = await tempDir('canvass-app-');
  const host = fakeHost(join(dir, 'saved'));
  const { dispatch } = await startBackend(
    join(dir, 'data'),
    host,
    () => new Date('2026-03-01T12:00:00Z'),
  );
  await call(dispatch, 'chapter.create', CHAPTER);
  const file = join(dir, 'franklin.csv');
  await writeFile(file, generateOhioCsv(rows, 11, { badEvery: 100 }));
  return { dir, host, dispatch, file };
}

async function finish(dispatch: Dispatch, jobId: string): Promise<ImportJob> {
  for (;;) {
    const job = await call<ImportJob>(dispatch, 'canvass.importProgress', { jobId });
    if (job.state !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('canvass channels', () => {
  it('asks main for the file, imports as a polled job, cuts turfs and builds packets', async () => {
    const { host, dispatch, file, dir } = await setup();
    // The person cancels the file chooser: nothing starts.
    expect(await call(dispatch, 'canvass.importStart', {})).toEqual({
      jobId: null,
      fileName: null,
    });

    host.openPaths.push(file);
    const { jobId, fileName } = await call<{ jobId: string; fileName: string }>(
      dispatch,
      'canvass.importStart',
      { preset: 'ohio', fileDate: '2026-02-01' },
    );
    expect(fileName).toBe('franklin.csv');
    const job = await finish(dispatch, jobId);
    expect(job.state).toBe('done');
    expect(job.fraction).toBe(1);
    expect(job.summary?.skippedCount).toBeGreaterThan(0);
    expect(job.summary?.skipped[0]?.line).toBeGreaterThan(1);
    const listId = job.list?.id ?? '';
    expect(listId).toBe('oh-franklin');

    const turfs = await call<TurfList>(dispatch, 'canvass.cutTurfs', {
      listId,
      doorsPerTurf: 20,
      mode: 'odd-even',
    });
    expect(turfs.turfs.length).toBeGreaterThan(1);
    expect(turfs.turfs[0]).not.toHaveProperty('householdKeys');
    expect(turfs.turfs.every((t) => t.doors <= 20)).toBe(true);
    expect(await call(dispatch, 'canvass.turfs', { listId })).toEqual(turfs);

    const turfId = turfs.turfs[0]?.id ?? '';
    await call(dispatch, 'canvass.saveSettings', {
      script: 'Hi, I am a volunteer with the chapter.',
      organiserName: 'Rosa',
      organiserPhone: '614-555-0100',
    });
    expect((await call<CanvassSettings>(dispatch, 'canvass.settings')).organiserPhone).toBe(
      '614-555-0100',
    );
    const packet = await call<PacketData>(dispatch, 'canvass.packet', { listId, turfId });
    expect(packet).toMatchObject({
      chapterName: CHAPTER.name,
      county: 'Franklin',
      packetId: `OH-FRANKLIN-${turfId}`,
      organiserPhone: '614-555-0100',
      date: '2026-03-01',
      flyerId: null,
    });
    expect(packet.walkList.doors).toBe(turfs.turfs[0]?.doors);

    // Results: one door not home, one contact with support 1.
    const [first, second] = packet.walkList.households;
    if (!first || !second) throw new Error('expected two doors');
    await call(dispatch, 'canvass.recordResults', {
      listId,
      entries: [
        { voterId: first.occupants[0]?.id ?? '', turfId, code: 'NH' },
        { voterId: second.occupants[0]?.id ?? '', turfId, support: 1, volunteer: true },
      ],
    });
    const stats = await call<CanvassStats>(dispatch, 'canvass.stats', { listId, turfId });
    expect(stats).toMatchObject({ doorsKnocked: 2, contacts: 1, volunteers: 1, damagedLines: 0 });
    expect(stats.support[1]).toBe(1);
    const remaining = await call<WalkList>(dispatch, 'canvass.walkList', {
      listId,
      turfId,
      remaining: true,
    });
    expect(remaining.households.map((h) => h.key)).toContain(first.key);
    expect(remaining.households.map((h) => h.key)).not.toContain(second.key);
    const reprint = await call<PacketData>(dispatch, 'canvass.packet', {
      listId,
      turfId,
      remaining: true,
    });
    expect(reprint.packetId).toBe(`OH-FRANKLIN-${turfId}-R`);
    expect(reprint.walkList.doors).toBe(packet.walkList.doors - 1);

    // CSV of the turf in walk order, saved where the person chooses.
    const saved = await call<{ saved: boolean; fileName: string }>(dispatch, 'canvass.saveCsv', {
      listId,
      turfId,
    });
    expect(saved.fileName).toBe(`oh-franklin-${turfId.toLowerCase()}-walk-order.csv`);
    const csv = await readFile(host.saved.at(-1) ?? '', 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^turf,seq,household,/);
    expect(csv).toContain(first.occupants[0]?.id ?? '?');

    // A chapter mark suppresses the voter from the walk list.
    const voterId = first.occupants[0]?.id ?? '';
    await call(dispatch, 'canvass.markVoter', { listId, voterId, reason: 'DNW' });
    const after = await call<WalkList>(dispatch, 'canvass.walkList', { listId, turfId });
    expect(after.households.flatMap((h) => h.occupants.map((o) => o.id))).not.toContain(voterId);
    await call(dispatch, 'canvass.unmarkVoter', { listId, voterId });
    const back = await call<WalkList>(dispatch, 'canvass.walkList', { listId, turfId });
    expect(back.households.flatMap((h) => h.occupants.map((o) => o.id))).toContain(voterId);

    // A save cut off mid-line: the statistics count what they can and say how much they could not.
    const results = join(dir, 'data', 'voters', `${listId}.results.ndjson`);
    await writeFile(results, `${await readFile(results, 'utf8')}{"id":"r-torn","voter`);
    expect(await call<CanvassStats>(dispatch, 'canvass.stats', { listId })).toMatchObject({
      doorsKnocked: 2,
      damagedLines: 1,
    });
  });

  it('cancels a running import and reports unknown jobs plainly', async () => {
    const { host, dispatch, dir } = await setup(10);
    const big = join(dir, 'big.csv');
    await writeFile(big, generateOhioCsv(60_000, 3));
    host.openPaths.push(big);
    const { jobId } = await call<{ jobId: string }>(dispatch, 'canvass.importStart', {});
    expect(await call(dispatch, 'canvass.importCancel', { jobId })).toEqual({ cancelled: true });
    const job = await finish(dispatch, jobId);
    expect(job.state).toBe('cancelled');
    expect(job.error?.code).toBe('cancelled');
    expect(await call(dispatch, 'canvass.lists')).toEqual([]);
    const unknown = await dispatch('canvass.importProgress', { jobId: 'nope' });
    expect(unknown.ok).toBe(false);
  });

  it('re-import shows the diff and keeps results', async () => {
    const { host, dispatch, file, dir } = await setup(200);
    host.openPaths.push(file);
    let { jobId } = await call<{ jobId: string }>(dispatch, 'canvass.importStart', {
      fileDate: '2026-01-01',
    });
    const first = await finish(dispatch, jobId);
    const listId = first.list?.id ?? '';
    await call(dispatch, 'canvass.cutTurfs', { listId });
    const packet = await call<PacketData>(dispatch, 'canvass.packet', { listId, turfId: 'T001' });
    const voterId = packet.walkList.households[0]?.occupants[0]?.id ?? '';
    await call(dispatch, 'canvass.recordResults', {
      listId,
      entries: [{ voterId, turfId: 'T001', support: 2 }],
    });
    const newer = join(dir, 'newer.csv');
    await writeFile(newer, generateOhioCsv(260, 11));
    host.openPaths.push(newer);
    ({ jobId } = await call<{ jobId: string }>(dispatch, 'canvass.importStart', {
      listId,
      fileDate: '2026-02-01',
    }));
    const second = await finish(dispatch, jobId);
    expect(second.state).toBe('done');
    expect(second.diff?.added).toBeGreaterThan(0);
    expect(second.list?.turfsStale).toBe(true);
    expect(await call(dispatch, 'canvass.results', { listId, turfId: 'T001' })).toHaveLength(1);
    const turfs = await call<TurfList>(dispatch, 'canvass.turfs', { listId });
    expect(turfs.stale).toBe(true);
  });
});

describe('choosing and previewing a voter file', () => {
  it('shows the detected layout and column mapping, then imports the chosen file', async () => {
    const { host, dispatch, file } = await setup(50);
    host.openPaths.push(file);
    const { token, fileName } = await call<{ token: string; fileName: string }>(
      dispatch,
      'canvass.chooseFile',
    );
    expect(fileName).toBe('franklin.csv');
    const preview = await call<FilePreview>(dispatch, 'canvass.previewFile', { token });
    expect(preview).toMatchObject({ preset: 'ohio', hasHeader: true, delimiter: ',', missing: [] });
    expect(preview.mapping).toContainEqual({ field: 'State voter ID', column: 'SOS_VOTERID' });
    expect(preview.mapping).toContainEqual({
      field: 'Street address',
      column: 'RESIDENTIAL_ADDRESS1',
    });
    expect(preview.sample[0]?.[0]).toMatch(/^OH/);
    // Florida's extract has no header: the official column order is used.
    const fl = join(import.meta.dirname, '../../fixtures/voters/fl-extract.txt');
    host.openPaths.push(fl);
    const flToken = (await call<{ token: string }>(dispatch, 'canvass.chooseFile')).token;
    const flPreview = await call<FilePreview>(dispatch, 'canvass.previewFile', { token: flToken });
    expect(flPreview).toMatchObject({ preset: 'florida', hasHeader: false, delimiter: '\t' });
    expect(flPreview.mapping).toContainEqual({ field: 'State voter ID', column: 'voter_id' });
    // A generic layout chosen by hand for an Ohio file misses its columns.
    const wrong = await call<FilePreview>(dispatch, 'canvass.previewFile', {
      token,
      preset: 'florida',
    });
    expect(wrong.missing[0]).toMatch(/the rows have 1 column where/);

    const { jobId } = await call<{ jobId: string }>(dispatch, 'canvass.importStart', { token });
    expect((await finish(dispatch, jobId)).state).toBe('done');
    expect(host.openPaths).toEqual([]);
    const gone = await dispatch('canvass.previewFile', { token: 'not-a-token' });
    expect(gone.ok).toBe(false);
  });

  it('turf sizes out of range are refused in plain words, not zod’s', async () => {
    const { dispatch } = await setup(10);
    const cases: [unknown, string][] = [
      [0, 'A turf has at least 1 door'],
      [10_001, 'A turf has at most 10,000 doors'],
      [Number.NaN, 'Enter the doors per turf as a whole number, from 1 to 10,000'],
      [2.5, 'Enter the doors per turf as a whole number, from 1 to 10,000'],
    ];
    for (const [doorsPerTurf, message] of cases) {
      const refused = await dispatch('canvass.cutTurfs', {
        listId: 'oh-franklin',
        doorsPerTurf,
        mode: 'odd-even',
      });
      // The form checks with the same schema and shows the same words beside the field.
      expect(refused).toMatchObject({
        ok: false,
        error: { issues: [{ path: 'doorsPerTurf', message }] },
      });
    }
  });
});
