import { z } from 'zod';
import { LIMITS } from '../limits';
import { groupDigits } from '../voting/decimal';

/** The plain-words message for a text that is too long: "Title is at most 300 characters". */
export function tooLong(label: string, max: number): string {
  return `${label} is at most ${groupDigits(max)} characters`;
}
const chars = tooLong;

export const IdSchema = z.string().min(1).max(LIMITS.id, chars('An id', LIMITS.id));
/** Calendar date as typed by a person: YYYY-MM-DD. */
export const DateSchema = z.iso.date({ error: 'Use a date like 2026-11-26' });
/**
 * An ISO date-time with its offset. Its fractional seconds may be any length, so the format
 * alone does not bound it: 64 characters is room for nanoseconds and an offset, twice over.
 */
export const TimestampSchema = z.iso
  .datetime({ offset: true })
  .max(LIMITS.id, chars('A date and time', LIMITS.id));
export const FipsSchema = z.string().regex(/^\d{5}$/, 'County FIPS codes have five digits');

export function trimmed(label: string, max: number) {
  return z.string().trim().min(1, `${label} is required`).max(max, chars(label, max));
}

export function optionalTrimmed(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, chars(label, max))
    .optional()
    .transform((v) => (v ? v : undefined));
}

/** Any text of at most `max` characters (no trimming: stored text is kept as it was). */
export function boundedText(label: string, max: number) {
  return z.string().max(max, chars(label, max));
}

/** A list of at most `max` items: "At most 100 sponsors". */
export function listOf<T extends z.core.SomeType>(item: T, max: number, what: string) {
  return z.array(item).max(max, `At most ${groupDigits(max)} ${what}`);
}

/**
 * zod has no size check for records, so a record's key count is checked by a refinement and
 * noted here, where the limits test (tests/unit/foundation/limits.test.ts) reads it.
 */
export const recordSizes = z.registry<{ maxKeys: number }>();

/** A record of at most `maxKeys` keys; bound its keys with the key schema (e.g. IdSchema). */
export function recordOf<K extends z.core.$ZodRecordKey, V extends z.core.SomeType>(
  key: K,
  value: V,
  maxKeys: number,
  what: string,
) {
  const schema = z
    .record(key, value)
    .refine((r) => Object.keys(r).length <= maxKeys, `At most ${groupDigits(maxKeys)} ${what}`);
  recordSizes.add(schema, { maxKeys });
  return schema;
}

/** The key-count bound `recordOf` gave a record schema, if any. */
export function maxKeysOf(schema: unknown): number | undefined {
  return recordSizes.get(schema as z.core.$ZodType)?.maxKeys;
}
