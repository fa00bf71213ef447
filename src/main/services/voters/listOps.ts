/**
 * Voter-list operations that need no I/O: list IDs, chapter marks, re-import diffs.
 */
import {
  markSuppresses,
  type ChapterMark,
  type ImportDiff,
  type Voter,
} from '../../../shared/canvass/schema';

const SAMPLE_IDS = 200;

export function slug(s: string): string {
  return s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
}

/** Voters not suppressed by a chapter mark (a Moved mark applies at the marked address only). */
export function applyMarks(
  voters: readonly Voter[],
  marks: readonly ChapterMark[],
): readonly Voter[] {
  if (marks.length === 0) return voters;
  const byId = new Map(marks.map((m) => [m.voterId, m]));
  return voters.filter((v) => {
    const m = byId.get(v.id);
    return !m || !markSuppresses(m, v.householdKey);
  });
}

/** `previous`: voter ID → household key of the list's current rows. */
export function diffVoters(
  previous: ReadonlyMap<string, string>,
  next: readonly Voter[],
  previousFileDate: string,
): ImportDiff {
  const old = previous;
  const diff: ImportDiff = {
    previousFileDate,
    added: 0,
    removed: 0,
    addressChanged: 0,
    unchanged: 0,
    addedIds: [],
    removedIds: [],
    addressChangedIds: [],
  };
  const seen = new Set<string>();
  for (const v of next) {
    seen.add(v.id);
    const key = old.get(v.id);
    if (key === undefined) {
      diff.added++;
      if (diff.addedIds.length < SAMPLE_IDS) diff.addedIds.push(v.id);
    } else if (key !== v.householdKey) {
      diff.addressChanged++;
      if (diff.addressChangedIds.length < SAMPLE_IDS) diff.addressChangedIds.push(v.id);
    } else diff.unchanged++;
  }
  for (const id of old.keys()) {
    if (seen.has(id)) continue;
    diff.removed++;
    if (diff.removedIds.length < SAMPLE_IDS) diff.removedIds.push(id);
  }
  return diff;
}
