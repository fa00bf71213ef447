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
}

/** Median wall time of `runs` calls (after one warm-up call). */
export async function timeMedian(fn: () => unknown, runs = 3): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

export function printRow(row: BenchRow): void {
  const ratio = row.figureMs / row.baselineMs;
  const goal =
    row.goal === undefined ? '' : ` (goal ≤ ${row.goal}: ${ratio <= row.goal ? 'met' : 'NOT met'})`;
  const extra = row.extra ? ` · ${row.extra}` : '';
  console.log(
    `${row.name} [${row.size}]: ${row.figureMs.toFixed(1)} ms vs ${row.baselineName} ${row.baselineMs.toFixed(1)} ms → ratio ${ratio.toFixed(2)}${goal}${extra}`,
  );
}
