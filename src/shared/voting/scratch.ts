/**
 * Work space for the steps of a count that need large arrays only while they run (packing
 * ballots that are put in ranking order at once, the radix sort's keys): kept from one
 * count to the next, so counting a vote again (the app recounts on every change) neither
 * asks the system for fresh memory nor leaves tens of megabytes behind for the garbage
 * collector each time. An array handed out holds whatever the last user left in it, and
 * is only valid until its slot is asked for again: never return one to a caller.
 */

/** One slot per use, so steps running together never share an array. */
export const enum Slot {
  PackMarks,
  PackStart,
  PackCount,
  KeyLo,
  KeyHi,
  KeyBallot,
  SpareLo,
  SpareHi,
  SpareBallot,
  OutCount,
  OutStart,
  OutMarks,
  OutShared,
}

/** Arrays larger than this (in numbers) are not kept: a one-off huge count keeps nothing. */
const KEEP_AT_MOST = 16 * 1024 * 1024;

const kept: (Int32Array | undefined)[] = [];

/** An array of `length` numbers for `slot` (contents undefined). */
export function scratch(slot: Slot, length: number): Int32Array {
  const have = kept[slot];
  if (have && have.length >= length) return have.subarray(0, length);
  const fresh = new Int32Array(Math.max(length, Math.ceil((have?.length ?? 0) * 1.5)));
  if (fresh.length <= KEEP_AT_MOST) kept[slot] = fresh;
  return fresh.subarray(0, length);
}
