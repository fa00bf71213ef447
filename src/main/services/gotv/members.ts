/**
 * A member's match to a voter: set (after checking the voter is in the election's list and
 * no other member holds that voter) or cleared. The candidates themselves come from the pure
 * matcher (src/shared/gotv/match.ts); this only stores the choice a person made.
 */
import type { MemberMatchView } from '../../../shared/contract/gotv';
import { AppError } from '../../../shared/errors';
import { matchMembers } from '../../../shared/gotv/match';
import type { StoreData } from '../../../shared/schema/store';
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

/** Shown for a member with many namesakes; a typed address or voter ID narrows them. */
const MAX_CANDIDATES = 20;

/** Every active member's candidates in the election's list (nothing is stored). */
export async function memberMatches(
  data: StoreData,
  voters: VoterService,
  election: Election,
  hints: readonly { memberId: string; voterId?: string; address?: string }[],
): Promise<MemberMatchView[]> {
  const list = await voters.loaded(election.listId);
  const hinted = new Map(hints.map((h) => [h.memberId, h]));
  const members = data.members.filter((m) => m.active).sort((a, b) => a.name.localeCompare(b.name));
  const matches = matchMembers(
    members.map((m) => {
      const hint = hinted.get(m.id);
      return {
        id: m.id,
        name: m.name,
        voterId: hint?.voterId || m.voterId,
        address: hint?.address,
      };
    }),
    list.allById.values(),
  );
  return members.map((m, i) => {
    const match = matches[i] as (typeof matches)[number];
    return {
      memberId: m.id,
      name: m.name,
      ...(m.voterId ? { voterId: m.voterId } : {}),
      how: match.how,
      candidates: match.candidates.slice(0, MAX_CANDIDATES),
      shared: match.shared,
    };
  });
}
