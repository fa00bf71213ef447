import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { WALK_CSV_COLUMNS } from '../../../src/shared/canvass/export';
import { generateOhioFixture } from '../canvass/generate';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../../..');

async function gotv(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'src/cli/gotv.ts', ...args],
      { cwd: root },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

type Row = Record<(typeof WALK_CSV_COLUMNS)[number], string>;
const rowsOf = (text: string): Row[] => parse<Row>(text, { columns: true });

describe('gotv CLI', () => {
  it('writes summary.json, strike lists by precinct and chase lists by turf from door results and voted files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gotv-'));
    const fx = generateOhioFixture(1500, 7);
    const voters = join(dir, 'SWVF_25.csv');
    await writeFile(voters, fx.csv);
    // Every third voter a supporter (1 or 2), every fifth then says 3 (leaves), a few moved.
    const ids = ['voter_id,support,code,at'];
    fx.voterIds.forEach((id, i) => {
      if (i % 3 === 0) ids.push(`${id},${i % 2 ? 1 : 2},,2026-09-01T10:00:00-04:00`);
      if (i % 15 === 0) ids.push(`${id},3,,2026-10-01T10:00:00-04:00`);
      if (i % 21 === 0) ids.push(`${id},,MV,2026-10-02T10:00:00-04:00`);
    });
    await writeFile(join(dir, 'ids.csv'), `${ids.join('\n')}\n`);
    const early = fx.voterIds.filter((_, i) => i % 6 === 0);
    await writeFile(
      join(dir, 'voted.csv'),
      `voter_id,method\n${early.map((id) => `${id},EARLY`).join('\n')}\n`,
    );
    const out = join(dir, 'out');
    const r = await gotv([
      '--voters',
      voters,
      '--preset',
      'ohio',
      '--ids',
      join(dir, 'ids.csv'),
      '--voted',
      join(dir, 'voted.csv'),
      '--doors-per-turf',
      '25',
      '--out',
      out,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);

    const summary = JSON.parse(await readFile(join(out, 'summary.json'), 'utf8')) as {
      universe: number;
      voted: number;
      remaining: number;
      byPrecinct: Record<string, { universe: number; voted: number; remaining: number }>;
    };
    expect(Object.keys(summary)).toEqual(['universe', 'voted', 'remaining', 'byPrecinct']);
    const imported = new Set(fx.voterIds); // bad rows of the fixture are skipped by the import
    const expected = fx.voterIds.filter(
      (id, i) => i % 3 === 0 && i % 15 !== 0 && i % 21 !== 0 && imported.has(id),
    );
    expect(summary.universe).toBeLessThanOrEqual(expected.length);
    expect(summary.universe).toBeGreaterThan(expected.length * 0.9);
    expect(summary.voted + summary.remaining).toBe(summary.universe);
    const perPrecinct = Object.values(summary.byPrecinct);
    expect(perPrecinct.reduce((n, p) => n + p.universe, 0)).toBe(summary.universe);

    const files = await readdir(out);
    const strike = files.filter((f) => f.startsWith('strike-'));
    const chase = files.filter((f) => f.startsWith('chase-'));
    expect(strike.length).toBe(perPrecinct.filter((p) => p.remaining > 0).length);
    const struck: Row[] = [];
    for (const f of strike) {
      const text = await readFile(join(out, f), 'utf8');
      expect(text.split('\r\n')[0]).toBe(WALK_CSV_COLUMNS.join(','));
      const rows = rowsOf(text);
      const names = rows.map((x) => x.last_name);
      expect(names).toEqual(
        [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })),
      );
      expect(new Set(rows.map((x) => x.precinct)).size).toBe(1);
      struck.push(...rows);
    }
    expect(struck).toHaveLength(summary.remaining);
    const votedSet = new Set(early);
    for (const x of struck) expect(votedSet.has(x.voter_id)).toBe(false);

    const doorTurf = new Map<string, string>();
    const chased: Row[] = [];
    for (const f of chase) {
      const rows = rowsOf(await readFile(join(out, f), 'utf8'));
      const seqs = rows.map((x) => Number(x.seq));
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      for (const x of rows) {
        expect(`chase-${x.turf}.csv`).toBe(f);
        const seen = doorTurf.get(x.household);
        expect(seen === undefined || seen === x.turf).toBe(true);
        doorTurf.set(x.household, x.turf);
      }
      chased.push(...rows);
    }
    expect(chased.map((x) => x.voter_id).sort()).toEqual(struck.map((x) => x.voter_id).sort());
    // A strike list names each voter's chase turf.
    const turfOf = new Map(chased.map((x) => [x.voter_id, x.turf]));
    for (const x of struck) expect(x.turf).toBe(turfOf.get(x.voter_id));
  });

  it('exits 2 with the file, line and reason on a bad IDs file or voted file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gotv-bad-'));
    const fx = generateOhioFixture(50, 3);
    await writeFile(join(dir, 'v.csv'), fx.csv);
    await writeFile(
      join(dir, 'ids.csv'),
      `voter_id,support\n${fx.voterIds[0]},1\n${fx.voterIds[1]},9\n`,
    );
    const args = ['--voters', join(dir, 'v.csv'), '--preset', 'ohio', '--out', join(dir, 'out')];
    const bad = await gotv([...args, '--ids', join(dir, 'ids.csv')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('gotv: ids.csv, line 3: support must be 1 to 5 or blank, not "9"\n');

    await writeFile(join(dir, 'ids.csv'), `voter_id,support\n${fx.voterIds[0]},1\n`);
    await writeFile(join(dir, 'voted.csv'), 'name,date\nx,y\n');
    const badVoted = await gotv([
      ...args,
      '--ids',
      join(dir, 'ids.csv'),
      '--voted',
      join(dir, 'voted.csv'),
    ]);
    expect(badVoted.code).toBe(2);
    expect(badVoted.stderr).toMatch(/^gotv: voted\.csv, line 1: no voter ID column/);
    const missing = await gotv(['--voters', join(dir, 'v.csv')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--voters, --ids and --out are required/);
  });
});
