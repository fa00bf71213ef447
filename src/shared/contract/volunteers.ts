/**
 * Volunteers and shifts: who volunteers for what (found by skill, language, county and
 * availability), their CSV import with duplicates flagged, shifts and events with sign-ups
 * and attendance, what each volunteer did, and the data of a shift's printed sheets.
 */
import { z } from 'zod';
import { LIMITS } from '../limits';
import { IdSchema, listOf } from '../schema/common';
import { VolunteerRecordSchema, ShiftResultsSchema } from '../volunteers/activity';
import { VolunteerFilterSchema } from '../volunteers/filter';
import {
  AvailabilitySchema,
  SkillSchema,
  VolunteerInputSchema,
  VolunteerSchema,
  VolunteerViewSchema,
} from '../volunteers/schema';
import {
  ShiftInputSchema,
  ShiftSchema,
  SignupStatusSchema,
  SignupSchema,
} from '../volunteers/shifts';
import { CsvTextSchema, columnMappingOf, importPreviewOf, importProblemOf } from './csvImport';
import { channels } from './define';

export const VOLUNTEER_FIELDS = [
  'name',
  'email',
  'phone',
  'skills',
  'languages',
  'homeCounty',
  'travelCounties',
  'availability',
  'doNotContact',
  'notes',
] as const;
export const VolunteerFieldSchema = z.enum(VOLUNTEER_FIELDS);
export type VolunteerField = z.infer<typeof VolunteerFieldSchema>;

/** One problem of one row, with its column (a row with several is reported once for each). */
export const VolunteerImportProblemSchema = importProblemOf(VolunteerFieldSchema);
export type VolunteerImportProblem = z.infer<typeof VolunteerImportProblemSchema>;

export const VolunteerMappingSchema = columnMappingOf(
  VolunteerFieldSchema,
  'name',
  'Map a column to the volunteer’s name',
);
export type VolunteerMapping = z.infer<typeof VolunteerMappingSchema>;

/** Someone a row may be: a volunteer or a member on file, or an earlier line of the file. */
export const DuplicateSchema = z.object({
  by: z.enum(['email', 'phone']),
  kind: z.enum(['volunteer', 'member', 'line']),
  name: z.string(),
  /** The member's id (a row can become that member's volunteer record). */
  memberId: z.string().optional(),
  line: z.number().optional(),
});
export type Duplicate = z.infer<typeof DuplicateSchema>;

export const VolunteerImportRowSchema = z.object({
  line: z.number(),
  name: z.string(),
  email: z.string().optional(),
  phone: z.string().optional(),
  skills: z.array(SkillSchema),
  languages: z.array(z.string()),
  homeCounty: z.string().optional(),
  travelCounties: z.array(z.string()),
  availability: z.array(AvailabilitySchema),
  doNotContact: z.boolean(),
  /** Who the row may already be; empty when nobody. A duplicate is skipped unless told. */
  duplicates: z.array(DuplicateSchema),
});
export type VolunteerImportRow = z.infer<typeof VolunteerImportRowSchema>;

export const VolunteerImportPreviewSchema = importPreviewOf(
  VolunteerFieldSchema,
  VolunteerImportRowSchema,
);
export type VolunteerImportPreview = z.infer<typeof VolunteerImportPreviewSchema>;

/**
 * What to do with a flagged row: `add` it as a new volunteer anyway, or `link` it to the
 * member it matches (their volunteer record, with the member's contact details). Flagged
 * rows given no choice are skipped.
 */
export const DuplicateChoiceSchema = z.object({
  line: z.int().min(1),
  choice: z.enum(['add', 'link']),
});
export type DuplicateChoice = z.infer<typeof DuplicateChoiceSchema>;

export const VolunteerImportResultSchema = z.object({
  added: z.number(),
  linked: z.number(),
  /** Lines skipped as duplicates (no choice given). */
  skippedDuplicates: z.array(z.number()),
  problems: z.array(VolunteerImportProblemSchema),
});

/** A sign-up with the volunteer's name and contact details resolved. */
export const RosterEntrySchema = SignupSchema.extend({
  name: z.string(),
  email: z.string().optional(),
  phone: z.string().optional(),
  languages: z.array(z.string()),
  doNotContact: z.boolean(),
});
export type RosterEntry = z.infer<typeof RosterEntrySchema>;

export const ShiftSummarySchema = ShiftSchema.omit({ signups: true }).extend({
  taken: z.int().nonnegative(),
  attended: z.int().nonnegative(),
});
export type ShiftSummary = z.infer<typeof ShiftSummarySchema>;

export const ShiftViewSchema = ShiftSchema.extend({
  roster: z.array(RosterEntrySchema),
  taken: z.int().nonnegative(),
  /** It has started: who attended (or did not) can be marked. */
  started: z.boolean(),
  /** The doors and conversations counted for the shift (src/shared/volunteers/activity.ts). */
  results: ShiftResultsSchema.nullable(),
  /** Why `results` is null for a shift with a turf (its voter list is gone), if it is. */
  resultsNote: z.string().nullable(),
});
export type ShiftView = z.infer<typeof ShiftViewSchema>;

/** What a shift's sign-up sheet and roster print, from the data alone. */
export const ShiftPrintSchema = z.object({
  chapterName: z.string(),
  sample: z.boolean(),
  shift: ShiftViewSchema,
  countyName: z.string().nullable(),
  organiserName: z.string(),
  organiserPhone: z.string(),
});
export type ShiftPrint = z.infer<typeof ShiftPrintSchema>;

const ById = z.object({ id: IdSchema });

export const volunteersChannels = channels({
  'volunteers.list': {
    input: VolunteerFilterSchema.optional(),
    output: z.array(VolunteerViewSchema),
  },
  'volunteers.get': {
    input: ById,
    output: z.object({ volunteer: VolunteerViewSchema, record: VolunteerRecordSchema }),
  },
  'volunteers.add': { input: VolunteerInputSchema, output: VolunteerSchema },
  'volunteers.update': {
    input: z.object({ id: IdSchema, volunteer: VolunteerInputSchema }),
    output: VolunteerSchema,
  },
  'volunteers.importPreview': {
    input: z.object({ csv: CsvTextSchema, mapping: VolunteerMappingSchema.optional() }),
    output: VolunteerImportPreviewSchema,
  },
  'volunteers.importCommit': {
    input: z.object({
      csv: CsvTextSchema,
      mapping: VolunteerMappingSchema,
      choices: listOf(DuplicateChoiceSchema, LIMITS.list, 'choices').default([]),
    }),
    output: VolunteerImportResultSchema,
  },
  'shifts.list': { input: z.undefined(), output: z.array(ShiftSummarySchema) },
  'shifts.get': { input: ById, output: ShiftViewSchema },
  'shifts.add': { input: ShiftInputSchema, output: ShiftSchema },
  'shifts.update': {
    input: z.object({ id: IdSchema, shift: ShiftInputSchema }),
    output: ShiftSchema,
  },
  'shifts.signUp': {
    input: z.object({ shiftId: IdSchema, volunteerId: IdSchema }),
    output: ShiftViewSchema,
  },
  'shifts.setStatus': {
    input: z.object({ shiftId: IdSchema, volunteerId: IdSchema, status: SignupStatusSchema }),
    output: ShiftViewSchema,
  },
  'shifts.print': { input: ById, output: ShiftPrintSchema },
});
