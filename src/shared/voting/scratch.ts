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
  PileEntries,
}

/** Arrays larger than this (in numbers) are not kept: a one-off huge count keeps nothing. */
const KEEP_AT_MOST = 16 * 1024 * 1024;

const kept: (Int32Array | undefined)[] = [];

/** An array of `length` numbers for `slot` (contents undefined). */
export function scratch(slot: Slot, length: number): Int32Array {
  const have = kept[slot];
  if (have && have.length >= length) return have.subarray(0, length);
  const fresh = new Int32Array(Math.max(length, Math.ceil((have?.length ?? 0) * 1.5)));
  keep(slot, fresh);
  return fresh.subarray(0, length);
}

/**
 * The array kept in `slot`, the caller's until it gives it back with `keep`: meanwhile
 * the slot is empty, so a second count running at the same time gets an array of its own.
 * For work space that lives as long as a count and grows while it runs (the piles').
 */
export function takeKept(slot: Slot): Int32Array | undefined {
  const have = kept[slot];
  kept[slot] = undefined;
  return have;
}

/** Keeps `array` in `slot` for the next user, unless it is too large to keep. */
export function keep(slot: Slot, array: Int32Array): void {
  if (array.length <= KEEP_AT_MOST) kept[slot] = array;
}
