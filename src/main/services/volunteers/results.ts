/**
 * The canvass results counted for shifts: read from the voter lists' results files (kept
 * beside the chapter file, src/main/services/voters) and counted by the pure rules of
 * src/shared/volunteers/activity.ts.
 */
import type { ResultEntry } from '../../../shared/canvass/results';
import { AppError } from '../../../shared/errors';
import { creditWindows, resultsIn, type ShiftResults } from '../../../shared/volunteers/activity';
import type { Shift } from '../../../shared/volunteers/shifts';
import type { Session } from '../../session';
import { createVoterService } from '../voters/service';

/** Every result entry of a voter list; throws AppError('not-found') when there is no such list. */
export type ResultsReader = (listId: string) => Promise<ResultEntry[]>;

/** Reads results from the voter lists of the open chapter (the real one or the sample). */
export function voterResults(session: Session): ResultsReader {
  return (listId) => {
    session.current(); // refused while the recovery screen is up
    const service = createVoterService(session.dirFor(session.mode), { now: session.clock });
    return service.results(listId);
  };
}

/** Checks that the turf exists in its voter list (so a shift is never put on a turf that is not). */
export function turfChecker(session: Session) {
  return async (listId: string, turfId: string): Promise<void> => {
    const service = createVoterService(session.dirFor(session.mode), { now: session.clock });
    const set = await service.getTurfs(listId).catch(() => null);
    if (!set?.turfs.some((t) => t.id === turfId))
      throw new AppError('not-found', `There is no turf ${turfId} in the voter list "${listId}".`, [
        { path: 'turf', message: 'Choose a turf that has been cut' },
      ]);
  };
}

/**
 * The doors and conversations counted for each of `wanted` (credit windows are worked out
 * over `all` shifts, so a later shift on a turf ends the one before); `missing` says why a
 * shift with a turf has none (its voter list is gone).
 */
export async function shiftResults(
  all: readonly Shift[],
  wanted: readonly Shift[],
  read: ResultsReader,
): Promise<{ results: Map<string, ShiftResults>; missing: Map<string, string> }> {
  const windows = creditWindows(all);
  const lists = new Map<string, Promise<ResultEntry[] | null>>();
  const results = new Map<string, ShiftResults>();
  const missing = new Map<string, string>();
  for (const shift of wanted) {
    const window = windows.get(shift.id);
    if (!window) continue;
    let entries = lists.get(window.listId);
    if (!entries) {
      entries = read(window.listId).catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'not-found') return null;
        throw error;
      });
      lists.set(window.listId, entries);
    }
    const list = await entries;
    if (list) results.set(shift.id, resultsIn(window, list));
    else missing.set(shift.id, `The voter list "${window.listId}" is no longer in Chapterhouse.`);
  }
  return { results, missing };
}
