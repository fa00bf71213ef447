/**
 * Canvassing data shapes. Every type is inferred from its zod schema (no duplicated
 * interfaces). Pure module: runs in main, renderer and print routes alike.
 */
import { z } from 'zod';
import { LIMITS } from '../limits';

export const PRESET_IDS = ['ohio', 'north-carolina', 'florida', 'generic'] as const;
export const PresetIdSchema = z.enum(PRESET_IDS);
export type PresetId = z.infer<typeof PresetIdSchema>;
export const PresetChoiceSchema = z.enum([...PRESET_IDS, 'auto']);
export type PresetChoice = z.infer<typeof PresetChoiceSchema>;

export const WALK_MODES = ['odd-even', 'one-side', 'zig-zag'] as const;
/**
 * - `odd-even`: odd numbers ascending, then even numbers descending (out one side, back the other).
 * - `one-side`: odd side ascending, then even side ascending, as two separate runs.
 * - `zig-zag`: cross the street as you go: all house numbers ascending.
 */
export const WalkModeSchema = z.enum(WALK_MODES);
export type WalkMode = z.infer<typeof WalkModeSchema>;

/** One registered voter as kept by Chapterhouse (a compact, normalised row). */
export const VoterSchema = z.object({
  /** State voter ID (Ohio SOS_VOTERID, North Carolina ncid, Florida voter_id). */
  id: z.string().min(1),
  lastName: z.string(),
  firstName: z.string(),
  middleName: z.string(),
  suffix: z.string(),
  /** 'YYYY-MM-DD' when the file has a full birth date, else ''. */
  birthDate: z.string(),
  birthYear: z.number().int().nullable(),
  /** Age on the import's reference date (the file's date unless another was given). */
  age: z.number().int().nullable(),
  /** 'M', 'F', 'U' or '' when the file has no sex/gender column. */
  sex: z.string(),
  party: z.string(),
  status: z.string(),
  /** Normalised house number as printed: '12', '12½', '12A'. '' when none. */
  houseNumber: z.string(),
  /** Normalised street: 'N HIGH ST'. */
  street: z.string(),
  /** Normalised unit as printed: 'APT 2B', '# 4', 'LOT 7'. '' when none. */
  unit: z.string(),
  city: z.string(),
  /** ZIP5 ('' when missing). */
  zip: z.string(),
  precinct: z.string(),
  county: z.string(),
  /** Short vote-history strip, latest first: 'G24 P24 G22 G20'. */
  history: z.string(),
  /** '(614) 555-0142' for a 10-digit US number, else as filed (at most LIMITS.name); '' when none. */
  phone: z.string().max(LIMITS.name),
  /** See household.ts: normalised street address + unit + ZIP5. */
  householdKey: z.string().min(1),
});
export type Voter = z.infer<typeof VoterSchema>;

/** A door: everyone registered at one normalised street address + unit + ZIP5. */
export const HouseholdSchema = z.object({
  key: z.string().min(1),
  houseNumber: z.string(),
  street: z.string(),
  unit: z.string(),
  city: z.string(),
  zip: z.string(),
  precinct: z.string(),
  voterIds: z.array(z.string()).min(1),
});
export type Household = z.infer<typeof HouseholdSchema>;

export const TurfSchema = z.object({
  /** 'T001', 'T002', … in cutting order. */
  id: z.string().min(1),
  precincts: z.array(z.string()),
  streets: z.array(z.string()),
  /** Household keys in walk order. */
  householdKeys: z.array(z.string()),
  doors: z.number().int().nonnegative(),
  voters: z.number().int().nonnegative(),
});
export type Turf = z.infer<typeof TurfSchema>;

export const CutOptionsSchema = z.object({
  doorsPerTurf: z.number().int().min(1).max(10_000).default(50),
  mode: WalkModeSchema.default('odd-even'),
  /** Start a new turf at a street boundary once the current one is at least this full. */
  fillThreshold: z.number().min(0).max(1).default(0.8),
});
export type CutOptionsInput = z.input<typeof CutOptionsSchema>;

export const TurfSetSchema = z.object({
  listId: z.string(),
  cutAt: z.string(),
  options: CutOptionsSchema,
  turfs: z.array(TurfSchema),
});
export type TurfSet = z.infer<typeof TurfSetSchema>;

/** A household in a walk list: its sequence number (1-based) and occupants in list order. */
export const WalkHouseholdSchema = HouseholdSchema.extend({
  seq: z.number().int().positive(),
  occupants: z.array(VoterSchema),
});
export type WalkHousehold = z.infer<typeof WalkHouseholdSchema>;

export const WalkListSchema = z.object({
  listId: z.string(),
  turfId: z.string(),
  county: z.string(),
  precincts: z.array(z.string()),
  people: z.number().int().nonnegative(),
  doors: z.number().int().nonnegative(),
  households: z.array(WalkHouseholdSchema),
});
export type WalkList = z.infer<typeof WalkListSchema>;

export const SkippedRowSchema = z.object({
  /** 1-based physical line number in the file. */
  line: z.number().int().positive(),
  reason: z.string(),
});
export type SkippedRow = z.infer<typeof SkippedRowSchema>;

/** Deceased, Moved, Do Not Walk (off every list), and Do Not Call (off call sheets only). */
export const CHAPTER_MARKS = ['DEC', 'MV', 'DNW', 'DNC'] as const;
export const ChapterMarkReasonSchema = z.enum(CHAPTER_MARKS);
export type ChapterMarkReason = z.infer<typeof ChapterMarkReasonSchema>;

/** Whether a chapter mark takes the voter off walk sheets at `householdKey` (Do Not Call does not). */
export function markSuppresses(
  mark: Pick<ChapterMark, 'reason' | 'householdKey'>,
  householdKey: string,
): boolean {
  if (mark.reason === 'DNC') return false;
  return mark.reason !== 'MV' || mark.householdKey === householdKey;
}

/**
 * A voter the chapter marked Deceased, Moved, Do Not Walk or Do Not Call. A Moved mark suppresses the
 * voter only at the address where they were marked (`householdKey`); a newer file that
 * shows them at a new address brings them back.
 */
export const ChapterMarkSchema = z.object({
  voterId: z.string().min(1),
  reason: ChapterMarkReasonSchema,
  householdKey: z.string(),
  at: z.string(),
});
export type ChapterMark = z.infer<typeof ChapterMarkSchema>;

export const CountyRefSchema = z.object({
  state: z.string(),
  name: z.string(),
  fips: z.string(),
});
export type CountyRef = z.infer<typeof CountyRefSchema>;

export const SuppressionCountsSchema = z.object({
  /** North Carolina confidential_ind = 'Y'. */
  confidential: z.number().int().nonnegative(),
  /** Florida requested_public_records_exemption = 'Y' (address withheld). */
  exempt: z.number().int().nonnegative(),
  /** Status marks removal, death or a move (e.g. NC status REMOVED / DENIED). */
  status: z.number().int().nonnegative(),
  /** Marked Deceased, Moved or Do Not Walk by the chapter. */
  chapter: z.number().int().nonnegative(),
});
export type SuppressionCounts = z.infer<typeof SuppressionCountsSchema>;

export const ImportSummarySchema = z.object({
  file: z.string(),
  fileSize: z.number().int().nonnegative(),
  /** The file's date: the date supplied, else the file's modification time (ISO). */
  fileDate: z.string(),
  importedAt: z.string(),
  preset: PresetIdSchema,
  delimiter: z.string(),
  encoding: z.enum(['utf-8', 'latin1']),
  hasHeader: z.boolean(),
  county: CountyRefSchema.nullable(),
  /** Data rows read (lines that held a record, header excluded). */
  rows: z.number().int().nonnegative(),
  voters: z.number().int().nonnegative(),
  households: z.number().int().nonnegative(),
  duplicates: z.number().int().nonnegative(),
  outsideCounty: z.number().int().nonnegative(),
  suppressed: SuppressionCountsSchema,
  skippedCount: z.number().int().nonnegative(),
  /** The first skipped rows (capped); skippedCount has them all. */
  skipped: z.array(SkippedRowSchema),
  /** History columns recognised, latest first ('G24', 'P24', …). */
  elections: z.array(z.string()),
  warnings: z.array(z.string()),
  ms: z.number().nonnegative(),
});
export type ImportSummary = z.infer<typeof ImportSummarySchema>;

export const ImportProgressSchema = z.object({
  bytesRead: z.number().nonnegative(),
  totalBytes: z.number().nonnegative(),
  rows: z.number().int().nonnegative(),
  /** 0..1 */
  fraction: z.number().min(0).max(1),
});
export type ImportProgress = z.infer<typeof ImportProgressSchema>;

export const IMPORT_ERROR_CODES = [
  'unreadable',
  'empty',
  'binary',
  'unknown-layout',
  'unknown-county',
  'no-voters',
  'too-large',
  'older-file',
  'cancelled',
  'failed',
] as const;
export const ImportErrorSchema = z.object({
  code: z.enum(IMPORT_ERROR_CODES),
  message: z.string(),
  /** Rows skipped before the import stopped, when any. */
  skipped: z.array(SkippedRowSchema).optional(),
});
export type ImportError = z.infer<typeof ImportErrorSchema>;

/** How a re-import changed the list, by state voter ID. */
export const ImportDiffSchema = z.object({
  previousFileDate: z.string(),
  added: z.number().int().nonnegative(),
  removed: z.number().int().nonnegative(),
  addressChanged: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
  /** Up to 200 IDs of each kind, for display. */
  addedIds: z.array(z.string()),
  removedIds: z.array(z.string()),
  addressChangedIds: z.array(z.string()),
});
export type ImportDiff = z.infer<typeof ImportDiffSchema>;

export const ImportRecordSchema = z.object({
  summary: ImportSummarySchema,
  diff: ImportDiffSchema.nullable(),
});

/** A stored voter list (one per county, or per imported file for the generic preset). */
export const VoterListMetaSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
  name: z.string(),
  state: z.string(),
  county: CountyRefSchema.nullable(),
  preset: PresetIdSchema,
  fileDate: z.string(),
  importedAt: z.string(),
  voters: z.number().int().nonnegative(),
  households: z.number().int().nonnegative(),
  /** Every import of this list, oldest first. */
  imports: z.array(ImportRecordSchema),
  marks: z.array(ChapterMarkSchema),
  /** File name (in the voters folder) of the current voter rows. */
  votersFile: z.string().regex(/^[a-z0-9][a-z0-9.-]*\.ndjson$/),
  /** True when the voter rows changed since the turfs were cut. */
  turfsStale: z.boolean(),
});
export type VoterListMeta = z.infer<typeof VoterListMetaSchema>;
