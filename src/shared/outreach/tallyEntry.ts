/**
 * What the county tally needs of a canvass result: who, which door, when, the support answer
 * and whether a conversation happened. The coverage dashboard reads every result of every
 * voter list, so `tallyEntryOf` takes these few fields from a parsed results-file line without
 * building the whole entry through zod, yet keeps exactly the lines the strict reader
 * (ResultEntrySchema) keeps: a line whose every field plainly fits its schema is taken at
 * once; any other line (an unusual key, a value out of range, a wrong type) is handed to
 * the schema, which decides. So a damaged or invalid line is refused by both, always.
 */
import { isContact, RESULT_CODES, ResultEntrySchema, type ResultEntry } from '../canvass/results';
import { z } from 'zod';
import { LIMITS } from '../limits';

export interface TallyEntry {
  voterId: string | null;
  householdKey: string;
  /** ISO date-time with its offset. */
  at: string;
  support: number | null;
  /** A conversation happened (`isContact`). */
  contact: boolean;
}

export function tallyEntry(e: ResultEntry): TallyEntry {
  return {
    voterId: e.voterId,
    householdKey: e.householdKey,
    at: e.at,
    support: e.support,
    contact: isContact(e),
  };
}

/** TimestampSchema's own test (z.iso.datetime with an offset, at most LIMITS.id characters). */
const DATE_TIME = z.regexes.datetime({ offset: true });
const CODES: ReadonlySet<unknown> = new Set(RESULT_CODES);
const MODES: ReadonlySet<unknown> = new Set(['door', 'phone']);
const ANSWERS: ReadonlySet<unknown> = new Set(['Y', 'N', 'U']);

const text = (v: unknown, min: number, max: number): v is string =>
  typeof v === 'string' && v.length >= min && v.length <= max;
const flag = (v: unknown): boolean => v === undefined || typeof v === 'boolean';
const orDefault = (v: unknown, min: number, max: number): boolean =>
  v === undefined || text(v, min, max);

/** The number of issue answers when `v` plainly fits the schema's `issues`, else -1. */
function issueCount(v: unknown): number {
  if (v === undefined) return 0;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return -1;
  const keys = Object.keys(v);
  if (keys.length > LIMITS.shortList) return -1;
  for (const k of keys) {
    if (k === '__proto__' || !text(k, 1, LIMITS.name)) return -1;
    if (!ANSWERS.has((v as Record<string, unknown>)[k])) return -1;
  }
  return keys.length;
}

/** The fields of a line that plainly fits the schema (defaults applied), or null when unsure. */
function plainly(json: unknown): TallyEntry | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const r = json as Record<string, unknown>;
  const { voterId, support, code, language } = r;
  if (!text(r.id, 1, LIMITS.id) || !text(r.householdKey, 1, LIMITS.short)) return null;
  if (voterId !== null && !text(voterId, 1, LIMITS.id)) return null;
  if (r.turfId !== null && !orDefault(r.turfId, 0, LIMITS.id)) return null;
  if (r.mode !== undefined && !MODES.has(r.mode)) return null;
  if (code !== undefined && code !== null && !CODES.has(code)) return null;
  const answered = typeof support === 'number' && Number.isInteger(support);
  if (support !== undefined && support !== null && !(answered && support >= 1 && support <= 5))
    return null;
  if (!flag(r.volunteer) || !flag(r.yardSign) || !flag(r.needsRide)) return null;
  if (!orDefault(language, 0, LIMITS.name) || !orDefault(r.notes, 0, LIMITS.notes)) return null;
  if (!orDefault(r.canvasser, 0, LIMITS.name)) return null;
  const issues = issueCount(r.issues);
  if (issues < 0 || !text(r.at, 0, LIMITS.id) || !DATE_TIME.test(r.at)) return null;
  return {
    voterId,
    householdKey: r.householdKey,
    at: r.at,
    support: answered ? support : null,
    contact:
      answered ||
      r.volunteer === true ||
      r.yardSign === true ||
      r.needsRide === true ||
      issues > 0 ||
      (typeof language === 'string' && language !== '' && code !== 'LB'),
  };
}

/** A parsed results-file line as the tally reads it; null when the strict reader refuses it. */
export function tallyEntryOf(json: unknown): TallyEntry | null {
  const plain = plainly(json);
  if (plain) return plain;
  const parsed = ResultEntrySchema.safeParse(json);
  return parsed.success ? tallyEntry(parsed.data) : null;
}
