/**
 * Builds the walk list of a turf: its households in walk order with their occupants,
 * numbered 1…n. Households or voters that are gone (re-import, chapter marks) are left
 * out, so a list printed from old turfs never shows a suppressed voter.
 */
import type { Household, Turf, Voter, WalkList } from './schema';

export interface WalkListSource {
  listId: string;
  county: string;
  households: ReadonlyMap<string, Household>;
  voters: ReadonlyMap<string, Voter>;
}

export function buildWalkList(
  source: WalkListSource,
  turf: Pick<Turf, 'id' | 'householdKeys'>,
  keep: (h: Household) => boolean = () => true,
): WalkList {
  const households: WalkList['households'] = [];
  const precincts = new Set<string>();
  let people = 0;
  for (const key of turf.householdKeys) {
    const h = source.households.get(key);
    if (!h || !keep(h)) continue;
    const occupants = h.voterIds
      .map((id) => source.voters.get(id))
      .filter((v): v is Voter => v !== undefined);
    if (occupants.length === 0) continue;
    precincts.add(h.precinct);
    people += occupants.length;
    households.push({ ...h, seq: households.length + 1, occupants });
  }
  return {
    listId: source.listId,
    turfId: turf.id,
    county: source.county,
    precincts: [...precincts],
    people,
    doors: households.length,
    households,
  };
}
