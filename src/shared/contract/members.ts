import { z } from 'zod';
import { LIMITS } from '../limits';
import { IdSchema, tooLong } from '../schema/common';
import { MemberInputSchema, MemberPatchSchema, MemberSchema } from '../schema/member';
import { CsvTextSchema, columnMappingOf, importPreviewOf, importProblemOf } from './csvImport';
import { channels } from './define';

export const MEMBER_FIELDS = ['name', 'county', 'email', 'phone', 'roles', 'joined'] as const;
export const MemberFieldSchema = z.enum(MEMBER_FIELDS);
export type MemberField = z.infer<typeof MemberFieldSchema>;

/** For each member field, the CSV column (header text) that holds it, if any. */
export const ColumnMappingSchema = columnMappingOf(
  MemberFieldSchema,
  'name',
  'Map a column to the member name',
);
export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;

/** One problem of one CSV row: a row with several problems is reported once for each. */
export const ImportProblemSchema = importProblemOf(MemberFieldSchema);
export type ImportProblem = z.infer<typeof ImportProblemSchema>;

export const MemberImportPreviewSchema = importPreviewOf(
  MemberFieldSchema,
  z.object({
    line: z.number(),
    name: z.string(),
    county: z.string().optional(),
    email: z.string().optional(),
    roles: z.array(z.string()),
    joined: z.string().optional(),
  }),
);
export type MemberImportPreview = z.infer<typeof MemberImportPreviewSchema>;

export const membersChannels = channels({
  'members.list': { input: z.undefined(), output: z.array(MemberSchema) },
  'members.add': { input: MemberInputSchema, output: MemberSchema },
  'members.update': {
    input: z.object({ id: IdSchema, member: MemberPatchSchema }),
    output: MemberSchema,
  },
  'members.deactivate': {
    input: z.object({
      id: IdSchema,
      reason: z
        .string()
        .trim()
        .min(1, 'Give a reason')
        .max(LIMITS.short, tooLong('The reason', LIMITS.short)),
    }),
    output: MemberSchema,
  },
  'members.reactivate': { input: z.object({ id: IdSchema }), output: MemberSchema },
  'members.importPreview': {
    input: z.object({ csv: CsvTextSchema, mapping: ColumnMappingSchema.optional() }),
    output: MemberImportPreviewSchema,
  },
  'members.importCommit': {
    input: z.object({ csv: CsvTextSchema, mapping: ColumnMappingSchema }),
    output: z.object({ added: z.number(), problems: z.array(ImportProblemSchema) }),
  },
});
