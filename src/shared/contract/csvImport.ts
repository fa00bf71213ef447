/**
 * What every CSV import of people shares (members, volunteers): the file's text, the column
 * chosen for each field, the preview and the rows that cannot be imported with their line
 * number and reason. Each import adds its own fields and preview rows.
 */
import { z } from 'zod';
import { LIMITS } from '../limits';
import { tooLong } from '../schema/common';

export const CsvTextSchema = z.string().max(LIMITS.csvText, 'The file is larger than 10 MB');

/**
 * One problem of one CSV row, with the field (column) it is about: a row with several
 * problems is reported once for each, so one round of fixing the file is enough.
 */
export function importProblemOf<F extends string>(fields: z.ZodEnum<{ [K in F]: K }>) {
  return z.object({ line: z.number(), field: fields, reason: z.string() });
}

/** For each field, the CSV column (header text) that holds it; `required` must be mapped. */
export function columnMappingOf<F extends string>(
  fields: z.ZodEnum<{ [K in F]: K }>,
  required: NoInfer<F>,
  message: string,
) {
  return z
    .partialRecord(fields, z.string().max(LIMITS.title, tooLong('A column name', LIMITS.title)))
    .refine((m: Partial<Record<F, string>>) => Boolean(m[required]), { message });
}

/** The preview of an import: the file's headers, the mapping used, the rows and the problems. */
export function importPreviewOf<F extends string, R extends z.ZodType>(
  fields: z.ZodEnum<{ [K in F]: K }>,
  row: R,
) {
  return z.object({
    headers: z.array(z.string()),
    mapping: z.partialRecord(fields, z.string()),
    rows: z.array(row),
    valid: z.number(),
    problems: z.array(importProblemOf(fields)),
  });
}
