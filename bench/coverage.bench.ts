/**
 * County coverage bench: the dashboard's data (every voter list's canvass results folded by
 * county, with the chapter's records) over a 1,000,000-voter Franklin County list holding
 * 200,000 results, next to one plain pass over the same results file (read line by line,
 * JSON.parse each line). Goal: the dashboard in ≤ 2 s.
 *
 * Setup (not timed): a generated Ohio file imported through the real importer, and results
 * for 200,000 of its voters appended through the voter store. COVERAGE_BENCH_VOTERS and
 * COVERAGE_BENCH_RESULTS change the sizes.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResultEntry } from '../src/shared/canvass/results';
import { COUNTIES } from '../src/shared/geo/counties';
import { coverageOf } from '../src/shared/outreach/coverage';
import { tallyCanvass } from '../src/main/services/coverage';
import { readLines } from '../src/main/services/voters/lines';
import { createVoterService } from '../src/main/services/voters/service';
import { MAX_RESULT_LINE_BYTES, VoterStore } from '../src/main/services/voters/store';
import { ohioLines } from '../tests/unit/canvass/generate';
import { printRow, timePaired } from './lib';

async function writeVoterFile(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  for (const line of ohioLines(rows, 20241105, { badRows: false })) {
    if (!out.write(`${line}\r\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function addResults(dataDir: string, listId: string, count: number): Promise<string> {
  const store = new VoterStore(dataDir);
  const meta = await store.readMeta(listId);
  if (!meta) throw new Error('no list');
  const voters = await store.readVoters(listId, meta.votersFile);
  const step = Math.max(1, Math.floor(voters.length / count));
  const entries: ResultEntry[] = [];
  for (let i = 0; i < count; i++) {
    const v = voters[(i * step) % voters.length];
    if (!v) continue;
    const talked = i % 4 === 0;
    entries.push({
      id: `r${i}`,
      voterId: v.id,
      householdKey: v.householdKey,
      turfId: `T${String(1 + (i % 400)).padStart(3, '0')}`,
      mode: 'door',
      code: talked ? null : i % 3 === 0 ? 'REF' : 'NH',
      support: talked ? 1 + (i % 5) : null,
      volunteer: talked && i % 40 === 0,
      yardSign: false,
      needsRide: false,
      language: '',
      issues: {},
      notes: '',
      canvasser: 'Bench',
      at: new Date(Date.UTC(2026, 8, 1) + i * 60_000).toISOString(),
    });
    if (entries.length === 20_000) await store.appendResults(listId, entries.splice(0));
  }
  await store.appendResults(listId, entries);
  return join(store.dir, `${listId}.results.ndjson`);
}

/** The baseline: one pass over the results file, each line parsed. */
async function plainPass(path: string): Promise<number> {
  let n = 0;
  for await (const { text } of readLines(path, { maxLineBytes: MAX_RESULT_LINE_BYTES })) {
    if (text) n += (JSON.parse(text) as { support: number | null }).support === null ? 0 : 1;
  }
  return n;
}

export async function run(): Promise<void> {
  const voters = Number(process.env.COVERAGE_BENCH_VOTERS ?? 1_000_000);
  const results = Number(process.env.COVERAGE_BENCH_RESULTS ?? 200_000);
  const dir = await mkdtemp(join(tmpdir(), 'coverage-bench-'));
  try {
    const file = join(dir, 'SWVF_25.csv');
    await writeVoterFile(file, voters);
    const service = createVoterService(dir);
    const imported = await service.importList({ path: file, preset: 'ohio' });
    if (!imported.ok) throw new Error(imported.error.message);
    const resultsFile = await addResults(dir, imported.list.id, results);
    const mb = (await stat(resultsFile)).size / 2 ** 20;
    const ohio = COUNTIES.filter((c) => c.state === 'OH');
    let franklin = 0;
    const dashboard = async () => {
      const tally = await tallyCanvass(dir);
      const coverage = coverageOf({
        state: { code: 'OH', name: 'Ohio' },
        counties: ohio,
        members: [],
        volunteers: [],
        shifts: [],
        flyerPrints: [],
        canvass: tally.counts(),
        today: '2026-12-01',
      });
      franklin = coverage.counties.find((c) => c.fips === '39049')?.doorsKnocked ?? 0;
    };
    const { figureMs, baselineMs } = await timePaired(dashboard, () => plainPass(resultsFile), {
      runs: 3,
      collect: true,
    });
    printRow({
      headline: true,
      name: 'county coverage dashboard',
      size: `${imported.list.voters.toLocaleString('en-US')} voters, ${results.toLocaleString('en-US')} results (${mb.toFixed(0)} MB)`,
      figureMs,
      baselineName: 'one pass over the results file',
      baselineMs,
      extra: `goal ≤ 2000 ms: ${figureMs <= 2000 ? 'met' : 'NOT met'} · Franklin doors knocked ${franklin.toLocaleString('en-US')}`,
      includes:
        'figure: list the voter lists, read each meta, read and check every result, fold by county, build the 88 rows; baseline: read the results file line by line and JSON.parse each line',
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
