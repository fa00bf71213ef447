/**
 * Canvass results as they are recorded: each input checked against the list (an unknown
 * voter, or a door-level result without its household, refuses the whole batch), and the
 * chapter marks that results such as Deceased or Moved call for. No I/O.
 */
import { randomUUID } from 'node:crypto';
import {
  AUTO_SUPPRESS_CODES,
  ResultEntryInputSchema,
  type ResultEntry,
  type ResultEntryInput,
} from '../../../shared/canvass/results';
import type {
  ChapterMark,
  ChapterMarkReason,
  Household,
  Voter,
} from '../../../shared/canvass/schema';
import { AppError, issuePath } from '../../../shared/errors';

/** The entries to store, or an AppError naming every input that cannot be recorded. */
export function resultEntriesFrom(
  inputs: readonly ResultEntryInput[],
  byId: ReadonlyMap<string, Voter>,
  now: () => Date,
): ResultEntry[] {
  const issues: { path: string; message: string }[] = [];
  const entries: ResultEntry[] = [];
  inputs.forEach((input, i) => {
    const parsed = ResultEntryInputSchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        issues.push({ path: issuePath([i, ...issue.path]), message: issue.message });
      return;
    }
    const e = parsed.data;
    const voter = e.voterId ? byId.get(e.voterId) : undefined;
    if (e.voterId && !voter) {
      issues.push({ path: `[${i}].voterId`, message: `unknown voter ${e.voterId}` });
      return;
    }
    const householdKey = e.householdKey ?? voter?.householdKey;
    if (!householdKey) {
      issues.push({
        path: `[${i}].householdKey`,
        message: 'a door-level result needs householdKey',
      });
      return;
    }
    entries.push({
      ...e,
      householdKey,
      id: e.id ?? randomUUID(),
      at: e.at ?? now().toISOString(),
    });
  });
  if (issues.length) {
    throw new AppError(
      'invalid-input',
      `${inputs.length - entries.length} of ${inputs.length} results could not be recorded; nothing was saved.`,
      issues,
    );
  }
  return entries;
}

/** Chapter marks for the results that suppress a voter (or every voter at the door). */
export function suppressionMarks(
  entries: readonly ResultEntry[],
  households: ReadonlyMap<string, Household>,
): ChapterMark[] {
  const marks: ChapterMark[] = [];
  for (const e of entries) {
    if (!e.code || !AUTO_SUPPRESS_CODES.has(e.code)) continue;
    // "Do not call again" on the phone keeps the door: it marks Do Not Call.
    const reason: ChapterMarkReason =
      e.mode === 'phone' && e.code === 'DNW' ? 'DNC' : (e.code as ChapterMarkReason);
    const ids = e.voterId ? [e.voterId] : (households.get(e.householdKey)?.voterIds ?? []);
    for (const voterId of ids)
      marks.push({ voterId, reason, householdKey: e.householdKey, at: e.at });
  }
  return marks;
}
