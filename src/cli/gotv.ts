/**
 * `npm run --silent gotv -- --voters FILE [--preset ohio|north-carolina|florida|generic|auto]
 *   [--county NAME_OR_FIPS] --ids IDS.csv [--voted VOTED.csv ...]
 *   [--voted-preset auto|ohio|north-carolina|florida|generic] [--voted-id-column NAME]
 *   [--doors-per-turf N] [--mode odd-even|one-side|zig-zag] --out DIR`
 *
 * For the count room on election day: the GOTV universe (src/shared/gotv/universe.ts) from
 * the voter file and the IDs file, struck off by the voted files, written as
 *   DIR/summary.json   { "universe", "voted", "remaining", "byPrecinct": { p: { … } } }
 *   DIR/strike-<precinct>.csv  universe voters not yet voted, by last name
 *   DIR/chase-<turf>.csv       the same voters' doors in walk order, never splitting a door
 * in the columns of the walklist CLI's turf CSVs. Exit 0 on success, 2 with the file, line
 * and reason on a bad file or bad arguments. Files written are the owner's alone (0600).
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { VOTER_FILE_NOTICE } from '../shared/canvass/presets';
import { VotedPresetSchema } from '../shared/gotv/files';
import { UNIVERSE_RULE } from '../shared/gotv/universe';
import { countRoom, CountRoomRefusal, type CountRoomOutput } from '../main/services/gotv/countRoom';
import { terminalSafe } from '../shared/terminalText';
import { writePrivateFile } from './privateFile';
import { TURF_OPTIONS, turfChoicesOf } from './turfArgs';

const USAGE = `usage: gotv --voters FILE [--preset ohio|north-carolina|florida|generic|auto]
            [--county NAME_OR_FIPS] --ids IDS.csv [--voted VOTED.csv ...]
            [--voted-preset auto|ohio|north-carolina|florida|generic] [--voted-id-column NAME]
            [--doors-per-turf N] [--mode odd-even|one-side|zig-zag] --out DIR`;

function fail(message: string): number {
  process.stderr.write(`gotv: ${terminalSafe(message)}\n`);
  return 2;
}

function argsOf(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      ...TURF_OPTIONS,
      ids: { type: 'string' },
      voted: { type: 'string', multiple: true, default: [] },
      'voted-preset': { type: 'string', default: 'auto' },
      'voted-id-column': { type: 'string' },
    },
  }).values;
}

async function main(argv: string[]): Promise<number> {
  let values: ReturnType<typeof argsOf>;
  try {
    values = argsOf(argv);
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { voters: votersPath, ids, out } = values;
  if (!votersPath || !ids || !out) return fail(`--voters, --ids and --out are required\n${USAGE}`);
  const turf = turfChoicesOf(values);
  if (typeof turf === 'string') return fail(turf);
  const votedPreset = VotedPresetSchema.safeParse(values['voted-preset']);
  if (!votedPreset.success) return fail(`unknown voted preset "${values['voted-preset']}"`);

  let result: CountRoomOutput;
  try {
    result = await countRoom({
      voters: resolve(votersPath),
      preset: turf.preset,
      county: values.county ?? null,
      ids: resolve(ids),
      voted: values.voted.map((p) => resolve(p)),
      votedPreset: votedPreset.data,
      votedIdColumn: values['voted-id-column'],
      doorsPerTurf: turf.doorsPerTurf,
      mode: turf.mode,
    });
  } catch (error) {
    if (error instanceof CountRoomRefusal) return fail(error.message);
    throw error;
  }
  const { summary } = result;
  const dir = resolve(out);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  for (const [name, text] of result.files) await writePrivateFile(join(dir, name), text);
  await writePrivateFile(join(dir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  process.stdout.write(
    `Universe: ${UNIVERSE_RULE}\n` +
      `${summary.universe} in the universe, ${summary.voted} voted, ${summary.remaining} to reach → ` +
      `${result.chaseTurfs} chase turfs in ${dir}` +
      (result.unlisted ? ` (${result.unlisted} supporters not in the voter file)` : '') +
      `\n${VOTER_FILE_NOTICE}\n`,
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2)).catch((error: unknown) =>
  fail(error instanceof Error ? error.message : String(error)),
);
