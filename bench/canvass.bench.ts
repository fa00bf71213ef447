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
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse';
import { importVoterFile } from '../src/main/services/voters/importer';
import { cutTurfs } from '../src/shared/canvass/turfs';
import { ohioLines } from '../tests/unit/canvass/generate';
import { printRow } from './lib';

interface PassResult {
  ms: number;
  cpuMs: number;
  rows: number;
  maxRssMb: number;
  households?: number;
  turfs?: number;
}

async function writeFile(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  let batch: string[] = [];
  for (const line of ohioLines(rows, 20241105, { badRows: false })) {
    batch.push(line);
    if (batch.length === 2000) {
      if (!out.write(`${batch.join('\r\n')}\r\n`)) await once(out, 'drain');
      batch = [];
    }
  }
  out.end(batch.length ? `${batch.join('\r\n')}\r\n` : '');
  await once(out, 'finish');
}

async function baselinePass(file: string): Promise<Omit<PassResult, 'maxRssMb'>> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  let rows = 0;
  await new Promise<void>((resolve, reject) => {
    const parser = parse();
    parser.on('data', () => rows++);
    parser.on('end', resolve);
    parser.on('error', reject);
    createReadStream(file, { highWaterMark: 1 << 20 })
      .on('error', reject)
      .pipe(parser);
  });
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, rows: rows - 1 };
}

async function importPass(file: string): Promise<Omit<PassResult, 'maxRssMb'>> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await importVoterFile({ path: file, preset: 'ohio' });
  if (!result.ok) throw new Error(`import failed: ${result.error.message}`);
  const turfs = cutTurfs(result.households, { doorsPerTurf: 50 });
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return {
    ms,
    cpuMs: (used.user + used.system) / 1000,
    rows: result.summary.rows,
    households: result.households.length,
    turfs: turfs.length,
  };
}

function child(mode: 'baseline' | 'import', file: string): Promise<PassResult> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
      env: { ...process.env, CANVASS_BENCH_CHILD: JSON.stringify({ mode, file }) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
    proc.on('error', reject);
    proc.on('close', (code) => {
      if (code !== 0) reject(new Error(`${mode} pass exited with ${code}`));
      else resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as PassResult);
    });
  });
}

async function childMain(spec: string): Promise<void> {
  const { mode, file } = JSON.parse(spec) as { mode: 'baseline' | 'import'; file: string };
  const r = mode === 'baseline' ? await baselinePass(file) : await importPass(file);
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ ...r, maxRssMb })}\n`);
}

const fastest = (rs: PassResult[]): PassResult => rs.reduce((a, b) => (b.ms < a.ms ? b : a));

export async function run(): Promise<void> {
  const rows = Number(process.env.CANVASS_BENCH_ROWS ?? 1_000_000);
  const rounds = Math.max(1, Number(process.env.CANVASS_BENCH_ROUNDS ?? 2));
  const dir = await mkdtemp(join(tmpdir(), 'canvass-bench-'));
  const file = join(dir, 'SWVF_25.csv');
  try {
    await writeFile(file, rows);
    const mb = (await stat(file)).size / 2 ** 20;
    const base: PassResult[] = [];
    const imp: PassResult[] = [];
    for (let i = 0; i < rounds; i++) {
      base.push(await child('baseline', file));
      imp.push(await child('import', file));
    }
    const b = fastest(base);
    const f = fastest(imp);
    const rate = (r: PassResult): string =>
      `${Math.round((r.rows / r.ms) * 1000).toLocaleString('en-US')} rows/s`;
    const peak = Math.max(...imp.map((r) => r.maxRssMb));
    printRow({
      name: 'voter import → households → turfs',
      size: `${rows.toLocaleString('en-US')} rows, ${mb.toFixed(0)} MB Ohio CSV`,
      figureMs: f.ms,
      baselineName: 'plain csv-parse pass',
      baselineMs: b.ms,
      goal: 2,
      extra:
        `${rate(f)} vs ${rate(b)} · CPU ${(f.cpuMs / 1000).toFixed(1)} s vs ${(b.cpuMs / 1000).toFixed(1)} s ` +
        `(ratio ${(f.cpuMs / b.cpuMs).toFixed(2)}) · peak RSS ${peak.toFixed(0)} MB ` +
        `(goal < 1536 MB: ${peak < 1536 ? 'met' : 'NOT met'}; csv-parse pass ${Math.max(...base.map((r) => r.maxRssMb)).toFixed(0)} MB) · ` +
        `${f.households?.toLocaleString('en-US') ?? '?'} households, ${f.turfs?.toLocaleString('en-US') ?? '?'} turfs` +
        (rounds > 1 ? ` · fastest of ${rounds}` : ''),
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const childSpec = process.env.CANVASS_BENCH_CHILD;
if (childSpec) {
  childMain(childSpec).catch((error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  });
}
