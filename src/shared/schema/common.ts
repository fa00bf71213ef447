import { z } from 'zod';

export const IdSchema = z.string().min(1).max(64);
/** Calendar date as typed by a person: YYYY-MM-DD. */
export const DateSchema = z.iso.date({ error: 'Use a date like 2026-11-26' });
export const TimestampSchema = z.iso.datetime({ offset: true });
export const FipsSchema = z.string().regex(/^\d{5}$/, 'County FIPS codes have five digits');

export function trimmed(label: string, max: number) {
  return z
    .string()
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} is at most ${max} characters`);
}

export function optionalTrimmed(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, `${label} is at most ${max} characters`)
    .optional()
    .transform((v) => (v ? v : undefined));
}
