import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createVoterService, type VoterService } from '../../../src/main/services/voters/service';
import { AppError } from '../../../src/shared/errors';
import { generateOhioCsv } from './generate';

const FIXTURE = join(import.meta.dirname, '../../fixtures/voters/ohio-franklin.csv');

async function setup(): Promise<{ dir: string; service: VoterService; clock: { t: number } }> {
  const dir = await mkdtemp(join(tmpdir(), 'voter-service-'));
  const clock = { t: Date.parse('2024-10-01T12:00:00Z') };
  const service = createVoterService(dir, { now: () => new Date((clock.t += 1000)) });
  return { dir, service, clock };
}

async function importOk(service: VoterService, options: Parameters<VoterService['importList']>[0]) {
  const r = await service.importList(options);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r;
}

describe('voter service', () => {
  it('imports into its own files, cuts turfs, walks them and exports CSV', async () => {
    const { dir, service } = await setup();
    const r = await importOk(service, {
      path: FIXTURE,
      fileDate: '2024-10-01',
      referenceDate: '2024-11-05',
    });
    expect(r.list).toMatchObject({
      id: 'oh-franklin',
      name: 'Franklin County, OH',
      voters: 11,
      households: 9,
      fileDate: '2024-10-01',
    });
    expect(r.diff).toBeNull();
    expect((await readdir(join(dir, 'voters'))).sort()).toEqual([
      'oh-franklin.meta.json',
      'oh-franklin.voters.1.ndjson',
    ]);
    expect((await service.listLists()).map((l) => l.id)).toEqual(['oh-franklin']);

    const set = await service.cutTurfs('oh-franklin', { doorsPerTurf: 5 });
    expect(set.turfs.map((t) => [t.id, t.doors, t.precincts])).toEqual([
      ['T001', 5, ['COLUMBUS 55-A']],
      ['T002', 4, ['COLUMBUS 55-B']],
    ]);
    const walk = await service.turfWalkList('oh-franklin', 'T001');
    expect(walk).toMatchObject({
      county: 'Franklin',
      people: 6,
      doors: 5,
      precincts: ['COLUMBUS 55-A'],
    });
    expect(walk.households.map((h) => `${h.seq}:${h.houseNumber}`)).toEqual([
      '1:123',
      '2:125',
      '3:127½',
      '4:126',
      '5:124',
    ]);
    expect(walk.households[0]?.occupants.map((v) => v.firstName)).toEqual(['JOHN', 'MARY']);
    const main = await service.turfWalkList('oh-franklin', 'T002');
    expect(main.households.map((h) => [h.houseNumber, h.unit].join(' ').trim())).toEqual([
      '201',
      '200 APT 2',
      '200 APT 10',
      '12A',
    ]);

    const csv = await service.exportTurfCsv('oh-franklin', 'T001');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe(
      'turf,seq,household,house_number,street,unit,city,zip,precinct,voter_id,name,last_name,first_name,middle_name,age,sex,party,history',
    );
    expect(lines[1]).toBe(
      'T001,1,123 N HIGH ST||43215,123,N HIGH ST,,COLUMBUS,43215,COLUMBUS 55-A,OH0020000001,"SMITH, John A.",SMITH,JOHN,ALLEN,74,,D,G24 P24 G22 G20',
    );
    expect(lines).toHaveLength(7);
  });

  it('records results, computes stats, re-prints remaining doors and suppresses Moved / Do Not Walk', async () => {
    const { service } = await setup();
    await importOk(service, { path: FIXTURE, fileDate: '2024-10-01' });
    await service.cutTurfs('oh-franklin', { doorsPerTurf: 5 });
    const walk = await service.turfWalkList('oh-franklin', 'T001');
    const [h1, h2, h3, h4, h5] = walk.households;
    if (!h1 || !h2 || !h3 || !h4 || !h5) throw new Error('expected five doors');
    const saved = await service.recordResults('oh-franklin', [
      { voterId: null, householdKey: h1.key, turfId: 'T001', code: 'NH' },
      { voterId: h2.voterIds[0] ?? '', turfId: 'T001', support: 1, volunteer: true },
      { voterId: h3.voterIds[0] ?? '', turfId: 'T001', code: 'CB' },
      { voterId: h4.voterIds[0] ?? '', turfId: 'T001', code: 'MV' },
    ]);
    expect(saved).toHaveLength(4);
    expect(saved[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(saved[0]).toMatchObject({
      at: '2024-10-01T12:00:03.000Z',
      householdKey: h1.key,
    });
    expect(saved[1]?.householdKey).toBe(h2.key);

    const stats = await service.stats('oh-franklin', 'T001');
    expect(stats).toMatchObject({
      doors: 4,
      doorsKnocked: 3,
      contacts: 1,
      volunteers: 1,
      remainingDoors: 3,
    });
    expect(stats.support[1]).toBe(1);
    expect((await service.stats('oh-franklin')).doors).toBe(8); // county-wide, the moved voter's door gone

    // Moved: suppressed from the walk list from now on; its only voter gone, the door too.
    const after = await service.turfWalkList('oh-franklin', 'T001');
    expect(after.households.map((h) => h.houseNumber)).toEqual(['123', '125', '127½', '124']);
    const remaining = await service.remainingDoors('oh-franklin', 'T001');
    expect(remaining.households.map((h) => `${h.seq}:${h.houseNumber}`)).toEqual([
      '1:123',
      '2:127½',
      '3:124',
    ]);
    const onlyNhCb = await service.remainingDoors('oh-franklin', 'T001', {
      includeUnknocked: false,
    });
    expect(onlyNhCb.households.map((h) => h.houseNumber)).toEqual(['123', '127½']);
    expect((await service.getList('oh-franklin')).marks.map((m) => [m.voterId, m.reason])).toEqual([
      ['OH0020000005', 'MV'],
    ]);

    // DNW at the door suppresses everyone there.
    await service.recordResults('oh-franklin', [
      { voterId: null, householdKey: h1.key, code: 'DNW' },
    ]);
    expect((await service.turfWalkList('oh-franklin', 'T001')).people).toBe(3);

    // Deceased is marked by hand (door reports need verifying), and can be undone.
    await service.markVoter('oh-franklin', 'OH0020000003', 'DEC');
    expect(
      (await service.turfWalkList('oh-franklin', 'T001')).households.map((h) => h.houseNumber),
    ).toEqual(['127½', '124']);
    await service.unmarkVoter('oh-franklin', 'OH0020000003');
    expect((await service.turfWalkList('oh-franklin', 'T001')).doors).toBe(3);
    expect(await service.results('oh-franklin', { turfId: 'T001' })).toHaveLength(4);
  });

  it('rejects bad results whole, with the offending fields', async () => {
    const { service } = await setup();
    await importOk(service, { path: FIXTURE });
    const attempt = service.recordResults('oh-franklin', [
      { voterId: 'OH0020000001', code: 'NH' },
      { voterId: 'NOPE', code: 'NH' },
      { voterId: 'OH0020000001', support: 9 },
      { voterId: null, code: 'NH' },
    ]);
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({
      code: 'invalid-input',
      issues: [
        { path: '[1].voterId', message: 'unknown voter NOPE' },
        { path: '[2].support', message: 'Too big: expected number to be <=5' },
        { path: '[3].householdKey', message: 'a door-level result needs householdKey' },
      ],
    });
    expect(await service.results('oh-franklin')).toEqual([]);
    await expect(service.getList('nope')).rejects.toMatchObject({ code: 'not-found' });
    await expect(service.turfWalkList('oh-franklin', 'T001')).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('re-importing a newer file diffs by voter ID and keeps all canvass history', async () => {
    const { dir, service } = await setup();
    await importOk(service, { path: FIXTURE, fileDate: '2024-10-01' });
    await service.cutTurfs('oh-franklin');
    await service.recordResults('oh-franklin', [
      { voterId: 'OH0020000001', support: 2 },
      { voterId: 'OH0020000004', code: 'REF' },
      { voterId: 'OH0020000007', code: 'NH' },
    ]);
    await service.markVoter('oh-franklin', 'OH0020000012', 'DNW');

    // The newer file: 0004 removed, 0007 moved to a new address, 0099 added.
    const text = await readFile(FIXTURE, 'utf8');
    const lines = text.split('\r\n');
    const newer = lines
      .filter((l) => !l.startsWith('"OH0020000004"'))
      .map((l) =>
        l.startsWith('"OH0020000007"')
          ? l.replace('"200 E MAIN ST","APT 10"', '"300 E MAIN ST",""')
          : l,
      );
    const added =
      lines[1]?.replace('OH0020000001', 'OH0020000099').replace('"JOHN"', '"JUNE"') ?? '';
    newer.splice(2, 0, added);
    const path = join(dir, 'SWVF_25_newer.csv');
    await writeFile(path, newer.join('\r\n'));

    const older = await service.importList({ path, fileDate: '2024-09-01' });
    expect(older).toMatchObject({ ok: false, error: { code: 'older-file' } });

    const r = await importOk(service, { path, fileDate: '2024-11-01' });
    expect(r.diff).toMatchObject({
      previousFileDate: '2024-10-01',
      added: 1,
      removed: 1,
      addressChanged: 1,
      unchanged: 9,
      addedIds: ['OH0020000099'],
      removedIds: ['OH0020000004'],
      addressChangedIds: ['OH0020000007'],
    });
    expect(r.list).toMatchObject({ fileDate: '2024-11-01', voters: 10, turfsStale: true });
    expect(r.list.imports).toHaveLength(2);
    expect(r.summary.suppressed.chapter).toBe(1); // the Do Not Walk mark survives the new file
    expect((await readdir(join(dir, 'voters'))).filter((f) => f.includes('.voters.'))).toEqual([
      'oh-franklin.voters.2.ndjson',
    ]);

    // History is untouched, including results of the voter who left the file.
    const fresh = createVoterService(dir); // as after a restart
    const results = await fresh.results('oh-franklin');
    expect(results.map((e) => e.voterId)).toEqual(['OH0020000001', 'OH0020000004', 'OH0020000007']);
    expect((await fresh.stats('oh-franklin')).support[2]).toBe(1);
    expect((await fresh.getList('oh-franklin')).marks).toHaveLength(1);
    const set = await fresh.cutTurfs('oh-franklin');
    expect(set.turfs.reduce((s, t) => s + t.voters, 0)).toBe(10);
    expect((await fresh.getList('oh-franklin')).turfsStale).toBe(false);
    expect((await readdir(join(dir, 'voters'))).some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('holds a generated county of 2,000 voters', async () => {
    const { dir, service } = await setup();
    const path = join(dir, 'gen.csv');
    await writeFile(path, generateOhioCsv(2000, 11));
    const r = await importOk(service, { path });
    expect(r.summary.skippedCount).toBe(4);
    const set = await service.cutTurfs(r.list.id);
    const walks = await Promise.all(set.turfs.map((t) => service.turfWalkList(r.list.id, t.id)));
    expect(walks.reduce((s, w) => s + w.people, 0)).toBe(r.list.voters);
    expect(Math.max(...walks.map((w) => w.doors))).toBeLessThanOrEqual(50);
    await service.deleteList(r.list.id);
    expect(await service.listLists()).toEqual([]);
  });
});
