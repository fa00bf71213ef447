/**
 * A voter list's canvass results saved as the IDs file the count room reads
 * (`npm run gotv -- --ids IDS.csv`): src/shared/gotv/idsCsv.ts writes it, the CLI's IDs
 * reader reads it back with the same latest answers (tests/unit/gotv/idsCsv.test.ts).
 */
import { basename } from 'node:path';
import type { SavedFile } from '../../../shared/contract/app';
import { answersOfResults, idsCsvText } from '../../../shared/gotv/idsCsv';
import type { Host } from '../../host';
import { writeFileDurable } from '../../store/durable';
import type { VoterService } from '../voters/service';

/** The IDs file's text for a list: every answer, door codes for each voter at the door. */
export async function idsCsvOf(service: VoterService, listId: string): Promise<string> {
  const entries = await service.results(listId);
  const doors = new Map<string, string[]>();
  for (const e of entries) if (e.voterId === null && e.code !== null) doors.set(e.householdKey, []);
  if (doors.size > 0)
    for (const v of (await service.votersById(listId)).values())
      doors.get(v.householdKey)?.push(v.id);
  return idsCsvText(answersOfResults(entries, (key) => doors.get(key) ?? []));
}

export async function saveIdsCsv(
  host: Host,
  service: VoterService,
  listId: string,
): Promise<SavedFile> {
  const csv = await idsCsvOf(service, listId);
  const path = await host.chooseSavePath({
    title: 'Save the canvass results for the count room (IDS.csv)',
    defaultName: `${listId}-ids.csv`,
    filters: [{ name: 'CSV', extensions: ['csv'] }],
  });
  if (!path) return { saved: false };
  await writeFileDurable(path, csv);
  return { saved: true, fileName: basename(path) };
}
