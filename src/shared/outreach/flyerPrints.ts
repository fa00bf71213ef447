/**
 * Flyer PDFs saved, counted per flyer and county (the county the flyer was made for when
 * it was saved): the coverage dashboard's "flyers printed". A count, not a log, so the
 * chapter file grows by one record per flyer and county however often it is printed.
 */
import { z } from 'zod';
import { FipsSchema, IdSchema, TimestampSchema } from '../schema/common';
import type { Flyer } from './flyer';

export const FlyerPrintSchema = z.object({
  flyerId: IdSchema,
  countyFips: FipsSchema.nullable(),
  /** How many times a PDF of it was saved. */
  saves: z.int().min(1),
  /** When the latest was saved. */
  lastAt: TimestampSchema,
});
export type FlyerPrint = z.infer<typeof FlyerPrintSchema>;

/** The counts after one more PDF of `flyer` was saved at `at`. */
export function recordFlyerPrint(
  prints: readonly FlyerPrint[],
  flyer: Pick<Flyer, 'id' | 'countyFips'>,
  at: string,
): FlyerPrint[] {
  const same = (p: FlyerPrint) => p.flyerId === flyer.id && p.countyFips === flyer.countyFips;
  const found = prints.find(same);
  if (!found)
    return [...prints, { flyerId: flyer.id, countyFips: flyer.countyFips, saves: 1, lastAt: at }];
  return prints.map((p) => (p === found ? { ...p, saves: p.saves + 1, lastAt: at } : p));
}
