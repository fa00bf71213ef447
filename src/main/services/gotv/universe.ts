/**
 * The universe of an election, from what is on disk: the latest answer of each voter in
 * the election's voter list's results (door and phone), the chapter's marks on that list,
 * and the active members matched to its voters (`member.voterId`). The rule itself is
 * pure (src/shared/gotv/universe.ts); this reads its inputs and counts the result.
 *
 * Only voters of the counties the election covers count (a list may span more).
 * Left out: voters the chapter marked Deceased, Moved (at that address) or Do Not Walk,
 * i.e. those off every walk sheet. A Do Not Call mark only keeps a voter off call sheets,
 * so they stay in the universe and are reached at the door.
 */
import type { ResultEntry } from '../../../shared/canvass/results';
import { resolveCounty } from '../../../shared/canvass/counties';
import type { Household, Voter, VoterListMeta } from '../../../shared/canvass/schema';
import type { UniverseView, UniverseVoter } from '../../../shared/contract/gotv';
import type { Election } from '../../../shared/gotv/election';
import { buildUniverse, LatestAnswers, UNIVERSE_RULE } from '../../../shared/gotv/universe';
import type { StoreData } from '../../../shared/schema/store';
import type { VoterService } from '../voters/service';

/** Codes said of a whole door (no voter ID) that leave every voter there out. */
const DOOR_LEAVES = new Set(['MV', 'DEC', 'DNW']);

/** Each voter's latest answer in the results; a door-level Moved/Deceased/Do Not Walk counts for all at the door. */
export function latestAnswers(
  entries: readonly ResultEntry[],
  households: ReadonlyMap<string, Household>,
): LatestAnswers {
  const answers = new LatestAnswers();
  for (const e of entries) {
    if (e.voterId) {
      answers.add({ voterId: e.voterId, support: e.support, code: e.code, at: e.at });
    } else if (e.code && DOOR_LEAVES.has(e.code)) {
      for (const voterId of households.get(e.householdKey)?.voterIds ?? [])
        answers.add({ voterId, support: null, code: e.code, at: e.at });
    }
  }
  return answers;
}

/** Voter IDs of the chapter's active members who are matched to a voter. */
export function memberVoterIds(data: StoreData): string[] {
  return data.members.filter((m) => m.active && m.voterId).map((m) => m.voterId as string);
}

function counted(voters: readonly UniverseVoter[], key: (v: Voter) => [string, string]) {
  const counts = new Map<string, { county: string; precinct: string; count: number }>();
  for (const v of voters) {
    const [county, precinct] = key(v);
    const k = `${county}\u0000${precinct}`;
    const c = counts.get(k) ?? { county, precinct, count: 0 };
    c.count++;
    counts.set(k, c);
  }
  return [...counts.values()].sort(
    (a, b) => a.county.localeCompare(b.county) || a.precinct.localeCompare(b.precinct),
  );
}

/**
 * Whether a voter lives in a county the election covers: a statewide list names each
 * voter's county, a county's list may leave it to the list. A county that cannot be named
 * keeps the voter in (never drop a supporter over a spelling).
 */
function inCounties(election: Election, meta: VoterListMeta): (v: Voter) => boolean {
  const covered = new Set(election.counties);
  const fipsByName = new Map<string, string | undefined>();
  const fipsOf = (v: Voter): string | undefined => {
    if (!v.county) return meta.county?.fips || undefined;
    if (!fipsByName.has(v.county))
      fipsByName.set(v.county, resolveCounty(meta.state || null, v.county)?.fips);
    return fipsByName.get(v.county);
  };
  return (v) => {
    const fips = fipsOf(v);
    return fips === undefined || covered.has(fips);
  };
}

/** The election's universe: its voters (supporters first, then members), why, and counts. */
export async function universeOf(
  data: StoreData,
  voters: VoterService,
  election: Election,
): Promise<UniverseView> {
  const { listId } = election;
  const list = await voters.loaded(listId);
  const all = list.allById;
  const results = await voters.results(listId);
  const suppressed = new Set([...all.keys()].filter((id) => !list.voters.has(id)));
  const members = memberVoterIds(data);
  const universe = buildUniverse({
    answers: latestAnswers(results, list.households),
    memberVoterIds: members,
    isListed: (id) => all.has(id),
    suppressed,
  });
  const listCounty = list.meta.county?.name ?? '';
  const county = (v: Voter) => v.county || listCounty;
  const everyone: UniverseVoter[] = universe.members.map((m) => ({
    ...(all.get(m.voterId) as Voter),
    reason: m.reason,
    support: m.support,
  }));
  const chosen = everyone.filter(inCounties(election, list.meta));
  return {
    electionId: election.id,
    rule: UNIVERSE_RULE,
    voters: chosen,
    byCounty: counted(chosen, (v) => [county(v), '']),
    byPrecinct: counted(chosen, (v) => [county(v), v.precinct]),
    leftOut: universe.leftOut,
    unlisted: universe.unlisted.length,
    outsideCounties: everyone.length - chosen.length,
    matchedMembers: members.filter((id) => all.has(id)).length,
  };
}
