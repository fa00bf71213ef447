/**
 * Election-day lists from the universe and who has voted:
 * - the **strike list** of a precinct: its universe voters not yet voted, by last name, for
 *   a poll checker to strike off as they vote;
 * - the **chase lists**: remaining universe voters' doors cut into turfs in walk order
 *   (a household is never split: the turf cutter works in whole doors), so volunteers knock
 *   only where someone still has to vote;
 * - the **progress** of each precinct: universe, voted, remaining.
 */
import type { CutOptionsInput, Household, Turf, Voter } from '../canvass/schema';
import { cutTurfs } from '../canvass/turfs';

/** Anything that says whether it holds a voter ID: a Set, a Map, the voted log's state. */
type IdSet = Pick<ReadonlySet<string>, 'has'>;

export interface Tally {
  universe: number;
  voted: number;
  remaining: number;
}

export interface Progress extends Tally {
  byPrecinct: Record<string, Tally>;
}

export const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Last name, first name, middle name, then voter ID: the order a poll book is read in. */
export function compareByName(a: Voter, b: Voter): number {
  return (
    byName.compare(a.lastName, b.lastName) ||
    byName.compare(a.firstName, b.firstName) ||
    byName.compare(a.middleName, b.middleName) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Remaining universe voters per precinct (precincts in natural order), each by name. */
export function strikeLists(universe: readonly Voter[], voted: IdSet): Map<string, Voter[]> {
  const lists = new Map<string, Voter[]>();
  for (const v of universe) {
    if (voted.has(v.id)) continue;
    const list = lists.get(v.precinct);
    if (list) list.push(v);
    else lists.set(v.precinct, [v]);
  }
  const precincts = [...lists.keys()].sort(byName.compare);
  return new Map(precincts.map((p) => [p, (lists.get(p) ?? []).sort(compareByName)]));
}

/**
 * The doors with at least one universe voter still to vote, each holding only those voters,
 * cut into turfs in walk order. `households` is the voter file's (any order).
 */
export function chaseTurfs(
  households: readonly Household[],
  remaining: ReadonlySet<string>,
  options: CutOptionsInput = {},
): { households: Household[]; turfs: Turf[] } {
  const doors: Household[] = [];
  for (const h of households) {
    const voterIds = h.voterIds.filter((id) => remaining.has(id));
    if (voterIds.length > 0) doors.push({ ...h, voterIds });
  }
  return { households: doors, turfs: cutTurfs(doors, options) };
}

/** Voted / remaining of the universe, overall and per precinct. */
export function progressOf(universe: readonly Voter[], voted: IdSet): Progress {
  const byPrecinct: Record<string, Tally> = {};
  const total: Tally = { universe: 0, voted: 0, remaining: 0 };
  for (const v of universe) {
    const row = (byPrecinct[v.precinct] ??= { universe: 0, voted: 0, remaining: 0 });
    const hasVoted = voted.has(v.id);
    for (const t of [row, total]) {
      t.universe++;
      if (hasVoted) t.voted++;
      else t.remaining++;
    }
  }
  return { ...total, byPrecinct };
}

export interface VotedDiff {
  /** Universe voters this file shows voting for the first time. */
  newlyVoted: string[];
  /** Voters in the file already known to have voted. */
  alreadyKnown: number;
  /** Voters in the file outside the universe (counted, not listed). */
  outsideUniverse: number;
}

/**
 * What a voted file adds to what was known before it. `universe` may be any set of voters:
 * the app passes the whole voter list, so "outside" means not in the voter file.
 */
export function votedDiff(before: IdSet, fileIds: Iterable<string>, universe: IdSet): VotedDiff {
  const newlyVoted: string[] = [];
  const seen = new Set<string>();
  let alreadyKnown = 0;
  let outsideUniverse = 0;
  for (const id of fileIds) {
    if (seen.has(id)) continue;
    seen.add(id);
    if (before.has(id)) alreadyKnown++;
    else if (universe.has(id)) newlyVoted.push(id);
    else outsideUniverse++;
  }
  return { newlyVoted, alreadyKnown, outsideUniverse };
}
