/**
 * `npm run --silent walklist -- --voters FILE [--preset ohio|north-carolina|florida|generic|auto]
 *   [--county NAME_OR_FIPS] [--doors-per-turf N] [--mode odd-even|one-side|zig-zag] --out DIR`
 *
 * Imports a voter file (streaming), households it, cuts turfs and writes one CSV per turf
 * in walk order (DIR/T001.csv, …) plus DIR/summary.json:
 *   { "households": n, "voters": n, "turfs": [{ "id", "doors", "voters", … }],
 *     "skipped": [{ "line": n, "reason": "…" }], … }
 * Exit 0 on success, 1 when the file cannot be imported (the reason is printed), 2 for
 * bad arguments.
 *
 * Voter data is private: every file written is the owner's alone (mode 0600, also when it
 * replaces an older file; a new DIR is 0700), and a symbolic link in DIR is never followed.
 * Messages quoting the voter file show its control characters as visible escapes.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { walkListToCsv } from '../shared/canvass/export';
import { VOTER_FILE_NOTICE } from '../shared/canvass/presets';
import { cutTurfs } from '../shared/canvass/turfs';
import { buildWalkList } from '../shared/canvass/walkList';
import { importVoterFile } from '../main/services/voters/importer';
import { terminalSafe } from '../shared/terminalText';
import { writePrivateFile } from './privateFile';
import { TURF_OPTIONS, turfChoicesOf } from './turfArgs';

const USAGE = `usage: walklist --voters FILE [--preset ohio|north-carolina|florida|generic|auto]
                [--county NAME_OR_FIPS] [--doors-per-turf N] [--mode odd-even|one-side|zig-zag]
                --out DIR`;

function usage(message: string): number {
  process.stderr.write(`walklist: ${message}\n${USAGE}\n`);
  return 2;
}

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: TURF_OPTIONS,
    }));
  } catch (error) {
    return usage((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { voters, out } = values;
  if (!voters) return usage('--voters FILE is required');
  if (!out) return usage('--out DIR is required');
  const turf = turfChoicesOf(values);
  if (typeof turf === 'string') return usage(turf);

  const result = await importVoterFile({
    path: resolve(voters),
    preset: turf.preset,
    county: values.county ?? null,
    onProgress: (p) => {
      if (process.stderr.isTTY)
        process.stderr.write(`\rreading ${Math.round(p.fraction * 100)}% · ${p.rows} rows`);
    },
  });
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  if (!result.ok) {
    process.stderr.write(`walklist: ${terminalSafe(result.error.message)}\n`);
    for (const s of result.error.skipped?.slice(0, 10) ?? [])
      process.stderr.write(`  line ${s.line}: ${terminalSafe(s.reason)}\n`);
    return 1;
  }
  const { summary } = result;
  const turfs = cutTurfs(result.households, { doorsPerTurf: turf.doorsPerTurf, mode: turf.mode });
  const source = {
    listId: 'cli',
    county: summary.county?.name ?? '',
    households: new Map(result.households.map((h) => [h.key, h])),
    voters: new Map(result.voters.map((v) => [v.id, v])),
  };
  const dir = resolve(out);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  for (const t of turfs)
    await writePrivateFile(join(dir, `${t.id}.csv`), walkListToCsv(buildWalkList(source, t)));
  const report = {
    households: summary.households,
    voters: summary.voters,
    turfs: turfs.map((t) => ({
      id: t.id,
      doors: t.doors,
      voters: t.voters,
      precincts: t.precincts,
      file: `${t.id}.csv`,
    })),
    skipped: summary.skipped,
    skippedCount: summary.skippedCount,
    file: summary.file,
    fileDate: summary.fileDate,
    preset: summary.preset,
    county: summary.county,
    encoding: summary.encoding,
    rows: summary.rows,
    duplicates: summary.duplicates,
    outsideCounty: summary.outsideCounty,
    suppressed: summary.suppressed,
    warnings: summary.warnings,
  };
  await writePrivateFile(join(dir, 'summary.json'), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(
    `${summary.voters} voters in ${summary.households} households → ${turfs.length} turfs in ${dir}` +
      (summary.skippedCount ? ` (${summary.skippedCount} rows skipped: see summary.json)` : '') +
      `\n${VOTER_FILE_NOTICE}\n`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`walklist: ${terminalSafe(message)}\n`);
    process.exitCode = 1;
  },
);
