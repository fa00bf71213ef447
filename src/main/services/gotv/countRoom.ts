/**
 * The count room's whole path, file in → lists out: a voter file, an IDs file and any voted
 * files become the GOTV summary, the strike list of each precinct and the chase list of each
 * turf, as CSV texts in the walklist CLI's columns (the `gotv` CLI writes them; the bench
 * times them). A bad file throws `CountRoomRefusal` naming the file, the line and the reason.
 */
import { basename } from 'node:path';
import { walkCsvRow, walkCsvText, walkListToCsv } from '../../../shared/canvass/export';
import type { Household, PresetChoice, Voter, WalkMode } from '../../../shared/canvass/schema';
import { buildWalkList } from '../../../shared/canvass/walkList';
import { fileNamePart } from '../../../shared/gotv/fileNames';
import {
  GotvFileError,
  IdsReader,
  VotedReader,
  type VotedPreset,
} from '../../../shared/gotv/files';
import { chaseTurfs, progressOf, strikeLists, type Progress } from '../../../shared/gotv/lists';
import { buildUniverse, LatestAnswers } from '../../../shared/gotv/universe';
import { importVoterFile } from '../voters/importer';
import { readRecords } from './records';

export class CountRoomRefusal extends Error {}

export interface CountRoomInput {
  voters: string;
  preset: PresetChoice;
  county: string | null;
  ids: string;
  voted: readonly string[];
  votedPreset: VotedPreset;
  votedIdColumn?: string;
  doorsPerTurf: number;
  mode: WalkMode;
}

export interface CountRoomOutput {
  summary: Pick<Progress, 'universe' | 'voted' | 'remaining' | 'byPrecinct'>;
  /** File name → CSV text: `strike-<precinct>.csv`, `chase-<turf>.csv`. */
  files: Map<string, string>;
  chaseTurfs: number;
  /** Supporters whose voter ID is not in the voter file. */
  unlisted: number;
}

async function readFile(path: string, onRecord: (cells: string[], line: number) => void) {
  try {
    await readRecords(path, onRecord);
  } catch (error) {
    const where = error instanceof GotvFileError ? `, line ${error.line}` : '';
    throw new CountRoomRefusal(`${basename(path)}${where}: ${(error as Error).message}`);
  }
}

export async function countRoom(input: CountRoomInput): Promise<CountRoomOutput> {
  // The IDs file first: only its supporters can be in the universe, so the voter file's
  // other voters (most of a million) are counted but never mapped or held.
  const answers = new LatestAnswers();
  const ids = new IdsReader((a) => answers.add(a));
  await readFile(input.ids, (cells, line) => ids.record(cells, line));
  const supporters = new Set(answers.supporters());

  const imported = await importVoterFile({
    path: input.voters,
    preset: input.preset,
    county: input.county,
    keep: (id) => supporters.has(id),
  });
  if (!imported.ok) {
    const first = imported.error.skipped?.[0];
    const where = first ? `, line ${first.line}: ${first.reason}` : '';
    throw new CountRoomRefusal(`${basename(input.voters)}${where}: ${imported.error.message}`);
  }
  const voters = new Map(imported.voters.map((v) => [v.id, v]));
  const universe = buildUniverse({ answers, isListed: (id) => voters.has(id) });
  const universeVoters = universe.members.map((m) => voters.get(m.voterId) as Voter);

  const voted = new Set<string>();
  for (const path of input.voted) {
    const reader = new VotedReader(input.votedPreset, (id) => voted.add(id), input.votedIdColumn);
    await readFile(path, (cells, line) => reader.record(cells, line));
  }

  const {
    universe: total,
    voted: votedCount,
    remaining,
    byPrecinct,
  } = progressOf(universeVoters, voted);
  const toReach = new Set(universeVoters.filter((v) => !voted.has(v.id)).map((v) => v.id));
  const chase = chaseTurfs(imported.households, toReach, {
    doorsPerTurf: input.doorsPerTurf,
    mode: input.mode,
  });
  const files = new Map<string, string>();
  const source = {
    listId: 'gotv',
    county: imported.summary.county?.name ?? '',
    households: new Map(chase.households.map((h) => [h.key, h])),
    voters,
  };
  const turfOf = new Map<string, string>();
  for (const t of chase.turfs) {
    const list = buildWalkList(source, t);
    for (const h of list.households) for (const v of h.occupants) turfOf.set(v.id, t.id);
    files.set(`chase-${t.id}.csv`, walkListToCsv(list));
  }
  const homes = new Map<string, Household>(imported.households.map((h) => [h.key, h]));
  const used = new Set<string>();
  for (const [precinct, list] of strikeLists(universeVoters, voted)) {
    const rows = list.map((v, i) => {
      const home = homes.get(v.householdKey) as Household;
      return walkCsvRow(turfOf.get(v.id) ?? '', { ...home, seq: i + 1, occupants: [v] }, v);
    });
    files.set(`strike-${fileNamePart(precinct, used)}.csv`, walkCsvText(rows));
  }
  return {
    summary: { universe: total, voted: votedCount, remaining, byPrecinct },
    files,
    chaseTurfs: chase.turfs.length,
    unlisted: universe.unlisted.length,
  };
}
