/**
 * Crash test: a child process adds members through the real ChapterStore.update and
 * prints each id once its write is acknowledged; the parent SIGKILLs it at a random
 * moment, at least 50 times on the same folder (so the file grows). After every kill
 * the file must load as valid data holding every acknowledged member, in order.
 *
 * The child is tests/crash/writer.ts. Starting tsx costs ~0.5 s per process, so the
 * writer is bundled once with esbuild (which tsx itself is built on) and each child is a
 * plain `node writer.mjs`; without esbuild it falls back to `node --import tsx`.
 * Set CRASH_SEED=<n> to replay the kill delays of an earlier run (the seed is printed),
 * CRASH_CHILD=tsx to run the writer through tsx.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DATA_FILE } from '../../../src/main/store/chapterStore';
import { inspectFile } from '../../../src/main/store/inspect';
import { DocLog } from '../../../src/main/sync/docLog';

const KILLS = 50;
const SYNC_KILLS = 30;
const WRITER = fileURLToPath(new URL('../../crash/writer.ts', import.meta.url));
const SYNC_WRITER = fileURLToPath(new URL('../../crash/syncWriter.ts', import.meta.url));
const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

/** mulberry32: small, seedable, good enough for kill delays. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true, maxRetries: 5 })));
});

/** How to start a writer: a prebuilt bundle when esbuild is there, else tsx. */
async function writerCommand(
  work: string,
  writer = WRITER,
): Promise<{ args: string[]; mode: string }> {
  const viaTsx = { args: ['--import', 'tsx', writer], mode: 'tsx' };
  if (process.env.CRASH_CHILD === 'tsx') return viaTsx;
  try {
    const esbuild = await import('esbuild');
    const outfile = join(work, 'writer.mjs');
    await esbuild.build({
      entryPoints: [writer],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
      // CommonJS dependencies bundled into ESM still call require() (qrcode needs fs).
      banner: {
        js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
      },
    });
    return { args: [outfile], mode: 'esbuild bundle' };
  } catch {
    return viaTsx;
  }
}

interface RunResult {
  acked: string[];
  ready: boolean;
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Starts a writer, kills it `delay` ms after it is ready, and collects what it acknowledged. */
function runAndKill(args: string[], dir: string, run: number, delay: number): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [...args, dir, String(run)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let stderr = '';
    let ready = false;
    let timer: NodeJS.Timeout | undefined;
    const watchdog = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (!ready && out.includes('\n')) {
        ready = out.startsWith('ready');
        if (ready) timer = setTimeout(() => child.kill('SIGKILL'), delay);
      }
    });
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(watchdog);
      // Only complete lines count: a line cut off by the kill was not fully acknowledged.
      const lines = out.split('\n').slice(0, -1);
      resolvePromise({ acked: lines.slice(1), ready, code, signal, stderr });
    });
  });
}

/** One writer run killed after a random delay, checked to have started and been killed. */
async function killedRun(
  args: string[],
  dir: string,
  run: number,
  random: () => number,
  seed: number,
): Promise<{ result: RunResult; context: string }> {
  const delay = 20 + Math.floor(random() * 281);
  const result = await runAndKill(args, dir, run, delay);
  const context = `run ${run} (delay ${delay} ms, seed ${seed})`;
  expect(result.ready, `${context}: writer did not start: ${result.stderr}`).toBe(true);
  expect(result.signal, `${context}: writer ended on its own: ${result.stderr}`).toBe('SIGKILL');
  return { result, context };
}

describe('crash safety', () => {
  it(`keeps every acknowledged write through ${KILLS} SIGKILLs`, async () => {
    const started = performance.now();
    const seed = process.env.CRASH_SEED ? Number(process.env.CRASH_SEED) : Date.now() >>> 0;
    const random = prng(seed);
    const work = await mkdtemp(join(tmpdir(), 'chapterhouse-crash-'));
    dirs.push(work);
    const dir = join(work, 'data');
    const { args, mode } = await writerCommand(work);
    console.log(`crash test: seed ${seed} (CRASH_SEED=${seed} to replay), child via ${mode}`);

    const acknowledged: string[] = [];
    let kills = 0;
    for (let run = 0; run < KILLS; run++) {
      const { result, context } = await killedRun(args, dir, run, random, seed);
      kills++;
      acknowledged.push(...result.acked);

      const inspection = await inspectFile(join(dir, DATA_FILE));
      expect(inspection.kind, `${context}: ${JSON.stringify(inspection).slice(0, 300)}`).toBe('ok');
      if (inspection.kind !== 'ok') return;
      const ids = inspection.data.members.map((m) => m.id);
      const present = new Set(ids);
      expect(present.size, `${context}: duplicate members`).toBe(ids.length);
      const lost = acknowledged.filter((id) => !present.has(id));
      expect(lost, `${context}: acknowledged writes lost`).toEqual([]);
      // This run's members are a gap-free prefix: everything acknowledged, plus at most
      // the one write in flight when the kill came.
      const mine = ids.filter((id) => id.startsWith(`r${run}-`));
      expect(mine.slice(0, result.acked.length)).toEqual(result.acked);
      expect(mine.length - result.acked.length).toBeLessThanOrEqual(1);
      expect(mine).toEqual(mine.map((_, i) => `r${run}-${i}`));
    }

    const leftovers = (await readdir(dir)).filter((n) => n.endsWith('.tmp'));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `crash test: ${kills} kills, ${acknowledged.length} acknowledged writes kept, ` +
        `${leftovers.length} temp files left by kills, ${seconds} s`,
    );
    expect(kills).toBeGreaterThanOrEqual(50);
    expect(acknowledged.length).toBeGreaterThan(0);
  }, 180_000);

  it(`keeps every acknowledged remote sync update through ${SYNC_KILLS} SIGKILLs`, async () => {
    const seed = process.env.CRASH_SEED ? Number(process.env.CRASH_SEED) : Date.now() >>> 0;
    const random = prng(seed);
    const work = await mkdtemp(join(tmpdir(), 'chapterhouse-sync-crash-'));
    dirs.push(work);
    const dir = join(work, 'data');
    const { args, mode } = await writerCommand(work, SYNC_WRITER);
    console.log(`sync crash test: seed ${seed} (CRASH_SEED=${seed} to replay), child via ${mode}`);
    const acknowledged: string[] = [];
    const damaged: string[] = [];
    for (let run = 0; run < SYNC_KILLS; run++) {
      const { result, context } = await killedRun(args, dir, run, random, seed);
      acknowledged.push(...result.acked);
      // Reopened as the app would: snapshot, then the log (a torn tail is skipped).
      const doc = new Y.Doc();
      const log = await DocLog.open(join(dir, 'sync'), 'field', doc, 'check', () => new Date());
      await log.close();
      damaged.push(...log.damage.map((d) => `${context}: ${d.reason}`));
      const results = doc.getMap('results');
      const lost = acknowledged.filter((id) => !results.has(id));
      expect(lost, `${context}: acknowledged updates lost`).toEqual([]);
      // At most the one update in flight when the kill came is there unacknowledged.
      const mine = [...results.keys()].filter((id) => id.startsWith(`r${run}-`));
      expect(mine.length - result.acked.length).toBeLessThanOrEqual(1);
    }
    console.log(
      `sync crash test: ${SYNC_KILLS} kills, ${acknowledged.length} acknowledged updates kept, ` +
        `${damaged.length} torn tails skipped`,
    );
    expect(acknowledged.length).toBeGreaterThan(0);
  }, 180_000);
});
