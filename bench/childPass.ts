/**
 * Passes for the file benches: each runs in a fresh child process (the bench module itself,
 * started with an environment variable naming the pass), so its peak RSS
 * (`process.resourceUsage().maxRSS`) is its own and one pass's garbage cannot slow the
 * next; and the plain csv-parse pass the file benches measure themselves against.
 */
import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parse } from 'csv-parse';

export interface PassResult {
  ms: number;
  cpuMs: number;
  rows: number;
  maxRssMb: number;
  /** Counts a pass reports beside its rows (households, turfs, …). */
  counts: Record<string, number>;
}

type PassOutcome = { rows: number; counts?: Record<string, number> };

/** Times `fn` in this process, wall clock and CPU. */
export async function timed(fn: () => Promise<PassOutcome>): Promise<Omit<PassResult, 'maxRssMb'>> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const { rows, counts = {} } = await fn();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, rows, counts };
}

/** Records of every file through csv-parse, doing nothing with them (the header rows not counted). */
export async function csvParsePass(files: readonly string[]): Promise<PassOutcome> {
  let rows = 0;
  for (const file of files) {
    await new Promise<void>((resolve, reject) => {
      const parser = parse({
        relax_column_count: true,
        delimiter: file.endsWith('.tsv') ? '\t' : ',',
      });
      parser.on('data', () => rows++);
      parser.on('end', resolve);
      parser.on('error', reject);
      createReadStream(file, { highWaterMark: 1 << 20 })
        .on('error', reject)
        .pipe(parser);
    });
    rows--;
  }
  return { rows };
}

/** Runs the pass `mode` of the bench module at `moduleUrl` in a child process. */
export function inChild(
  moduleUrl: string,
  envVar: string,
  mode: string,
  spec: unknown,
): Promise<PassResult> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', new URL(moduleUrl).pathname], {
      env: { ...process.env, [envVar]: JSON.stringify({ mode, spec }) },
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

/** In the child: runs the pass named in `envVar` (if set) and prints its result. */
export function childMain<S>(
  envVar: string,
  passes: Record<string, (spec: S) => Promise<PassOutcome>>,
): void {
  const raw = process.env[envVar];
  if (!raw) return;
  const { mode, spec } = JSON.parse(raw) as { mode: string; spec: S };
  const pass = passes[mode];
  if (!pass) throw new Error(`no pass "${mode}"`);
  timed(() => pass(spec)).then(
    (r) =>
      process.stdout.write(
        `${JSON.stringify({ ...r, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
      ),
    (error: unknown) => {
      process.stderr.write(
        `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}

export const fastest = (rs: readonly PassResult[]): PassResult =>
  rs.reduce((a, b) => (b.ms < a.ms ? b : a));

export const rowsPerSecond = (r: PassResult): string =>
  `${Math.round((r.rows / r.ms) * 1000).toLocaleString('en-US')} rows/s`;
