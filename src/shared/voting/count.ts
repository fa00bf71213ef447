import type { ExhaustedByReason } from './result';

/**
 * Pieces shared by the ranked counts (IRV, STV, plurality, majority).
 */

/**
 * Per-candidate piles of ballot indices. A count moves only the ballots of the candidate
 * being eliminated or elected instead of rescanning every ballot each round: each ballot
 * moves at most once per candidate it ranks.
 */
export class Piles {
  private readonly buffers: Int32Array[];
  readonly lengths: Int32Array;

  constructor(candidates: number, expectedPerPile: number) {
    const initial = Math.max(16, expectedPerPile);
    this.buffers = Array.from({ length: candidates }, () => new Int32Array(initial));
    this.lengths = new Int32Array(candidates);
  }

  push(c: number, b: number): void {
    let buf = this.buffers[c] as Int32Array;
    const len = this.lengths[c] as number;
    if (len === buf.length) {
      const grown = new Int32Array(buf.length * 2);
      grown.set(buf);
      this.buffers[c] = grown;
      buf = grown;
    }
    buf[len] = b;
    this.lengths[c] = len + 1;
  }

  /** Takes a candidate's pile away (the candidate leaves the count). */
  take(c: number): Int32Array {
    const pile = (this.buffers[c] as Int32Array).subarray(0, this.lengths[c]);
    this.buffers[c] = new Int32Array(0);
    this.lengths[c] = 0;
    return pile;
  }
}

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
