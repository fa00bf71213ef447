/**
 * Walk order: by street (natural order, so 2ND ST comes before 10TH ST), then along the
 * street according to the mode:
 * - `odd-even` (default): odd numbers ascending, then even numbers descending: walk out
 *   on one side and back on the other.
 * - `one-side`: odd side ascending, then even side ascending, as two separate runs (for
 *   a canvasser who works one side only; the turf cutter prefers to split between them).
 * - `zig-zag`: cross the street as you go: every house number ascending.
 * Within one building (same house number) units go in natural order (APT 2 before
 * APT 10) in every mode. Addresses without a house number come last on their street.
 */
import { compareHouseNumbers, naturalCompare, parseHouseTokens, type HouseNumber } from './address';
import type { WalkMode } from './schema';

export interface WalkItem {
  houseNumber: string;
  street: string;
  unit: string;
  city: string;
}

export type Side = 'odd' | 'even' | 'none';

export function parseNormalisedHouseNumber(text: string): HouseNumber | null {
  return text ? (parseHouseTokens([text])?.house ?? null) : null;
}

export function sideOf(houseNumber: string): Side {
  const h = parseNormalisedHouseNumber(houseNumber);
  return !h ? 'none' : h.num % 2 === 1 ? 'odd' : 'even';
}

interface Decorated<T> {
  item: T;
  house: HouseNumber | null;
  side: number;
}

function sideRank(house: HouseNumber | null, mode: WalkMode): number {
  if (!house) return 2;
  if (mode === 'zig-zag') return 0;
  return house.num % 2 === 1 ? 0 : 1;
}

/** Returns the items in walk order (a new array; the input is not modified). */
export function walkOrder<T extends WalkItem>(
  items: readonly T[],
  mode: WalkMode = 'odd-even',
): T[] {
  const decorated: Decorated<T>[] = items.map((item) => {
    const house = parseNormalisedHouseNumber(item.houseNumber);
    return { item, house, side: sideRank(house, mode) };
  });
  const descendEven = mode === 'odd-even';
  decorated.sort((a, b) => {
    const s =
      naturalCompare(a.item.street, b.item.street) || naturalCompare(a.item.city, b.item.city);
    if (s !== 0) return s;
    if (a.side !== b.side) return a.side - b.side;
    let h: number;
    if (a.side === 2) h = naturalCompare(a.item.houseNumber, b.item.houseNumber);
    else {
      h = compareHouseNumbers(a.house, b.house);
      if (descendEven && a.side === 1) h = -h;
    }
    return h || naturalCompare(a.item.unit, b.item.unit);
  });
  return decorated.map((d) => d.item);
}

/** Runs of consecutive items on the same street: [start, end) index pairs. */
export function streetRuns<T extends WalkItem>(ordered: readonly T[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = 0;
  for (let i = 1; i <= ordered.length; i++) {
    const prev = ordered[i - 1];
    const cur = ordered[i];
    if (!cur || !prev || cur.street !== prev.street || cur.city !== prev.city) {
      if (i > start) runs.push([start, i]);
      start = i;
    }
  }
  return runs;
}
