/**
 * Results back in from the doors, and the statistics organisers watch.
 *
 * Definitions (documented here because organisers' tools differ):
 * - An entry is about one voter (`voterId`) or, with `voterId: null`, the whole door.
 * - A **contact** is a conversation: an entry with any survey answer (support 1–5, an
 *   issue answer, volunteer / yard sign / needs a ride, or a language noted without the
 *   Language Barrier code). Result codes alone are never contacts: Refused, Not Home,
 *   Literature left and the rest record that no conversation happened.
 * - Entries are door results or phone results (`mode`), in one store: a voter reached twice
 *   (at the door and on the phone) is one person contacted, and their latest answer counts.
 * - **Doors knocked**: households with at least one door entry. **Contacts** (for the rate):
 *   knocked households where at least one door contact happened. **Contact rate** =
 *   contacts / doors knocked; a warning is given outside 10–30% once at least 20 doors are
 *   knocked (far outside that band usually means data-entry errors).
 * - **Calls**: voters with at least one phone entry; **call contacts**: those reached.
 * - **Remaining doors** (re-print): households in the turf with no contact (door or phone)
 *   and no door-closing code at the door (REF, INAC, LB, WA, DNW, LIT), and with at least
 *   one occupant not recorded as Moved or Deceased: that is, the Not Home and Come Back
 *   doors, plus — by default — doors nobody has knocked yet.
 * - Support distribution: each voter's latest support answer, door or phone.
 */
import { z } from 'zod';
import { LIMITS } from '../limits';
import { boundedText, recordOf, TimestampSchema } from '../schema/common';
import type { Household } from './schema';

export const RESULT_CODES = [
  'NH',
  'REF',
  'MV',
  'DEC',
  'INAC',
  'LB',
  'CB',
  'WA',
  'DNW',
  'LIT',
] as const;
export const ResultCodeSchema = z.enum(RESULT_CODES);
export type ResultCode = z.infer<typeof ResultCodeSchema>;

/** Spelled out for walk sheets and the grid: bare abbreviations confuse tired walkers. */
export const RESULT_LABELS: Readonly<Record<ResultCode, string>> = {
  NH: 'Not Home',
  REF: 'Refused',
  MV: 'Moved',
  DEC: 'Deceased',
  INAC: 'Inaccessible',
  LB: 'Language Barrier',
  CB: 'Come Back',
  WA: 'Wrong Address / Vacant',
  DNW: 'Do Not Walk',
  LIT: 'Literature left',
};

/** Suggested single keys for the results grid. */
export const RESULT_KEYS: Readonly<Record<string, ResultCode>> = {
  n: 'NH',
  r: 'REF',
  m: 'MV',
  d: 'DEC',
  i: 'INAC',
  l: 'LB',
  c: 'CB',
  w: 'WA',
  x: 'DNW',
  t: 'LIT',
};

export const SUPPORT_LABELS: Readonly<Record<1 | 2 | 3 | 4 | 5, string>> = {
  1: 'Strong support',
  2: 'Lean support',
  3: 'Undecided',
  4: 'Lean oppose',
  5: 'Strong oppose',
};

/** Codes after which the door is not knocked again in this campaign. */
export const DOOR_CLOSING_CODES: ReadonlySet<ResultCode> = new Set([
  'REF',
  'INAC',
  'LB',
  'WA',
  'DNW',
  'LIT',
]);
/**
 * Codes that go with a conversation: a support answer may sit beside them (they talked, and
 * asked to be called back). Every other code says nobody talked, so a support answer next to
 * it ("Refused" with "Support 1") is refused as a contradiction.
 */
export const CONVERSATION_CODES: ReadonlySet<ResultCode> = new Set(['CB']);

/** Why a result's support answer contradicts its code, or null when they agree. */
export function supportConflict(e: {
  code?: ResultCode | null | undefined;
  support?: number | null | undefined;
}): string | null {
  if (e.support === null || e.support === undefined || !e.code) return null;
  if (CONVERSATION_CODES.has(e.code)) return null;
  return `Support ${e.support} is an answer from a conversation, but “${RESULT_LABELS[e.code]}” says none happened: keep one of them.`;
}

/** Codes that retire one voter (the rest of the household may still be reached). */
export const VOTER_CLOSING_CODES: ReadonlySet<ResultCode> = new Set(['MV', 'DEC']);
/** Codes that suppress the voter from future lists automatically (DEC needs verifying first). */
export const AUTO_SUPPRESS_CODES: ReadonlySet<ResultCode> = new Set(['MV', 'DNW']);

/** How the voter was reached: at the door (walk sheets) or on the phone (call sheets). */
export const CONTACT_MODES = ['door', 'phone'] as const;
export const ContactModeSchema = z.enum(CONTACT_MODES);
export type ContactMode = z.infer<typeof ContactModeSchema>;

export const IssueAnswerSchema = z.enum(['Y', 'N', 'U']);

/** An issue's name as the survey asks it ("housing", "transit"). */
const IssueNameSchema = boundedText('An issue', LIMITS.name).min(1);

export const ResultEntrySchema = z.object({
  id: boundedText('The id', LIMITS.id).min(1),
  /** State voter ID; null when the entry is about the whole door (e.g. Not Home). */
  voterId: boundedText('The voter ID', LIMITS.id).min(1).nullable(),
  /** The door's normalised address (household.ts). */
  householdKey: boundedText('The household', LIMITS.short).min(1),
  turfId: boundedText('The turf', LIMITS.id).nullable().default(null),
  /** Older results files have none: they were all door results. */
  mode: ContactModeSchema.default('door'),
  code: ResultCodeSchema.nullable().default(null),
  support: z.number().int().min(1).max(5).nullable().default(null),
  volunteer: z.boolean().default(false),
  yardSign: z.boolean().default(false),
  needsRide: z.boolean().default(false),
  /** Language for a bilingual follow-up (with LB) or a language-preference answer. */
  language: boundedText('The language', LIMITS.name).default(''),
  issues: recordOf(IssueNameSchema, IssueAnswerSchema, LIMITS.shortList, 'issues').default({}),
  notes: boundedText('The notes', LIMITS.notes).default(''),
  canvasser: boundedText('The canvasser', LIMITS.name).default(''),
  /** ISO date-time of the knock (or of data entry when unknown), with its offset. */
  at: TimestampSchema,
});
export type ResultEntry = z.infer<typeof ResultEntrySchema>;

/**
 * What the grid and the call-sheet import send: id and time are filled in by the service
 * when missing, and the household from the voter when only `voterId` is given. A support
 * answer beside a code that says nobody talked is refused (stored results are read as they
 * are: older files may hold such slips, counted by `isInconsistent`).
 */
export const ResultEntryInputSchema = ResultEntrySchema.extend({
  id: ResultEntrySchema.shape.id.optional(),
  at: TimestampSchema.optional(),
  householdKey: ResultEntrySchema.shape.householdKey.optional(),
}).superRefine((e, ctx) => {
  const conflict = supportConflict(e);
  if (conflict) ctx.addIssue({ code: 'custom', path: ['support'], message: conflict });
});
export type ResultEntryInput = z.input<typeof ResultEntryInputSchema>;

/** A result in words: 'Refused', 'Support 2, Volunteer, Note: call after 6'. */
export function resultSummary(e: {
  code?: ResultCode | null | undefined;
  support?: number | null | undefined;
  volunteer?: boolean | undefined;
  yardSign?: boolean | undefined;
  needsRide?: boolean | undefined;
  language?: string | undefined;
  notes?: string | undefined;
}): string {
  return [
    e.code ? RESULT_LABELS[e.code] : '',
    e.support ? `Support ${e.support}` : '',
    e.volunteer ? 'Volunteer' : '',
    e.yardSign ? 'Yard sign' : '',
    e.needsRide ? 'Needs a ride' : '',
    e.language?.trim() ? `Language: ${e.language.trim()}` : '',
    e.notes?.trim() ? `Note: ${e.notes.trim()}` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

export function isContact(e: ResultEntry): boolean {
  return (
    e.support !== null ||
    e.volunteer ||
    e.yardSign ||
    e.needsRide ||
    Object.keys(e.issues).length > 0 ||
    (e.language !== '' && e.code !== 'LB')
  );
}

/** A result code that says nobody talked, next to a survey answer: likely a data-entry slip. */
export function isInconsistent(e: ResultEntry): boolean {
  return e.code !== null && e.code !== 'LB' && e.code !== 'CB' && isContact(e);
}

export const CanvassStatsSchema = z.object({
  doors: z.number().int().nonnegative(),
  voters: z.number().int().nonnegative(),
  entries: z.number().int().nonnegative(),
  doorsKnocked: z.number().int().nonnegative(),
  contacts: z.number().int().nonnegative(),
  peopleContacted: z.number().int().nonnegative(),
  /** contacts / doorsKnocked; null before any door is knocked. */
  contactRate: z.number().nullable(),
  contactRateWarning: z.string().nullable(),
  byCode: z.record(ResultCodeSchema, z.number().int().nonnegative()),
  support: z.object({ 1: z.number(), 2: z.number(), 3: z.number(), 4: z.number(), 5: z.number() }),
  volunteers: z.number().int().nonnegative(),
  yardSigns: z.number().int().nonnegative(),
  needsRide: z.number().int().nonnegative(),
  remainingDoors: z.number().int().nonnegative(),
  /** Voters called (any phone entry), and those reached on the phone. */
  calls: z.number().int().nonnegative(),
  callContacts: z.number().int().nonnegative(),
  inconsistentEntries: z.number().int().nonnegative(),
  /** Lines of the list's results file that could not be read (a write cut off): not counted. */
  damagedLines: z.number().int().nonnegative(),
});
export type CanvassStats = z.infer<typeof CanvassStatsSchema>;

export const CONTACT_RATE_BAND = { low: 0.1, high: 0.3, minDoors: 20 } as const;

function byHousehold(
  entries: readonly ResultEntry[],
  keys: ReadonlySet<string>,
): Map<string, ResultEntry[]> {
  const map = new Map<string, ResultEntry[]>();
  for (const e of entries) {
    if (!keys.has(e.householdKey)) continue;
    const list = map.get(e.householdKey);
    if (list) list.push(e);
    else map.set(e.householdKey, [e]);
  }
  return map;
}

function isRemaining(
  h: Household,
  entries: readonly ResultEntry[] | undefined,
  includeUnknocked: boolean,
): boolean {
  if (!entries || entries.length === 0) return includeUnknocked;
  const retired = new Set<string>();
  for (const e of entries) {
    if (isContact(e)) return false;
    if (e.mode === 'door' && e.code && DOOR_CLOSING_CODES.has(e.code)) return false;
    if (e.code && VOTER_CLOSING_CODES.has(e.code) && e.voterId) retired.add(e.voterId);
  }
  return h.voterIds.some((id) => !retired.has(id));
}

/** Households still to knock, in the order given (pass them in walk order). */
export function remainingHouseholds<H extends Household>(
  households: readonly H[],
  entries: readonly ResultEntry[],
  options: { includeUnknocked?: boolean } = {},
): H[] {
  const includeUnknocked = options.includeUnknocked ?? true;
  const grouped = byHousehold(entries, new Set(households.map((h) => h.key)));
  return households.filter((h) => isRemaining(h, grouped.get(h.key), includeUnknocked));
}

/**
 * Statistics over the given households (a turf, or a whole county list); `damagedLines` is how
 * many lines of the results file could not be read, said beside them.
 */
export function computeStats(
  households: readonly Household[],
  entries: readonly ResultEntry[],
  damagedLines = 0,
): CanvassStats {
  const keys = new Set(households.map((h) => h.key));
  const grouped = byHousehold(entries, keys);
  const byCode = Object.fromEntries(RESULT_CODES.map((c) => [c, 0])) as Record<ResultCode, number>;
  const latestSupport = new Map<string, { at: string; support: number }>();
  const contacted = new Set<string>();
  const volunteers = new Set<string>();
  const yardSigns = new Set<string>();
  const rides = new Set<string>();
  const called = new Set<string>();
  const reached = new Set<string>();
  let knocked = 0;
  let contacts = 0;
  let inconsistent = 0;
  let count = 0;
  let voters = 0;
  for (const h of households) voters += h.voterIds.length;
  for (const [key, list] of grouped) {
    let doorContact = false;
    let doorEntry = false;
    for (const e of list) {
      count++;
      if (e.code) byCode[e.code]++;
      if (isInconsistent(e)) inconsistent++;
      const who = e.voterId ?? `door:${key}`;
      const phone = e.mode === 'phone';
      if (phone) called.add(who);
      else doorEntry = true;
      if (!isContact(e)) continue;
      if (phone) reached.add(who);
      else doorContact = true;
      contacted.add(who);
      if (e.volunteer) volunteers.add(who);
      if (e.yardSign) yardSigns.add(who);
      if (e.needsRide) rides.add(who);
      if (e.support !== null) {
        const prev = latestSupport.get(who);
        if (!prev || prev.at <= e.at) latestSupport.set(who, { at: e.at, support: e.support });
      }
    }
    if (doorEntry) knocked++;
    if (doorContact) contacts++;
  }
  const support = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  for (const { support: s } of latestSupport.values()) support[s as 1 | 2 | 3 | 4 | 5]++;
  const rate = knocked > 0 ? contacts / knocked : null;
  let warning: string | null = null;
  if (rate !== null && knocked >= CONTACT_RATE_BAND.minDoors) {
    const pct = Math.round(rate * 100);
    if (rate < CONTACT_RATE_BAND.low || rate > CONTACT_RATE_BAND.high) {
      warning = `Contact rate ${pct}% is outside the usual 10–30%: check the entered results for slips.`;
    }
  }
  return {
    doors: households.length,
    voters,
    entries: count,
    doorsKnocked: knocked,
    contacts,
    peopleContacted: contacted.size,
    contactRate: rate,
    contactRateWarning: warning,
    byCode,
    support,
    volunteers: volunteers.size,
    yardSigns: yardSigns.size,
    needsRide: rides.size,
    remainingDoors: households.filter((h) => isRemaining(h, grouped.get(h.key), true)).length,
    calls: called.size,
    callContacts: reached.size,
    inconsistentEntries: inconsistent,
    damagedLines,
  };
}
