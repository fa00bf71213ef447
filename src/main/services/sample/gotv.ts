/**
 * The sample chapter's get-out-the-vote: an election two weeks out drawn from the sample
 * voter list, so the GOTV area shows a universe (the supporters the canvass found), vote
 * plans with a ride to give, and one voter already struck off by a poll checker.
 */
import { localDateOf } from '../../../shared/dates';
import type { VotePlanInput } from '../../../shared/gotv/plans';
import type { Session } from '../../session';
import { createElection } from '../gotv/elections';
import { saveVotePlans } from '../gotv/plans';
import { universeOf } from '../gotv/universe';
import { createVotedStore } from '../gotv/votedStore';
import { readSettled } from '../settled';
import { createVoterService } from '../voters/service';

const DAY = 24 * 60 * 60 * 1000;

export async function seedSampleGotv(session: Session, listId: string): Promise<void> {
  const dir = session.dirFor('sample');
  const now = session.clock();
  const voters = createVoterService(dir, { now: session.clock });
  const election = await createElection(
    session,
    {
      name: 'General election',
      date: localDateOf(new Date(now.getTime() + 14 * DAY)),
      counties: ['39049'],
      listId,
    },
    (id) => voters.getList(id),
  );
  const universe = await universeOf(readSettled(session), voters, election);
  const [first, second, third] = universe.voters;
  const plans: VotePlanInput[] = [
    first && { voterId: first.id, plan: 'early' as const },
    second && {
      voterId: second.id,
      plan: 'election-day' as const,
      needsRide: true,
      rideDate: election.date,
      rideTime: '10:30',
    },
    third && { voterId: third.id, plan: 'mail' as const, ballotRequested: localDateOf(now) },
  ].filter((p) => p !== undefined);
  await saveVotePlans(dir, election, plans, () => true, now.toISOString());
  if (first) {
    await createVotedStore(() => dir).append(election.id, [
      { k: 'strike', id: first.id, at: now.toISOString(), by: 'Grace Kim' },
    ]);
  }
}
