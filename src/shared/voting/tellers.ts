import { z } from 'zod';
import { isBlank, RankingEntrySchema } from './ballots';
import type { RankingEntry } from './ballots';
import { groupDigits } from './decimal';

/**
 * Paper ballots keyed by tellers: double entry (two tellers key the same stack
 * independently and every disagreement is listed by ballot number) and reconciliation
 * (ballots issued against entered and spoiled, votes against the attendance count).
 * The count cannot be certified while a mismatch is open; that gate lives in the app,
 * these functions only say what disagrees.
 */

/** One paper ballot as a teller keyed it: its number (written on the paper) and its marks. */
export const TellerEntrySchema = z.union([
  z.strictObject({ number: z.number().int().min(1), ranking: z.array(RankingEntrySchema) }),
  z.strictObject({ number: z.number().int().min(1), approve: z.array(z.string()) }),
]);
export type TellerEntry = z.infer<typeof TellerEntrySchema>;

export const EntryMismatchSchema = z.object({
  number: z.number().int(),
  reason: z.enum(['only-first', 'only-second', 'different', 'repeated-number']),
  first: TellerEntrySchema.nullable(),
  second: TellerEntrySchema.nullable(),
});
export type EntryMismatch = z.infer<typeof EntryMismatchSchema>;

/**
 * The marks of an entry in one spelling, so that entries meaning the same ballot compare
 * equal: null, "" and [] are all a blank rank, trailing blanks are dropped, an overvote's
 * names are sorted, approvals are sorted and deduplicated.
 */
export function canonicalMarks(entry: TellerEntry): string {
  if ('approve' in entry) {
    return JSON.stringify({
      approve: [...new Set(entry.approve.filter((n) => !isBlank(n)))].sort(),
    });
  }
  const ranks = entry.ranking.map((r: RankingEntry): string | string[] | null => {
    if (r === null) return null;
    if (typeof r === 'string') return isBlank(r) ? null : r;
    const names = [...new Set(r.filter((n): n is string => !isBlank(n)))].sort();
    return names.length === 0 ? null : names.length === 1 ? (names[0] as string) : names;
  });
  while (ranks.length > 0 && ranks[ranks.length - 1] === null) ranks.pop();
  return JSON.stringify({ ranking: ranks });
}

/** Every ballot number on which the two tellers' entries disagree, in number order. */
export function compareDoubleEntry(
  first: readonly TellerEntry[],
  second: readonly TellerEntry[],
): EntryMismatch[] {
  const mismatches: EntryMismatch[] = [];
  const byNumber = (entries: readonly TellerEntry[]): Map<number, TellerEntry> => {
    const map = new Map<number, TellerEntry>();
    for (const e of entries) {
      if (map.has(e.number)) {
        mismatches.push({
          number: e.number,
          reason: 'repeated-number',
          first: entries === first ? e : null,
          second: entries === second ? e : null,
        });
      } else {
        map.set(e.number, e);
      }
    }
    return map;
  };
  const a = byNumber(first);
  const b = byNumber(second);
  for (const n of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(n) ?? null;
    const y = b.get(n) ?? null;
    if (x === null) mismatches.push({ number: n, reason: 'only-second', first: null, second: y });
    else if (y === null)
      mismatches.push({ number: n, reason: 'only-first', first: x, second: null });
    else if (canonicalMarks(x) !== canonicalMarks(y)) {
      mismatches.push({ number: n, reason: 'different', first: x, second: y });
    }
  }
  return mismatches.sort((p, q) => p.number - q.number);
}

export const ReconciliationInputSchema = z.strictObject({
  /** Paper ballots handed out. */
  issued: z.number().int().min(0),
  /** Ballots keyed (each paper once). */
  entered: z.number().int().min(0),
  /** Ballots spoiled and returned unused (replaced by a fresh one). */
  spoiled: z.number().int().min(0).default(0),
  /** Members present at the vote (the attendance count), when known. */
  present: z.number().int().min(0).optional(),
});
export type ReconciliationInput = z.input<typeof ReconciliationInputSchema>;

export const ReconciliationSchema = z.object({
  /** True when every number agrees; otherwise a written note is needed to proceed. */
  balanced: z.boolean(),
  problems: z.array(z.string()),
});
export type Reconciliation = z.infer<typeof ReconciliationSchema>;

/**
 * issued = entered + spoiled, and no more ballots entered than members present. Ballots
 * issued but neither returned nor spoiled (taken away) are a mismatch too: the room must
 * say why in a note.
 */
export function reconcileBallots(input: ReconciliationInput): Reconciliation {
  const r = ReconciliationInputSchema.parse(input);
  const problems: string[] = [];
  const accounted = r.entered + r.spoiled;
  if (accounted !== r.issued) {
    const diff = r.issued - accounted;
    problems.push(
      diff > 0
        ? `${groupDigits(r.issued)} ballots issued but only ${groupDigits(r.entered)} entered and ${groupDigits(r.spoiled)} spoiled: ${groupDigits(diff)} not accounted for.`
        : `${groupDigits(r.entered)} ballots entered and ${groupDigits(r.spoiled)} spoiled, but only ${groupDigits(r.issued)} issued: ${groupDigits(-diff)} too many.`,
    );
  }
  if (r.present !== undefined && r.entered > r.present) {
    problems.push(
      `${groupDigits(r.entered)} ballots entered but only ${groupDigits(r.present)} members present.`,
    );
  }
  return { balanced: problems.length === 0, problems };
}
