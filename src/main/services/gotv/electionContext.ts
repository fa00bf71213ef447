/**
 * What every GOTV election-day read starts from: the election, its voter list, its universe
 * and who has voted, and a voter as poll checkers see them.
 */
import { formatName, formatStreetAddress } from '../../../shared/canvass/household';
import type { Voter } from '../../../shared/canvass/schema';
import type { VoterBrief } from '../../../shared/contract/gotvVoted';
import type { VoterService } from '../voters/service';
import type { VotedStore } from './votedStore';

/** What the GOTV election record gives these services. */
export interface GotvElection {
  id: string;
  name: string;
  /** Election day, YYYY-MM-DD. */
  date: string;
  listId: string;
}

export interface ElectionSource {
  election(electionId: string): Promise<GotvElection>;
  /** The universe's voter IDs (supporters and matched members, after suppressions). */
  universe(electionId: string): Promise<ReadonlySet<string>>;
}

export interface GotvDeps {
  voters: () => VoterService;
  elections: ElectionSource;
  store: VotedStore;
  now: () => Date;
}

export async function electionContext(deps: GotvDeps, electionId: string) {
  const election = await deps.elections.election(electionId);
  const [voters, universe, loaded] = await Promise.all([
    deps.voters().votersById(election.listId),
    deps.elections.universe(electionId),
    deps.store.load(electionId),
  ]);
  const fileOf = (n: number) => loaded.state.imports.find((i) => i.n === n)?.file ?? '';
  const brief = (v: Voter): VoterBrief => {
    const vote = loaded.state.votes.get(v.id);
    return {
      id: v.id,
      name: formatName(v),
      address: formatStreetAddress(v),
      precinct: v.precinct,
      inUniverse: universe.has(v.id),
      vote: vote
        ? { how: vote.how, at: vote.at, by: vote.how === 'strike' ? vote.by : fileOf(vote.n) }
        : null,
    };
  };
  /** The universe's voters in the list (a voter since gone from the file is left out). */
  const universeVoters = (): Voter[] => [...universe].flatMap((id) => voters.get(id) ?? []);
  return { election, voters, universe, loaded, brief, universeVoters };
}

export type ElectionContext = Awaited<ReturnType<typeof electionContext>>;
