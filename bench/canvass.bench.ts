/**
 * Canvassing bench: import a generated 1,000,000-row Ohio-layout county file into
 * households and turfs, next to a plain csv-parse streaming pass over the same file.
 * Goal: at least half the plain pass's throughput (time ratio ≤ 2) and peak memory
 * under 1.5 GB.
 *
 * Each pass runs in a fresh child process (this same module, started with
 * CANVASS_BENCH_CHILD set), so its peak RSS (`process.resourceUsage().maxRSS`) is its own
 * and one pass's garbage cannot slow the next. Passes alternate baseline / import for
 * CANVASS_BENCH_ROUNDS rounds (default 2) and the fastest of each is reported; the
 * figures are wall-clock, with CPU time alongside because this host is shared.
 * CANVASS_BENCH_ROWS changes the size (default 1,000,000). Generating the file is not timed.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importVoterFile } from '../src/main/services/voters/importer';
import { cutTurfs } from '../src/shared/canvass/turfs';
import {
  childMain,
  csvParsePass,
  fastest,
  inChild,
  rowsPerSecond,
  type PassResult,
} from './childPass';
import { printRow } from './lib';
import { writeOhioFile } from './voterFile';

const CHILD = 'CANVASS_BENCH_CHILD';

async function importPass({ file }: { file: string }) {
  const result = await importVoterFile({ path: file, preset: 'ohio' });
  if (!result.ok) throw new Error(`import failed: ${result.error.message}`);
  const turfs = cutTurfs(result.households, { doorsPerTurf: 50 });
  return {
    rows: result.summary.rows,
    counts: { households: result.households.length, turfs: turfs.length },
  };
}

childMain(CHILD, {
  baseline: ({ file }: { file: string }) => csvParsePass([file]),
  import: importPass,
});

export async function run(): Promise<void> {
  const rows = Number(process.env.CANVASS_BENCH_ROWS ?? 1_000_000);
  const rounds = Math.max(1, Number(process.env.CANVASS_BENCH_ROUNDS ?? 2));
  const dir = await mkdtemp(join(tmpdir(), 'canvass-bench-'));
  const file = join(dir, 'SWVF_25.csv');
  try {
    await writeOhioFile(file, rows);
    const mb = (await stat(file)).size / 2 ** 20;
    const base: PassResult[] = [];
    const imp: PassResult[] = [];
    for (let i = 0; i < rounds; i++) {
      base.push(await inChild(import.meta.url, CHILD, 'baseline', { file }));
      imp.push(await inChild(import.meta.url, CHILD, 'import', { file }));
    }
    const b = fastest(base);
    const f = fastest(imp);
    const peak = Math.max(...imp.map((r) => r.maxRssMb));
    printRow({
      name: 'voter import → households → turfs',
      size: `${rows.toLocaleString('en-US')} rows, ${mb.toFixed(0)} MB Ohio CSV`,
      figureMs: f.ms,
      baselineName: 'plain csv-parse pass',
      baselineMs: b.ms,
      goal: 2,
      extra:
        `${rowsPerSecond(f)} vs ${rowsPerSecond(b)} · CPU ${(f.cpuMs / 1000).toFixed(1)} s vs ${(b.cpuMs / 1000).toFixed(1)} s ` +
        `(ratio ${(f.cpuMs / b.cpuMs).toFixed(2)}) · peak RSS ${peak.toFixed(0)} MB ` +
        `(goal < 1536 MB: ${peak < 1536 ? 'met' : 'NOT met'}; csv-parse pass ${Math.max(...base.map((r) => r.maxRssMb)).toFixed(0)} MB) · ` +
        `${f.counts.households?.toLocaleString('en-US') ?? '?'} households, ${f.counts.turfs?.toLocaleString('en-US') ?? '?'} turfs` +
        (rounds > 1 ? ` · fastest of ${rounds}` : ''),
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
