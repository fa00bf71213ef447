/**
 * Canvassing channels: voter-list import (a job in main: start, poll progress, cancel),
 * lists, turfs, walk lists, results back in, statistics, chapter marks, packets and CSV.
 * The renderer never sees a path: main asks the person for the voter file and for where
 * to save.
 */
import { z } from 'zod';
import {
  ChapterMarkReasonSchema,
  ChapterMarkSchema,
  CutOptionsSchema,
  ImportDiffSchema,
  ImportErrorSchema,
  ImportSummarySchema,
  PresetChoiceSchema,
  PresetIdSchema,
  TurfSchema,
  VoterListMetaSchema,
  WalkListSchema,
} from '../canvass/schema';
import { CanvassStatsSchema, ResultEntryInputSchema, ResultEntrySchema } from '../canvass/results';
import { CallFieldSchema } from '../canvass/callSheet';
import { LIMITS } from '../limits';
import { DateSchema, IdSchema, listOf, tooLong } from '../schema/common';
import { patchOf } from '../schema/patch';
import { SavedFileSchema } from './app';
import { CsvTextSchema, columnMappingOf, importPreviewOf, importProblemOf } from './csvImport';
import { channels } from './define';

const text = (label: string, max: number) => z.string().trim().max(max, tooLong(label, max));
/** A voter's ID in the state's file. */
const VoterIdSchema = z.string().min(1).max(LIMITS.id, tooLong('The voter ID', LIMITS.id));

export const ListIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Not a voter list name');
export const TurfIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,32}$/, 'Not a turf ID');
const JobIdSchema = z.string().regex(/^[a-z0-9-]{1,64}$/);

export const ImportStartSchema = z.object({
  preset: PresetChoiceSchema.default('auto'),
  /** County name or FIPS to keep (a statewide file), or null for every row. */
  county: text('The county', LIMITS.name).nullable().default(null),
  /** The file's date when its modification time is not it ('' = the file's time). */
  fileDate: z.union([z.literal(''), DateSchema]).default(''),
  /** Re-import into this list (a newer file of the same county). */
  listId: ListIdSchema.optional(),
  /** The file chosen with canvass.chooseFile (main keeps its path); none: main asks now. */
  token: z
    .string()
    .regex(/^[a-z0-9-]{1,64}$/)
    .optional(),
  allowOlder: z.boolean().default(false),
});

export const ImportJobSchema = z.object({
  jobId: z.string(),
  fileName: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  bytesRead: z.number().nonnegative(),
  totalBytes: z.number().nonnegative(),
  rows: z.number().int().nonnegative(),
  fraction: z.number().min(0).max(1),
  list: VoterListMetaSchema.nullable(),
  summary: ImportSummarySchema.nullable(),
  diff: ImportDiffSchema.nullable(),
  error: ImportErrorSchema.nullable(),
});
export type ImportJob = z.infer<typeof ImportJobSchema>;

/** How a chosen file's columns map to what Chapterhouse reads, before importing. */
export const FilePreviewSchema = z.object({
  fileName: z.string(),
  fileSize: z.number().nonnegative(),
  encoding: z.string(),
  delimiter: z.string(),
  hasHeader: z.boolean(),
  preset: PresetIdSchema.nullable(),
  mapping: z.array(z.object({ field: z.string(), column: z.string().nullable() })),
  /** Required columns not found (the import would refuse the file). */
  missing: z.array(z.string()),
  /** The first data rows as voter ID, name, address, city, ZIP, precinct. */
  sample: z.array(z.array(z.string())),
  error: z.string().nullable(),
});
export type FilePreview = z.infer<typeof FilePreviewSchema>;

/** A turf without its household keys (a county can have thousands of turfs). */
export const TurfSummarySchema = TurfSchema.omit({ householdKeys: true });

export const TurfListSchema = z.object({
  cutAt: z.string(),
  options: CutOptionsSchema,
  stale: z.boolean(),
  turfs: z.array(TurfSummarySchema),
});
export type TurfList = z.infer<typeof TurfListSchema>;

/** What prints on every packet: the script and who to call (kept with the voter data). */
export const CanvassSettingsSchema = z.object({
  script: text('The script', LIMITS.packetScript).default(''),
  /** What a caller says on the phone (printed on every call sheet). */
  callScript: text('The calling script', LIMITS.packetScript).default(''),
  organiserName: text('The organiser’s name', LIMITS.name).default(''),
  organiserPhone: text('The organiser’s phone', LIMITS.name).default(''),
});
export type CanvassSettings = z.infer<typeof CanvassSettingsSchema>;
/** `canvass.saveSettings`: the settings to change; the others keep their saved values. */
export const CanvassSettingsPatchSchema = patchOf(CanvassSettingsSchema);
export type CanvassSettingsPatch = z.output<typeof CanvassSettingsPatchSchema>;

export const PacketParamsSchema = z.object({
  listId: ListIdSchema,
  turfId: TurfIdSchema,
  /** Only the Not Home and Come Back doors (and doors not knocked yet). */
  remaining: z.boolean().default(false),
  canvasser: text('The canvasser', LIMITS.name).default(''),
  date: z.union([z.literal(''), DateSchema]).default(''),
  /** A GOTV shift's packet: each voter's vote plan and ride for this election are printed. */
  electionId: IdSchema.optional(),
});

/** Everything a walk packet's print route needs, from the data alone. */
export const PacketDataSchema = z.object({
  chapterName: z.string(),
  sample: z.boolean(),
  state: z.string(),
  county: z.string(),
  countyFips: z.string().nullable(),
  packetId: z.string(),
  remaining: z.boolean(),
  canvasser: z.string(),
  date: z.string(),
  script: z.string(),
  organiserName: z.string(),
  organiserPhone: z.string(),
  fileDate: z.string(),
  walkList: WalkListSchema,
  /** The chapter's flyer for this county (or its only flyer), printed after the sheets. */
  flyerId: z.string().nullable(),
  /** For a GOTV election's sheet: its name and each listed voter's plan in words. */
  gotv: z
    .object({
      election: z.string(),
      plans: z.array(z.object({ voterId: z.string(), text: z.string() })),
    })
    .optional(),
});
export type PacketData = z.infer<typeof PacketDataSchema>;

export const CallSheetParamsSchema = z.object({
  listId: ListIdSchema,
  turfId: TurfIdSchema,
  caller: text('The caller', LIMITS.name).default(''),
  date: z.union([z.literal(''), DateSchema]).default(''),
  /** A GOTV phone bank's sheet: each voter's vote plan and ride for this election. */
  electionId: IdSchema.optional(),
});

/** Everything a call sheet's print route needs: the packet's facts, the calling script, the list. */
export const CallSheetDataSchema = PacketDataSchema.omit({
  remaining: true,
  canvasser: true,
  walkList: true,
  flyerId: true,
}).extend({ caller: z.string(), callList: WalkListSchema });
export type CallSheetData = z.infer<typeof CallSheetDataSchema>;

/** A filled call sheet (CSV) and the column of each field; the turf it was cut from. */
const CallsImportSchema = z.object({
  listId: ListIdSchema,
  turfId: TurfIdSchema,
  csv: CsvTextSchema,
  mapping: columnMappingOf(
    CallFieldSchema,
    'voterId',
    'Choose the column that holds the voter ID',
  ).optional(),
});
const CallProblemSchema = importProblemOf(CallFieldSchema);
export const CallsPreviewSchema = importPreviewOf(
  CallFieldSchema,
  z.object({ line: z.number(), voterId: z.string(), name: z.string(), answer: z.string() }),
).extend({ uncalled: z.int().nonnegative() });
export type CallsPreview = z.infer<typeof CallsPreviewSchema>;

const list = z.object({ listId: ListIdSchema });
const turf = z.object({ listId: ListIdSchema, turfId: TurfIdSchema });
const none = z.undefined();

export const canvassChannels = channels({
  'canvass.lists': { input: none, output: z.array(VoterListMetaSchema) },
  'canvass.list': { input: list, output: VoterListMetaSchema },
  'canvass.deleteList': { input: list, output: z.object({ deleted: z.boolean() }) },
  /** Asks the person for a voter file; main keeps its path under the token (null: cancelled). */
  'canvass.chooseFile': {
    input: none,
    output: z.object({ token: z.string().nullable(), fileName: z.string().nullable() }),
  },
  'canvass.previewFile': {
    input: z.object({
      token: z.string().regex(/^[a-z0-9-]{1,64}$/),
      preset: PresetChoiceSchema.default('auto'),
    }),
    output: FilePreviewSchema,
  },
  /** Imports the chosen file (or asks for one) in main as a job; null when they cancel. */
  'canvass.importStart': {
    input: ImportStartSchema,
    output: z.object({ jobId: z.string().nullable(), fileName: z.string().nullable() }),
  },
  'canvass.importProgress': { input: z.object({ jobId: JobIdSchema }), output: ImportJobSchema },
  'canvass.importCancel': {
    input: z.object({ jobId: JobIdSchema }),
    output: z.object({ cancelled: z.boolean() }),
  },
  'canvass.cutTurfs': {
    input: z.object({
      listId: ListIdSchema,
      doorsPerTurf: z
        .int('Enter the doors per turf as a whole number, from 1 to 10,000')
        .min(1, 'A turf has at least 1 door')
        .max(10_000, 'A turf has at most 10,000 doors')
        .default(50),
      mode: CutOptionsSchema.shape.mode,
    }),
    output: TurfListSchema,
  },
  'canvass.turfs': { input: list, output: TurfListSchema.nullable() },
  'canvass.walkList': {
    input: turf.extend({ remaining: z.boolean().default(false) }),
    output: WalkListSchema,
  },
  'canvass.results': { input: turf, output: z.array(ResultEntrySchema) },
  'canvass.recordResults': {
    input: z.object({
      listId: ListIdSchema,
      entries: listOf(ResultEntryInputSchema, LIMITS.list, 'results at once').min(1),
    }),
    output: z.object({ recorded: z.int() }),
  },
  'canvass.stats': {
    input: z.object({ listId: ListIdSchema, turfId: TurfIdSchema.optional() }),
    output: CanvassStatsSchema,
  },
  'canvass.markVoter': {
    input: z.object({
      listId: ListIdSchema,
      voterId: VoterIdSchema,
      reason: ChapterMarkReasonSchema,
    }),
    output: ChapterMarkSchema,
  },
  'canvass.unmarkVoter': {
    input: z.object({ listId: ListIdSchema, voterId: VoterIdSchema }),
    output: z.object({ unmarked: z.boolean() }),
  },
  'canvass.settings': { input: none, output: CanvassSettingsSchema },
  'canvass.saveSettings': { input: CanvassSettingsPatchSchema, output: CanvassSettingsSchema },
  'canvass.packet': { input: PacketParamsSchema, output: PacketDataSchema },
  /** The turf's voters who can be called, households whole, in walk order. */
  'canvass.callList': { input: turf, output: WalkListSchema },
  'canvass.callSheet': { input: CallSheetParamsSchema, output: CallSheetDataSchema },
  /** The call list as a CSV a caller fills at home, saved where the person chooses. */
  'canvass.saveCallCsv': { input: turf, output: SavedFileSchema },
  /** What importing a filled call sheet would record, and every problem by line. */
  'canvass.callsPreview': { input: CallsImportSchema, output: CallsPreviewSchema },
  /** Records the filled sheet's calls (rows with problems are skipped and listed). */
  'canvass.importCalls': {
    input: CallsImportSchema,
    output: z.object({
      recorded: z.int(),
      duplicates: z.int(),
      problems: z.array(CallProblemSchema),
    }),
  },
  /** The list's results as the count room's IDS.csv (`npm run gotv -- --ids`), saved. */
  'canvass.saveIdsCsv': { input: list, output: SavedFileSchema },
  /** The turf in walk order as CSV, saved where the person chooses. */
  'canvass.saveCsv': {
    input: turf.extend({ remaining: z.boolean().default(false) }),
    output: SavedFileSchema,
  },
});
