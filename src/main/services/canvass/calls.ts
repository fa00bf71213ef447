/**
 * Phone banking from home: a turf's call sheet (print data and CSV), and the filled CSV read
 * back (with the generic CSV import's reader, ../csvImport) into the same results store as
 * the doors. Rows with problems are skipped and reported by line; a row imported before
 * (the same voter and answers) is not recorded twice.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import {
  CALL_HEADER_HINTS,
  callListToCsv,
  callRowResult,
  type CallField,
  type CallProblem,
} from '../../../shared/canvass/callSheet';
import { formatName } from '../../../shared/canvass/household';
import { resultSummary, type ResultEntryInput } from '../../../shared/canvass/results';
import type {
  CallSheetData,
  CallsPreview,
  CanvassSettings,
} from '../../../shared/contract/canvass';
import type { StoreData } from '../../../shared/schema/store';
import type { Host } from '../../host';
import { writeFileDurable } from '../../store/durable';
import { readMappedCsv } from '../csvImport';
import type { VoterService } from '../voters/service';
import { packetId, sheetFacts } from './packets';

export async function callSheetData(
  data: StoreData,
  service: VoterService,
  settings: CanvassSettings,
  params: { listId: string; turfId: string; caller: string; date: string; today: string },
): Promise<CallSheetData> {
  const facts = await sheetFacts(data, service, settings, params);
  return {
    ...facts,
    packetId: `${packetId(params.listId, params.turfId, false)}-CALLS`,
    caller: params.caller,
    script: settings.callScript,
    callList: await service.callList(params.listId, params.turfId),
  };
}

export async function saveCallCsv(
  host: Host,
  service: VoterService,
  { listId, turfId }: { listId: string; turfId: string },
) {
  const csv = callListToCsv(await service.callList(listId, turfId));
  const path = await host.chooseSavePath({
    title: 'Save the call sheet as CSV',
    defaultName: `${packetId(listId, turfId, false).toLowerCase()}-call-sheet.csv`,
    filters: [{ name: 'CSV', extensions: ['csv'] }],
  });
  if (!path) return { saved: false };
  await writeFileDurable(path, csv);
  return { saved: true, fileName: basename(path) };
}

interface CallsInput {
  listId: string;
  turfId: string;
  csv: string;
  mapping?: Partial<Record<CallField, string>> | undefined;
}

/** A stable id for a call: importing the same filled sheet twice records it once. */
function callId(listId: string, entry: ResultEntryInput): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([listId, entry]))
    .digest('hex');
  return `call-${hash.slice(0, 32)}`;
}

async function readCalls(service: VoterService, input: CallsInput) {
  const voters = await service.votersById(input.listId);
  const { headers, mapping, rows } = readMappedCsv(input.csv, input.mapping, CALL_HEADER_HINTS);
  const known = new Set((await service.results(input.listId)).map((e) => e.id));
  const calls: { line: number; entry: ResultEntryInput & { id: string } }[] = [];
  const problems: CallProblem[] = [];
  let uncalled = 0;
  let duplicates = 0;
  for (const row of rows) {
    const result = callRowResult(row, voters, { turfId: input.turfId });
    if (result === null) uncalled++;
    else if ('problems' in result) problems.push(...result.problems);
    else {
      const id = callId(input.listId, result.entry);
      if (known.has(id)) duplicates++;
      else calls.push({ line: row.line, entry: { ...result.entry, id } });
    }
  }
  return { headers, mapping, calls, problems, uncalled, duplicates, voters };
}

export async function callsPreview(
  service: VoterService,
  input: CallsInput,
): Promise<CallsPreview> {
  const { headers, mapping, calls, problems, uncalled, voters } = await readCalls(service, input);
  return {
    headers,
    mapping,
    rows: calls.map(({ line, entry }) => {
      const v = entry.voterId ? voters.get(entry.voterId) : undefined;
      return {
        line,
        voterId: entry.voterId ?? '',
        name: v ? formatName(v) : '',
        answer: resultSummary(entry),
      };
    }),
    valid: calls.length,
    problems,
    uncalled,
  };
}

export async function importCalls(service: VoterService, input: CallsInput) {
  const { calls, problems, duplicates } = await readCalls(service, input);
  if (calls.length > 0)
    await service.recordResults(
      input.listId,
      calls.map((c) => c.entry),
    );
  return { recorded: calls.length, duplicates, problems };
}
