/**
 * Phone banking from home: call sheets cut from a turf's walk list, and the filled sheet's
 * rows read back as results (the same results store and codes as the doors, `mode: 'phone'`).
 *
 * Who is on a call sheet: the turf's walk list (so voters suppressed by the file or by a
 * chapter mark are already gone), keeping only voters with a phone number who are not
 * marked Do Not Call, in walk order, households whole (occupants of one door stay together
 * under their address) and numbered 1…n again.
 */
import { z } from 'zod';
import { localInstant } from '../dates';
import { TimestampSchema } from '../schema/common';
import { csvCell } from './export';
import { formatName, formatStreetAddress } from './household';
import {
  RESULT_CODES,
  RESULT_LABELS,
  ResultEntryInputSchema,
  type ResultCode,
  type ResultEntryInput,
} from './results';
import type { Voter, WalkList } from './schema';

/** The walk list's voters who can be called, households whole and renumbered. */
export function callList(walk: WalkList, doNotCall: ReadonlySet<string>): WalkList {
  const households: WalkList['households'] = [];
  const precincts = new Set<string>();
  let people = 0;
  for (const h of walk.households) {
    const occupants = h.occupants.filter((v) => v.phone !== '' && !doNotCall.has(v.id));
    if (occupants.length === 0) continue;
    precincts.add(h.precinct);
    people += occupants.length;
    households.push({
      ...h,
      voterIds: occupants.map((v) => v.id),
      seq: households.length + 1,
      occupants,
    });
  }
  return { ...walk, precincts: [...precincts], people, doors: households.length, households };
}

/** What the phone means by a door code, where it differs (printed in the call sheet's key). */
export const PHONE_MEANINGS: Readonly<Partial<Record<ResultCode, string>>> = {
  NH: 'no answer / voicemail',
  INAC: 'number disconnected',
  WA: 'wrong number',
  DNW: 'do not call again',
  LIT: 'not used on the phone',
};

/** The columns of a call sheet's CSV: who to call, then the blanks the caller fills. */
export const CALL_CSV_COLUMNS = [
  'turf',
  'seq',
  'voter_id',
  'name',
  'phone',
  'address',
  'result',
  'support',
  'volunteer',
  'yard_sign',
  'needs_ride',
  'language',
  'notes',
  'caller',
  'called_at',
] as const;

export function callListToCsv(list: WalkList): string {
  const lines = [CALL_CSV_COLUMNS.join(',')];
  for (const h of list.households) {
    for (const v of h.occupants) {
      const cells = [list.turfId, h.seq, v.id, formatName(v), v.phone, formatStreetAddress(h)];
      lines.push([...cells, ...Array<string>(9).fill('')].map(csvCell).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The fields a filled call sheet's row holds (each one a CSV column). */
export const CALL_FIELDS = [
  'voterId',
  'result',
  'support',
  'volunteer',
  'yardSign',
  'needsRide',
  'language',
  'notes',
  'caller',
  'calledAt',
] as const;
export const CallFieldSchema = z.enum(CALL_FIELDS);
export type CallField = z.infer<typeof CallFieldSchema>;

export const CALL_FIELD_LABELS: Readonly<Record<CallField, string>> = {
  voterId: 'Voter ID',
  result: 'Result',
  support: 'Support (1–5)',
  volunteer: 'Volunteer',
  yardSign: 'Yard sign',
  needsRide: 'Needs a ride',
  language: 'Language',
  notes: 'Notes',
  caller: 'Caller',
  calledAt: 'Called at',
};

/** The header each field is found under (the call sheet's own CSV, or a spreadsheet's). */
export const CALL_HEADER_HINTS: Readonly<Record<CallField, RegExp>> = {
  voterId: /^(voter[ _]?id|state voter id)$/i,
  result: /^(result|code|result code)$/i,
  support: /^support/i,
  volunteer: /^vol(unteer)?$/i,
  yardSign: /^(yard[ _]?sign|sign)$/i,
  needsRide: /^(needs[ _]?(a[ _])?ride|ride)$/i,
  language: /^language$/i,
  notes: /^notes?$/i,
  caller: /^(caller|volunteer name)$/i,
  calledAt: /^(called[ _]?at|date|called)$/i,
};

const YES = new Set(['y', 'yes', 'x', '1', 'true']);
const NO = new Set(['', 'n', 'no', '0', 'false']);

/** A row of the filled sheet: `cell(field)` is the trimmed text of its column ('' if none). */
export interface CallRow {
  line: number;
  cell: (field: CallField) => string;
}

export type CallProblem = { line: number; field: CallField; reason: string };

/** A result code written as its code ('REF') or its label ('Refused'), any case. */
function codeOf(text: string): ResultCode | null | undefined {
  if (!text) return null;
  const t = text.trim().toLowerCase();
  return RESULT_CODES.find((c) => c.toLowerCase() === t || RESULT_LABELS[c].toLowerCase() === t);
}

/** 'YYYY-MM-DD' (noon that day), 'YYYY-MM-DD HH:MM' (chapter time) or an ISO timestamp. */
function timeOf(text: string): string | null | undefined {
  if (!text) return null;
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?$/.exec(text);
  if (m?.[1]) {
    const at = localInstant(m[1], m[2] ?? '12:00');
    return Number.isNaN(at.getTime()) ? undefined : at.toISOString();
  }
  return TimestampSchema.safeParse(text).success ? text : undefined;
}

/**
 * One filled row → the result to record, or its problems (each with its column). A row with
 * nothing filled in is `null`: that voter was not called. `voters` finds the voter (and door).
 */
export function callRowResult(
  row: CallRow,
  voters: ReadonlyMap<string, Pick<Voter, 'householdKey'>>,
  opts: { turfId: string | null },
): { entry: ResultEntryInput } | { problems: CallProblem[] } | null {
  const filled = CALL_FIELDS.filter(
    (f) => f !== 'voterId' && f !== 'caller' && f !== 'calledAt' && row.cell(f) !== '',
  );
  if (filled.length === 0) return null;
  const problems: CallProblem[] = [];
  const problem = (field: CallField, reason: string) =>
    problems.push({ line: row.line, field, reason });
  const voterId = row.cell('voterId');
  const voter = voters.get(voterId);
  if (!voterId) problem('voterId', 'the voter ID is missing');
  else if (!voter) problem('voterId', `there is no voter ${voterId} in this list`);
  const code = codeOf(row.cell('result'));
  if (code === undefined)
    problem('result', `“${row.cell('result')}” is not a result code (NH, REF, MV, … or its name)`);
  const supportText = row.cell('support');
  const support = supportText === '' ? null : Number(supportText);
  if (support !== null && !(Number.isInteger(support) && support >= 1 && support <= 5))
    problem('support', `support is a number from 1 to 5, not “${supportText}”`);
  const flag = (field: 'volunteer' | 'yardSign' | 'needsRide'): boolean => {
    const t = row.cell(field).toLowerCase();
    if (!YES.has(t) && !NO.has(t)) problem(field, `write Y or N, not “${row.cell(field)}”`);
    return YES.has(t);
  };
  const flags = {
    volunteer: flag('volunteer'),
    yardSign: flag('yardSign'),
    needsRide: flag('needsRide'),
  };
  const at = timeOf(row.cell('calledAt'));
  if (at === undefined)
    problem('calledAt', `“${row.cell('calledAt')}” is not a date like 2026-10-03`);
  if (problems.length > 0 || !voter) return { problems };
  const input = {
    voterId,
    householdKey: voter.householdKey,
    turfId: opts.turfId,
    mode: 'phone' as const,
    code: code ?? null,
    support,
    ...flags,
    language: row.cell('language'),
    notes: row.cell('notes'),
    canvasser: row.cell('caller'),
    ...(at ? { at } : {}),
  };
  const parsed = ResultEntryInputSchema.safeParse(input);
  if (parsed.success) return { entry: input };
  const fieldOf = (path: PropertyKey | undefined): CallField => {
    const f =
      path === 'code'
        ? 'result'
        : path === 'canvasser'
          ? 'caller'
          : path === 'at'
            ? 'calledAt'
            : path;
    return CallFieldSchema.safeParse(f).data ?? 'notes';
  };
  return {
    problems: parsed.error.issues.map((i) => ({
      line: row.line,
      field: fieldOf(i.path[0]),
      reason: i.message,
    })),
  };
}
