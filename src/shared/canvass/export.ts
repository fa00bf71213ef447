/**
 * CSV of a turf in walk order (for the packet, and the walklist CLI): one row per voter,
 * grouped by household, with the door's sequence number.
 */
import { formatName } from './household';
import type { Voter, WalkHousehold, WalkList } from './schema';

export const WALK_CSV_COLUMNS = [
  'turf',
  'seq',
  'household',
  'house_number',
  'street',
  'unit',
  'city',
  'zip',
  'precinct',
  'voter_id',
  'name',
  'last_name',
  'first_name',
  'middle_name',
  'age',
  'sex',
  'party',
  'history',
] as const;

/**
 * RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so spreadsheets do not run it
 * (and so is one after 's, so csvCellText can always undo it).
 */
export function csvCell(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (/^'*[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A cell's text as written before csvCell defused it (the ' before = + - @ taken off). */
export function csvCellText(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** One voter's row: `turfId` and the door's sequence number `h.seq` as the list numbers it. */
export function walkCsvRow(turfId: string, h: WalkHousehold, v: Voter): string {
  return [
    turfId,
    h.seq,
    h.key,
    h.houseNumber,
    h.street,
    h.unit,
    h.city,
    h.zip,
    h.precinct,
    v.id,
    formatName(v),
    v.lastName,
    v.firstName,
    v.middleName,
    v.age,
    v.sex,
    v.party,
    v.history,
  ]
    .map(csvCell)
    .join(',');
}

/** CSV text from rows (the header first, CRLF line ends as RFC 4180 has them). */
export function walkCsvText(rows: readonly string[]): string {
  return `${[WALK_CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

export function walkListToCsv(list: WalkList): string {
  const rows: string[] = [];
  for (const h of list.households)
    for (const v of h.occupants) rows.push(walkCsvRow(list.turfId, h, v));
  return walkCsvText(rows);
}
