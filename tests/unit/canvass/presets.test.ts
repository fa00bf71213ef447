import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importVoterFile, type ImportResult } from '../../../src/main/services/voters/importer';
import {
  FLORIDA_COUNTIES,
  NORTH_CAROLINA_COUNTIES,
  OHIO_COUNTIES,
  ohioCountyByNumber,
  resolveCounty,
} from '../../../src/shared/canvass/counties';
import { electionColumns, NORTH_CAROLINA_COLUMNS } from '../../../src/shared/canvass/presets';

const fixture = (name: string): string => join(import.meta.dirname, '../../fixtures/voters', name);
const REF = '2024-11-05';

function ok(r: ImportResult) {
  if (!r.ok) throw new Error(`import failed: ${r.error.code}: ${r.error.message}`);
  return r;
}

const doors = (r: ReturnType<typeof ok>): string[] =>
  r.households.map((h) => `${h.key} ${h.voterIds.join('+')}`);

describe('Ohio statewide voter file', () => {
  it('imports the fixture: householding, history strip, ages, skipped rows with line numbers', async () => {
    for (const preset of ['auto', 'ohio'] as const) {
      const r = ok(
        await importVoterFile({ path: fixture('ohio-franklin.csv'), preset, referenceDate: REF }),
      );
      expect(r.summary).toMatchObject({
        preset: 'ohio',
        delimiter: ',',
        encoding: 'utf-8',
        hasHeader: true,
        county: { state: 'OH', name: 'Franklin', fips: '39049' },
        rows: 14,
        voters: 11,
        households: 9,
        skippedCount: 3,
        elections: ['G24', 'P24', 'G22', 'P22', 'G20', 'P20'],
        warnings: [],
      });
      expect(r.summary.skipped).toEqual([
        { line: 11, reason: 'missing voter ID' },
        { line: 12, reason: 'expected 52 columns, found 20' },
        { line: 14, reason: 'missing residential address (voter OH0020000013)' },
      ]);
      expect(doors(r)).toEqual([
        '123 N HIGH ST||43215 OH0020000001+OH0020000002',
        '125 N HIGH ST||43215 OH0020000003',
        '124 N HIGH ST||43215 OH0020000004',
        '126 N HIGH ST||43215 OH0020000005',
        '127½ N HIGH ST||43215 OH0020000006',
        '200 E MAIN ST|# 10|43215 OH0020000007',
        '200 E MAIN ST|# 2|43215 OH0020000008+OH0020000009',
        '201 E MAIN ST||43215 OH0020000012',
        '12A E MAIN ST||43215 OH0020000014',
      ]);
      const john = r.voters.find((v) => v.id === 'OH0020000001');
      expect(john).toMatchObject({
        lastName: 'SMITH',
        firstName: 'JOHN',
        birthDate: '1950-06-15',
        age: 74,
        party: 'D',
        history: 'G24 P24 G22 G20',
        precinct: 'COLUMBUS 55-A',
        county: 'Franklin',
        unit: '',
      });
      expect(r.voters.find((v) => v.id === 'OH0020000012')).toMatchObject({
        lastName: "O'BRIEN",
        age: null,
        history: '',
      });
    }
  });

  it('filters to a county by name or FIPS, and explains an empty result', async () => {
    expect(
      ok(await importVoterFile({ path: fixture('ohio-franklin.csv'), county: '39049' })).summary
        .voters,
    ).toBe(11);
    expect(
      ok(await importVoterFile({ path: fixture('ohio-franklin.csv'), county: 'franklin county' }))
        .summary.voters,
    ).toBe(11);
    const other = await importVoterFile({ path: fixture('ohio-franklin.csv'), county: 'Cuyahoga' });
    expect(other).toMatchObject({ ok: false, error: { code: 'no-voters' } });
    expect(!other.ok && other.error.message).toMatch(/Cuyahoga.*Franklin \(13 rows\)/);
    expect(
      await importVoterFile({ path: fixture('ohio-franklin.csv'), county: 'Atlantis' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'unknown-county' },
    });
  });

  it('turns election columns into a latest-first strip', () => {
    const cols = electionColumns([
      'SOS_VOTERID',
      'PRIMARY-03/17/2020',
      'GENERAL-11/05/2024',
      'SPECIAL-08/08/2023',
      'PRIMARY-03/19/2024',
    ]);
    expect(cols.map((c) => [c.code, c.index])).toEqual([
      ['G24', 2],
      ['P24', 4],
      ['S23', 3],
      ['P20', 1],
    ]);
  });
});

describe('North Carolina ncvoter', () => {
  it('reads Latin-1 tab-delimited rows with units inside the street address', async () => {
    const r = ok(
      await importVoterFile({
        path: fixture('nc-ncvoter.txt'),
        county: 'Wake',
        referenceDate: REF,
      }),
    );
    expect(r.summary).toMatchObject({
      preset: 'north-carolina',
      delimiter: '\t',
      encoding: 'latin1',
      county: { name: 'Wake', fips: '37183' },
      rows: 7,
      voters: 4,
      households: 3,
      outsideCounty: 1,
      suppressed: { confidential: 1, exempt: 0, status: 1, chapter: 0 },
      skippedCount: 0,
      elections: [],
    });
    expect(doors(r)).toEqual([
      '101 OAK ST|# 4|27601 AA100001+AA100002',
      '107 OAK ST||27601 AA100005',
      '102 OAK ST||27601 AA100006',
    ]);
    expect(r.voters[0]).toMatchObject({
      lastName: 'MUÑOZ',
      firstName: 'MARÍA',
      unit: 'APT 4',
      birthYear: 1980,
      age: 44,
      sex: 'F',
      history: '',
    });
    expect(r.voters.find((v) => v.id === 'AA100006')?.lastName).toBe('ÇELIK');
  });

  it('keeps the whole state without a filter, and filters by FIPS', async () => {
    expect(ok(await importVoterFile({ path: fixture('nc-ncvoter.txt') })).summary.voters).toBe(5);
    expect(
      ok(await importVoterFile({ path: fixture('nc-ncvoter.txt'), county: '37063' })).voters.map(
        (v) => v.id,
      ),
    ).toEqual(['AA200001']);
  });

  it('also reads the older quoted, UTF-8 ncvoter files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nc-'));
    const path = join(dir, 'ncvoter92.txt');
    const row = (values: Record<string, string>): string =>
      NORTH_CAROLINA_COLUMNS.map((c) => `"${values[c] ?? ''}"`).join('\t');
    const text = [
      NORTH_CAROLINA_COLUMNS.map((c) => `"${c}"`).join('\t'),
      row({
        county_desc: 'WAKE',
        ncid: 'BB1',
        last_name: 'MUÑOZ',
        res_street_address: '9 ELM ST  ',
        zip_code: '27601',
        status_cd: 'A',
      }),
    ].join('\n');
    await writeFile(path, text, 'utf8');
    const r = ok(await importVoterFile({ path, preset: 'north-carolina' }));
    expect(r.summary.encoding).toBe('utf-8');
    expect(r.voters[0]).toMatchObject({
      id: 'BB1',
      lastName: 'MUÑOZ',
      houseNumber: '9',
      street: 'ELM ST',
    });
  });
});

describe('Florida voter extract', () => {
  it('reads the headerless tab file and suppresses exempt records', async () => {
    for (const preset of ['auto', 'florida'] as const) {
      const r = ok(
        await importVoterFile({
          path: fixture('fl-extract.txt'),
          preset,
          county: 'ALA',
          referenceDate: REF,
        }),
      );
      expect(r.summary).toMatchObject({
        preset: 'florida',
        hasHeader: false,
        county: { name: 'Alachua', fips: '12001' },
        rows: 6,
        voters: 4,
        households: 3,
        suppressed: { confidential: 0, exempt: 1, status: 0, chapter: 0 },
        skipped: [{ line: 6, reason: 'expected 38 columns, found 8' }],
      });
      expect(doors(r)[0]).toBe('1500 NW 16TH AVE|# 12|32605 100000001+100000002');
      expect(r.voters.find((v) => v.id === '100000005')).toMatchObject({
        birthDate: '1944-02-29',
        age: 80,
        status: 'INA',
      });
      expect(r.voters.some((v) => v.id === '100000003')).toBe(false);
    }
  });
});

describe('generic preset', () => {
  it('maps common header names and households spelling variants', async () => {
    const r = ok(await importVoterFile({ path: fixture('generic.csv'), referenceDate: REF }));
    expect(r.summary).toMatchObject({
      preset: 'generic',
      voters: 4,
      households: 3,
      skippedCount: 1,
    });
    expect(r.summary.skipped).toEqual([
      { line: 5, reason: 'missing residential address (voter G-004)' },
    ]);
    expect(doors(r)[0]).toBe('10 LIBERTY AVE||62701 G-001+G-002');
    expect(r.voters.find((v) => v.id === 'G-003')).toMatchObject({
      firstName: 'Lee, Jr.',
      unit: 'APT 3',
      age: 25,
    });
  });

  it('refuses a file whose layout it cannot map', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'generic-'));
    const path = join(dir, 'x.csv');
    await writeFile(path, 'a,b,c\n1,2,3\n');
    expect(await importVoterFile({ path })).toMatchObject({
      ok: false,
      error: { code: 'unknown-layout' },
    });
    expect(await importVoterFile({ path, preset: 'generic' })).toMatchObject({
      ok: false,
      error: { code: 'unknown-layout' },
    });
  });
});

describe('county tables', () => {
  const atlas = JSON.parse(
    readFileSync(
      join(import.meta.dirname, '../../../node_modules/us-atlas/counties-10m.json'),
      'utf8',
    ),
  ) as { objects: { counties: { geometries: { id: string; properties: { name: string } }[] } } };
  const census = new Map(atlas.objects.counties.geometries.map((g) => [g.id, g.properties.name]));

  it.each([
    ['Ohio', OHIO_COUNTIES, 88],
    ['North Carolina', NORTH_CAROLINA_COUNTIES, 100],
    ['Florida', FLORIDA_COUNTIES, 67],
  ] as const)('%s names and FIPS codes match the Census', (_, counties, count) => {
    expect(counties).toHaveLength(count);
    for (const c of counties) expect(census.get(c.fips)).toBe(c.name);
  });

  it("maps Ohio's own county numbers and resolves what people type", () => {
    expect(ohioCountyByNumber(25)).toEqual({ state: 'OH', name: 'Franklin', fips: '39049' });
    expect(ohioCountyByNumber(88)?.name).toBe('Wyandot');
    expect(resolveCounty('FL', 'DAD')?.name).toBe('Miami-Dade');
    expect(resolveCounty('FL', 'st johns')?.fips).toBe('12109');
    expect(resolveCounty('NC', '119')?.name).toBe('Mecklenburg');
    expect(resolveCounty(null, 'Lee')).toBeNull(); // Lee County exists in NC and FL
    expect(resolveCounty(null, '37183')?.name).toBe('Wake');
  });
});
