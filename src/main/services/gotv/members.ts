/**
 * A member's match to a voter: set (after checking the voter is in the election's list and
 * no other member holds that voter) or cleared. The candidates themselves come from the pure
 * matcher (src/shared/gotv/match.ts); this only stores the choice a person made.
 */
import { AppError } from '../../../shared/errors';
import type { Election } from '../../../shared/gotv/election';
import type { Member } from '../../../shared/schema/member';
import type { Session } from '../../session';
import { updateSettled } from '../settled';
import type { VoterService } from '../voters/service';

export async function matchMember(
  session: Session,
  voters: VoterService,
  election: Election,
  memberId: string,
  voterId: string | null,
): Promise<Member> {
  if (voterId !== null) {
    const list = await voters.loaded(election.listId);
    if (!list.allById.has(voterId))
      throw new AppError('not-found', `There is no voter ${voterId} in this election's list.`);
  }
  return updateSettled(session, (data) => {
    const member = data.members.find((m) => m.id === memberId);
    if (!member) throw new AppError('not-found', 'That member no longer exists.');
    const holder = voterId && data.members.find((m) => m.id !== memberId && m.voterId === voterId);
    if (holder)
      throw new AppError('conflict', `${holder.name} is already matched to voter ${voterId}.`);
    const { voterId: _old, ...rest } = member;
    const updated: Member = voterId ? { ...rest, voterId } : rest;
    const members = data.members.map((m) => (m.id === memberId ? updated : m));
    return { data: { ...data, members }, result: updated };
  });
}
