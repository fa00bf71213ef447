/**
 * Benchmark helpers. Every figure is printed next to a baseline measured in the same
 * run on the same machine, so the ratio means something on a shared, noisy host.
 */
import { performance } from 'node:perf_hooks';

export interface BenchRow {
  name: string;
  size: string;
  figureMs: number;
  baselineName: string;
  baselineMs: number;
  goal?: number;
  extra?: string;
  /** What the figure and the baseline each include, printed under the row. */
  includes?: string;
  /** The bench's headline row. */
  headline?: boolean;
}

/**
 * Wall time of one call. With `collect`, the garbage of earlier calls is collected first
 * (npm run bench runs node with --expose-gc), so a call that follows one leaving hundreds
 * of MB behind (a 50 MB store) is not charged for it. Not for small, cache-bound work: a
 * full collection also empties the processor's caches, which no real call starts with.
 */
export async function timeOnce(fn: () => unknown, collect = false): Promise<number> {
  if (collect) (globalThis as { gc?: () => void }).gc?.();
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Median wall time of `runs` calls (after one warm-up call). */
export async function timeMedian(fn: () => unknown, runs = 3, collect = false): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timeOnce(fn, collect));
  return median(times);
}

/**
 * Medians of `runs` alternating timings of figure and baseline, so load from other
 * processes on a shared host hits both alike. First `warmUps` calls of each (the first
 * calls of a function run before the JIT has optimized it). `setup` runs, untimed,
 * before every figure call; `collect` as in timeOnce. `baselineRepeats`: a baseline of
 * well under a millisecond is timed over that many calls in a row per sample and divided
 * (one call would be near the timer's resolution, and any stall would count whole).
 */
export async function timePaired(
  figure: () => unknown,
  baseline: () => unknown,
  opts: {
    runs: number;
    warmUps?: number;
    setup?: () => unknown;
    collect?: boolean;
    baselineRepeats?: number;
  },
): Promise<{ figureMs: number; baselineMs: number }> {
  const { runs, warmUps = 1, setup, collect = false, baselineRepeats = 1 } = opts;
  const repeated = async () => {
    for (let r = 0; r < baselineRepeats; r++) await baseline();
  };
  for (let i = 0; i < warmUps; i++) {
    await repeated();
    await setup?.();
    await figure();
  }
  const f: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    b.push((await timeOnce(repeated, collect)) / baselineRepeats);
    await setup?.();
    f.push(await timeOnce(figure, collect));
  }
  return { figureMs: median(f), baselineMs: median(b) };
}

export function printRow(row: BenchRow): void {
  const ratio = row.figureMs / row.baselineMs;
  const goal =
    row.goal === undefined ? '' : ` (goal ≤ ${row.goal}: ${ratio <= row.goal ? 'met' : 'NOT met'})`;
  const extra = row.extra ? ` · ${row.extra}` : '';
  console.log(
    `${row.headline ? 'HEADLINE ' : ''}${row.name} [${row.size}]: ${row.figureMs.toFixed(1)} ms vs ${row.baselineName} ${row.baselineMs.toFixed(1)} ms → ratio ${ratio.toFixed(2)}${goal}${extra}`,
  );
  if (row.includes) console.log(`    includes: ${row.includes}`);
}

/**
 * Runs `fn` once, sampling the process's memory every 10 ms (and at the end): the value,
 * the wall time, and the highest JavaScript heap in use above what it was before, in MB.
 */
export async function withPeakHeap<T>(
  fn: () => Promise<T>,
): Promise<{ value: T; ms: number; peakHeapMb: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  };
  const timer = setInterval(sample, 10);
  const start = performance.now();
  try {
    const value = await fn();
    sample();
    return { value, ms: performance.now() - start, peakHeapMb: (peak - before) / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}
