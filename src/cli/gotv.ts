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
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { walkCsvRow, walkCsvText, walkListToCsv } from '../shared/canvass/export';
import { VOTER_FILE_NOTICE } from '../shared/canvass/presets';
import { PresetChoiceSchema, WalkModeSchema } from '../shared/canvass/schema';
import type { Household, Voter } from '../shared/canvass/schema';
import { buildWalkList } from '../shared/canvass/walkList';
import { GotvFileError, IdsReader, VotedPresetSchema, VotedReader } from '../shared/gotv/files';
import { chaseTurfs, progressOf, strikeLists } from '../shared/gotv/lists';
import { buildUniverse, LatestAnswers, UNIVERSE_RULE } from '../shared/gotv/universe';
import { fileNamePart } from '../shared/gotv/fileNames';
import { importVoterFile } from '../main/services/voters/importer';
import { readRecords } from '../main/services/gotv/records';
import { terminalSafe } from '../shared/terminalText';
import { writePrivateFile } from './privateFile';

const USAGE = `usage: gotv --voters FILE [--preset ohio|north-carolina|florida|generic|auto]
            [--county NAME_OR_FIPS] --ids IDS.csv [--voted VOTED.csv ...]
            [--voted-preset auto|ohio|north-carolina|florida|generic] [--voted-id-column NAME]
            [--doors-per-turf N] [--mode odd-even|one-side|zig-zag] --out DIR`;

class Refusal extends Error {}

function fail(message: string): number {
  process.stderr.write(`gotv: ${terminalSafe(message)}\n`);
  return 2;
}

async function readFile(path: string, onRecord: (cells: string[], line: number) => void) {
  try {
    await readRecords(path, onRecord);
  } catch (error) {
    const where = error instanceof GotvFileError ? `, line ${error.line}` : '';
    throw new Refusal(`${basename(path)}${where}: ${(error as Error).message}`);
  }
}

function argsOf(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      voters: { type: 'string' },
      preset: { type: 'string', default: 'auto' },
      county: { type: 'string' },
      ids: { type: 'string' },
      voted: { type: 'string', multiple: true, default: [] },
      'voted-preset': { type: 'string', default: 'auto' },
      'voted-id-column': { type: 'string' },
      'doors-per-turf': { type: 'string', default: '50' },
      mode: { type: 'string', default: 'odd-even' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
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
  const preset = PresetChoiceSchema.safeParse(values.preset);
  if (!preset.success) return fail(`unknown preset "${values.preset}"`);
  const votedPreset = VotedPresetSchema.safeParse(values['voted-preset']);
  if (!votedPreset.success) return fail(`unknown voted preset "${values['voted-preset']}"`);
  const mode = WalkModeSchema.safeParse(values.mode);
  if (!mode.success) return fail(`unknown mode "${values.mode}"`);
  const doorsText = values['doors-per-turf'];
  const doors = Number(doorsText);
  if (!/^\d+$/.test(doorsText) || doors < 1 || doors > 10_000)
    return fail(`--doors-per-turf must be a whole number from 1 to 10000, not "${doorsText}"`);

  const imported = await importVoterFile({
    path: resolve(votersPath),
    preset: preset.data,
    county: values.county ?? null,
  });
  if (!imported.ok) {
    const first = imported.error.skipped?.[0];
    return fail(
      `${basename(votersPath)}${first ? `, line ${first.line}: ${first.reason}` : ''}: ${imported.error.message}`,
    );
  }
  const voters = new Map(imported.voters.map((v) => [v.id, v]));

  const answers = new LatestAnswers();
  const idsReader = new IdsReader((a) => answers.add(a));
  await readFile(resolve(ids), (cells, line) => idsReader.record(cells, line));
  const universe = buildUniverse({ answers, isListed: (id) => voters.has(id) });
  const universeVoters = universe.members.map((m) => voters.get(m.voterId) as Voter);

  const voted = new Set<string>();
  for (const path of values.voted) {
    const reader = new VotedReader(
      votedPreset.data,
      (id) => voted.add(id),
      values['voted-id-column'],
    );
    await readFile(resolve(path), (cells, line) => reader.record(cells, line));
  }

  const progress = progressOf(universeVoters, voted);
  const remaining = new Set(universeVoters.filter((v) => !voted.has(v.id)).map((v) => v.id));
  const chase = chaseTurfs(imported.households, remaining, {
    doorsPerTurf: doors,
    mode: mode.data,
  });
  const dir = resolve(out);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const source = {
    listId: 'cli',
    county: imported.summary.county?.name ?? '',
    households: new Map(chase.households.map((h) => [h.key, h])),
    voters,
  };
  const turfOf = new Map<string, string>();
  for (const t of chase.turfs) {
    const list = buildWalkList(source, t);
    for (const h of list.households) for (const v of h.occupants) turfOf.set(v.id, t.id);
    await writePrivateFile(join(dir, `chase-${t.id}.csv`), walkListToCsv(list));
  }
  const homes = new Map<string, Household>(imported.households.map((h) => [h.key, h]));
  const used = new Set<string>();
  for (const [precinct, list] of strikeLists(universeVoters, voted)) {
    const rows = list.map((v, i) => {
      const home = homes.get(v.householdKey) as Household;
      return walkCsvRow(turfOf.get(v.id) ?? '', { ...home, seq: i + 1, occupants: [v] }, v);
    });
    await writePrivateFile(
      join(dir, `strike-${fileNamePart(precinct, used)}.csv`),
      walkCsvText(rows),
    );
  }
  const summary = {
    universe: progress.universe,
    voted: progress.voted,
    remaining: progress.remaining,
    byPrecinct: progress.byPrecinct,
  };
  await writePrivateFile(join(dir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  process.stdout.write(
    `Universe: ${UNIVERSE_RULE}\n` +
      `${summary.universe} in the universe, ${summary.voted} voted, ${summary.remaining} to reach → ` +
      `${chase.turfs.length} chase turfs in ${dir}` +
      (universe.unlisted.length
        ? ` (${universe.unlisted.length} supporters not in the voter file)`
        : '') +
      `\n${VOTER_FILE_NOTICE}\n`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = fail(error instanceof Error ? error.message : String(error));
  },
);
