/**
 * GOTV bench (issue: universe + chase lists over a 1,000,000-voter file with 200,000
 * results and a 300,000-row voted file): the count room's whole path — import the voter
 * file, read the IDs and voted files, build the universe, strike and chase lists and write
 * every CSV (`countRoom`, as `npm run gotv` runs it) — next to a plain csv-parse pass over
 * the same three files. Goals: at least half the plain pass's throughput (time ratio ≤ 2)
 * and peak memory ≤ 1.5 GB. Passes run in child processes (bench/childPass.ts), alternating,
 * GOTV_BENCH_ROUNDS rounds (default 2), the fastest of each reported. GOTV_BENCH_VOTERS
 * scales the file (the IDs and voted files keep their proportions). Generating is not timed.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countRoom } from '../src/main/services/gotv/countRoom';
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

const CHILD = 'GOTV_BENCH_CHILD';

interface Files {
  voters: string;
  ids: string;
  voted: string;
  out: string;
}

async function gotvPass(files: Files) {
  const result = await countRoom({
    voters: files.voters,
    preset: 'ohio',
    county: null,
    ids: files.ids,
    voted: [files.voted],
    votedPreset: 'auto',
    doorsPerTurf: 50,
    mode: 'odd-even',
  });
  await mkdir(files.out, { recursive: true });
  for (const [name, text] of result.files) await writeFile(join(files.out, name), text);
  await writeFile(join(files.out, 'summary.json'), JSON.stringify(result.summary));
  return {
    rows: 0,
    counts: {
      universe: result.summary.universe,
      remaining: result.summary.remaining,
      turfs: result.chaseTurfs,
      files: result.files.size,
    },
  };
}

childMain(CHILD, {
  baseline: (files: Files) => csvParsePass([files.voters, files.ids, files.voted]),
  gotv: gotvPass,
});

/** A deterministic pseudo-random sequence (the same files every run). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

async function writeLines(
  path: string,
  header: string,
  count: number,
  line: (i: number) => string,
) {
  const out = createWriteStream(path);
  out.write(`${header}\n`);
  for (let i = 0; i < count; i += 5000) {
    const batch: string[] = [];
    for (let j = i; j < Math.min(count, i + 5000); j++) batch.push(line(j));
    if (!out.write(`${batch.join('\n')}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

export async function run(): Promise<void> {
  const voterRows = Number(process.env.GOTV_BENCH_VOTERS ?? 1_000_000);
  const results = Math.round(voterRows * 0.2);
  const votedRows = Math.round(voterRows * 0.3);
  const rounds = Math.max(1, Number(process.env.GOTV_BENCH_ROUNDS ?? 2));
  const dir = await mkdtemp(join(tmpdir(), 'gotv-bench-'));
  const files: Files = {
    voters: join(dir, 'SWVF_25.csv'),
    ids: join(dir, 'ids.csv'),
    voted: join(dir, 'voted.csv'),
    out: join(dir, 'out'),
  };
  try {
    const ids: string[] = [];
    await writeOhioFile(files.voters, voterRows, (id) => ids.push(id));
    const rand = lcg(20261103);
    const pick = () => ids[Math.floor(rand() * ids.length)] ?? '';
    await writeLines(files.ids, 'voter_id,support,code,at', results, (i) => {
      const day = String(1 + (i % 28)).padStart(2, '0');
      return `${pick()},${1 + Math.floor(rand() * 5)},,2026-10-${day}T18:00:00-04:00`;
    });
    await writeLines(
      files.voted,
      'SOS_VOTERID,DATE_RETURNED',
      votedRows,
      () => `${pick()},10/20/2026`,
    );
    const mb = async (p: string) => ((await stat(p)).size / 2 ** 20).toFixed(0);
    const sizes = `${await mb(files.voters)} + ${await mb(files.ids)} + ${await mb(files.voted)} MB`;
    const base: PassResult[] = [];
    const gotv: PassResult[] = [];
    for (let i = 0; i < rounds; i++) {
      base.push(await inChild(import.meta.url, CHILD, 'baseline', files));
      gotv.push(await inChild(import.meta.url, CHILD, 'gotv', files));
    }
    const b = fastest(base);
    const f = fastest(gotv);
    const peak = Math.max(...gotv.map((r) => r.maxRssMb));
    printRow({
      headline: true,
      name: 'GOTV count room: voter file + IDs + voted file → universe, strike and chase CSVs written',
      size: `${voterRows.toLocaleString('en-US')} voters, ${results.toLocaleString('en-US')} results, ${votedRows.toLocaleString('en-US')} voted rows (${sizes})`,
      figureMs: f.ms,
      baselineName: 'csv-parse pass over the three files',
      baselineMs: b.ms,
      goal: 2,
      includes:
        'figure: the IDs file, the voter import (every row parsed and checked; the supporters among them mapped into voters and doors), the voted file, the universe, lists and writing every file; baseline: csv-parse records of the same three files, discarded',
      extra:
        `throughput ${(b.ms / f.ms).toFixed(2)}× csv-parse (goal ≥ 0.5×) · ${rowsPerSecond(b)} for csv-parse · ` +
        `CPU ${(f.cpuMs / 1000).toFixed(1)} s vs ${(b.cpuMs / 1000).toFixed(1)} s · peak RSS ${peak.toFixed(0)} MB ` +
        `(goal ≤ 1536 MB: ${peak <= 1536 ? 'met' : 'NOT met'}) · universe ${f.counts.universe?.toLocaleString('en-US')}, ` +
        `remaining ${f.counts.remaining?.toLocaleString('en-US')}, ${f.counts.turfs?.toLocaleString('en-US')} chase turfs, ${f.counts.files} files` +
        (rounds > 1 ? ` · fastest of ${rounds}` : ''),
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
