import type { ExhaustedByReason } from './result';

/**
 * Pieces shared by the ranked counts (IRV, STV, plurality, majority).
 */

/** by-reason array (indexed by reasonIndex of an EXHAUSTED_* code) to the report object. */
export function exhaustedObject(
  by: ArrayLike<number>,
  toNumber: (v: number) => number,
): ExhaustedByReason {
  return {
    noMoreChoices: toNumber(by[0] as number),
    overvote: toNumber(by[1] as number),
    skipped: toNumber(by[2] as number),
    duplicate: toNumber(by[3] as number),
  };
}

export function sum(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i] as number;
  return s;
}

/** Values of the listed candidates as a name-keyed record (insertion order = list order). */
export function talliesRecord(
  names: readonly string[],
  which: readonly number[],
  values: ArrayLike<number>,
  toNumber: (v: number) => number,
): Record<string, number> {
  // fromEntries defines own properties, so a write-in named "__proto__" is a plain key.
  return Object.fromEntries(which.map((c) => [names[c] as string, toNumber(values[c] as number)]));
}

export const identity = (v: number): number => v;

/** "A", "A and B", "A, B and C". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}
