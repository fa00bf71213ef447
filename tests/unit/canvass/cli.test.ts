import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { generateOhioFixture } from './generate';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../../..');

/** As `npx tsx src/cli/walklist.ts …`; `direct` skips npx (node --import tsx) to save startup time. */
async function walklist(
  args: string[],
  direct = false,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const [cmd, pre] = direct ? [process.execPath, ['--import', 'tsx']] : ['npx', ['tsx']];
  try {
    const { stdout, stderr } = await run(cmd, [...pre, 'src/cli/walklist.ts', ...args], {
      cwd: root,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

interface Summary {
  households: number;
  voters: number;
  turfs: { id: string; doors: number; voters: number }[];
  skipped: { line: number; reason: string }[];
}

describe('walklist CLI', () => {
  it('writes one CSV per turf in walk order and summary.json', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'walklist-'));
    const fx = generateOhioFixture(2000, 5);
    const voters = join(dir, 'SWVF_25.csv');
    await writeFile(voters, fx.csv);
    const out = join(dir, 'out');
    const r = await walklist([
      '--voters',
      voters,
      '--preset',
      'ohio',
      '--county',
      'Franklin',
      '--doors-per-turf',
      '40',
      '--out',
      out,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/voters in \d+ households → \d+ turfs/);

    const summary = JSON.parse(await readFile(join(out, 'summary.json'), 'utf8')) as Summary;
    expect(summary.voters).toBe(fx.voterIds.length);
    expect(summary.skipped.map((s) => s.line)).toEqual(fx.bad.map((b) => b.line));
    expect(summary.skipped.every((s) => s.reason.length > 0)).toBe(true);
    expect(summary.turfs.reduce((s, t) => s + t.doors, 0)).toBe(summary.households);
    expect(summary.turfs.every((t) => t.doors <= 40)).toBe(true);

    const files = (await readdir(out)).filter((f) => f.endsWith('.csv')).sort();
    expect(files).toEqual(summary.turfs.map((t) => `${t.id}.csv`));
    const seen: string[] = [];
    for (const t of summary.turfs) {
      const [header, ...rows] = (await readFile(join(out, `${t.id}.csv`), 'utf8'))
        .trim()
        .split('\r\n');
      expect(header?.split(',').slice(0, 11)).toEqual([
        'turf',
        'seq',
        'household',
        'house_number',
        'street',
        'unit',
        'city',
        'zip',
        'precinct',
        'voter_id',
        'name',
      ]);
      expect(rows).toHaveLength(t.voters);
      const seqs = rows.map((row) => Number(row.split(',')[1]));
      expect(seqs[0]).toBe(1);
      expect(seqs.at(-1)).toBe(t.doors);
      for (let i = 1; i < seqs.length; i++)
        expect((seqs[i] ?? 0) - (seqs[i - 1] ?? 0)).toBeGreaterThanOrEqual(0);
      for (const row of rows) {
        expect(row.startsWith(`${t.id},`)).toBe(true);
        seen.push(row.split(',')[9] ?? '');
      }
    }
    expect(seen.sort()).toEqual([...fx.voterIds].sort());
  });

  it('exits 2 with a usage message for bad arguments, 1 for an unusable file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'walklist-'));
    const [missing, bad, unknown, gone] = await Promise.all([
      walklist(['--voters', 'x.csv'], true),
      walklist(['--voters', 'x.csv', '--out', 'o', '--doors-per-turf', '0'], true),
      walklist(['--voters', 'x.csv', '--out', 'o', '--colour', 'red'], true),
      walklist(['--voters', join(dir, 'none.csv'), '--out', join(dir, 'o')], true),
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--out DIR is required[\s\S]*usage: walklist/);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--doors-per-turf/);
    expect(unknown.code).toBe(2);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toMatch(/could not be opened/);
  });
});
