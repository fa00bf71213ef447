/**
 * The canvass results export the count room reads (`npm run gotv -- --ids IDS.csv`): one row
 * per answer, `voter_id,support,code,at`, oldest first, so the IDs reader's "latest answer
 * wins" sees every answer the app recorded (a 3 after a 1 takes a voter out) and every code
 * that leaves a voter out (Moved, Deceased, Do Not Walk). A door-level result (no voter)
 * with a code is one row per voter at that door, its code only (a support answer belongs
 * to a person, never to a door). Entries with neither an answer nor a code
 * (a yard sign alone) say nothing about the universe and are left out. Times are written
 * in UTC, so comparing them as text orders them however their offsets were recorded.
 */
import { csvCell } from '../canvass/export';
import type { ResultEntry } from '../canvass/results';
import type { VoterAnswer } from './universe';

export const IDS_CSV_COLUMNS = ['voter_id', 'support', 'code', 'at'] as const;

/** The answers the results record, in the order recorded. */
export function answersOfResults(
  entries: Iterable<ResultEntry>,
  votersAt: (householdKey: string) => readonly string[],
): VoterAnswer[] {
  const answers: VoterAnswer[] = [];
  for (const e of entries) {
    const at = new Date(e.at).toISOString();
    if (e.voterId !== null) {
      if (e.support !== null || e.code !== null)
        answers.push({ voterId: e.voterId, support: e.support, code: e.code, at });
    } else if (e.code !== null) {
      for (const voterId of votersAt(e.householdKey))
        answers.push({ voterId, support: null, code: e.code, at });
    }
  }
  return answers;
}

/** The IDs file's text: the header, then one CRLF-ended row per answer. */
export function idsCsvText(answers: Iterable<VoterAnswer>): string {
  const lines = [IDS_CSV_COLUMNS.join(',')];
  for (const a of answers) lines.push([a.voterId, a.support, a.code, a.at].map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
