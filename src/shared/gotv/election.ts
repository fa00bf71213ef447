/**
 * A GOTV election: what the chapter turns out for (a name and a date), the counties it
 * covers, and the voter list whose door and phone results make its universe. A handful per
 * chapter, so they live in the chapter file (`gotvElections`); the per-voter data (vote
 * plans, voted marks) lives beside the voter list, as results do.
 */
import { z } from 'zod';
import { ListIdSchema } from '../contract/canvass';
import { LIMITS } from '../limits';
import {
  DateSchema,
  FipsSchema,
  IdSchema,
  TimestampSchema,
  listOf,
  trimmed,
} from '../schema/common';
import { patchOf } from '../schema/patch';

export const ElectionInputSchema = z.object({
  name: trimmed('Name', LIMITS.title),
  date: DateSchema,
  /** The counties the election covers (FIPS), as chosen; at least one. */
  counties: listOf(FipsSchema, LIMITS.counties, 'counties')
    .min(1, 'Choose at least one county')
    .transform((c) => [...new Set(c)]),
  /** The voter list the universe is drawn from. */
  listId: ListIdSchema,
});
export type ElectionInput = z.input<typeof ElectionInputSchema>;

export const ElectionPatchSchema = patchOf(ElectionInputSchema);
export type ElectionPatch = z.output<typeof ElectionPatchSchema>;

export const ElectionSchema = ElectionInputSchema.extend({
  id: IdSchema,
  createdAt: TimestampSchema,
});
export type Election = z.infer<typeof ElectionSchema>;
