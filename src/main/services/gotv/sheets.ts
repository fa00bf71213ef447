/**
 * The election-day lists' print data, each a snapshot of who had voted when it was printed:
 * - the **strike list** of a precinct: its universe voters by last name (every one, the
 *   voted ticked; or, re-printed, only those still to vote);
 * - the **chase lists**: the doors of supporters still to vote, cut into turfs in walk order
 *   (a household is never split), each door holding only those still to vote.
 */
import {
  buildHouseholds,
  formatName,
  formatStreetAddress,
} from '../../../shared/canvass/household';
import type { Voter } from '../../../shared/canvass/schema';
import { buildWalkList } from '../../../shared/canvass/walkList';
import type {
  ChaseSheetData,
  RidesSheetData,
  SheetVoter,
  StrikeSheetData,
} from '../../../shared/contract/gotvVoted';
import { AppError } from '../../../shared/errors';
import { chaseTurfs, progressOf, strikeLists } from '../../../shared/gotv/lists';
import { planText } from '../../../shared/gotv/plans';
import { ridesToGive } from '../../../shared/gotv/rides';
import type { VotePlanEntry } from '../../../shared/gotv/plans';
import { electionContext, type ElectionContext, type GotvDeps } from './electionContext';

/** The vote plan of a voter in words ("By mail · ride 10:00"), '' when none is known. */
export type PlanOf = (voterId: string) => string;

function sheetVoter(ctx: ElectionContext, planOf: PlanOf, v: Voter): SheetVoter {
  return {
    id: v.id,
    name: formatName(v),
    address: formatStreetAddress(v),
    age: v.age === null ? '' : String(v.age),
    phone: v.phone,
    plan: planOf(v.id),
    voted: ctx.loaded.state.has(v.id),
  };
}

function head(ctx: ElectionContext, deps: GotvDeps, chapterName: string) {
  return {
    chapterName,
    electionName: ctx.election.name,
    electionDate: ctx.election.date,
    at: deps.now().toISOString(),
  };
}

export async function strikeSheet(
  deps: GotvDeps,
  params: { electionId: string; precinct?: string | undefined; remaining: boolean },
  chapterName: string,
  planOf: PlanOf,
): Promise<StrikeSheetData> {
  const ctx = await electionContext(deps, params.electionId);
  const all = ctx.universeVoters();
  const inPrecinct =
    params.precinct === undefined ? all : all.filter((v) => v.precinct === params.precinct);
  if (params.precinct !== undefined && inPrecinct.length === 0)
    throw new AppError('not-found', `No one in the universe votes in precinct ${params.precinct}.`);
  const tally = progressOf(inPrecinct, ctx.loaded.state).byPrecinct;
  const lists = strikeLists(inPrecinct, params.remaining ? ctx.loaded.state : new Set());
  return {
    ...head(ctx, deps, chapterName),
    remaining: params.remaining,
    precincts: [...lists].map(([precinct, voters]) => ({
      precinct,
      universe: tally[precinct]?.universe ?? 0,
      voted: tally[precinct]?.voted ?? 0,
      voters: voters.map((v) => sheetVoter(ctx, planOf, v)),
    })),
  };
}

export async function chaseSheet(
  deps: GotvDeps,
  params: { electionId: string; doorsPerTurf: number; turfId?: string | undefined },
  chapterName: string,
  planOf: PlanOf,
): Promise<ChaseSheetData> {
  const ctx = await electionContext(deps, params.electionId);
  const toReach = ctx.universeVoters().filter((v) => !ctx.loaded.state.has(v.id));
  const chase = chaseTurfs(buildHouseholds(toReach), new Set(toReach.map((v) => v.id)), {
    doorsPerTurf: params.doorsPerTurf,
    mode: 'odd-even',
  });
  const turfs = chase.turfs.filter((t) => params.turfId === undefined || t.id === params.turfId);
  if (params.turfId !== undefined && turfs.length === 0)
    throw new AppError('not-found', `There is no chase turf ${params.turfId} now: print them all.`);
  const county = (await deps.voters().getList(ctx.election.listId)).county?.name ?? '';
  const source = {
    listId: ctx.election.listId,
    county,
    households: new Map(chase.households.map((h) => [h.key, h])),
    voters: ctx.voters,
  };
  return {
    ...head(ctx, deps, chapterName),
    county,
    turfs: turfs.map((t) => {
      const walk = buildWalkList(source, t);
      return {
        id: t.id,
        precincts: walk.precincts,
        doors: walk.doors,
        people: walk.people,
        households: walk.households.map((h) => ({
          seq: h.seq,
          address: formatStreetAddress(h),
          city: h.city,
          zip: h.zip,
          precinct: h.precinct,
          voters: h.occupants.map((v) => sheetVoter(ctx, planOf, v)),
        })),
      };
    }),
  };
}

export async function ridesSheet(
  deps: GotvDeps,
  electionId: string,
  chapterName: string,
  plans: ReadonlyMap<string, VotePlanEntry>,
): Promise<RidesSheetData> {
  const ctx = await electionContext(deps, electionId);
  const planOf = (id: string) => planText(plans.get(id));
  const stillToVote = (id: string) => ctx.universe.has(id) && !ctx.loaded.state.has(id);
  return {
    ...head(ctx, deps, chapterName),
    rides: ridesToGive(plans.values(), stillToVote).flatMap((p) => {
      const v = ctx.voters.get(p.voterId);
      if (!v) return [];
      const when = [p.rideDate, p.rideTime].filter(Boolean).join(' ');
      return [{ ...sheetVoter(ctx, planOf, v), when, precinct: v.precinct, city: v.city }];
    }),
  };
}
