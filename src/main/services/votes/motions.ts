/** Presence and motions: the room frozen at the vote, counts, voice, objections, roll call. */
import { quorumFor } from '../../../shared/schema/chapter';
import { AppError } from '../../../shared/errors';
import { isSecret } from '../../../shared/voteLog/definition';
import { presenceProblem } from '../../../shared/voteLog/presence';
import type { VoteState } from '../../../shared/voteLog/state';
import type { Session } from '../../session';
import { act } from './writes';

function requireMotion(state: VoteState, methods?: string[]) {
  const def = state.definition;
  if (def.kind !== 'motion' || (methods && !methods.includes(def.method))) {
    throw new AppError('conflict', 'That action does not apply to this vote.');
  }
  return def;
}

export function freezePresence(
  session: Session,
  id: string,
  present: number,
  presentIds?: string[],
) {
  return act(session, id, (state, data) => {
    const chapter = data.chapter;
    if (!chapter) throw new AppError('not-ready', 'Create the chapter first.');
    const active = data.members.filter((m) => m.active);
    const problem = presenceProblem(presentIds ? presentIds.length : present, active.length);
    if (problem) throw new AppError('invalid-input', problem);
    if (presentIds) {
      if (new Set(presentIds).size !== presentIds.length)
        throw new AppError('invalid-input', 'Someone is marked present twice.');
      const known = new Set(active.map((m) => m.id));
      const unknown = presentIds.find((p) => !known.has(p));
      if (unknown)
        throw new AppError('invalid-input', 'Someone marked present is not an active member.');
      if (isSecret(state.definition))
        throw new AppError('invalid-input', 'A secret vote records no names.');
    }
    if (
      state.definition.kind === 'motion' &&
      state.definition.method === 'roll-call' &&
      !presentIds
    ) {
      throw new AppError('invalid-input', 'A roll call needs the names of those present.');
    }
    return [
      {
        type: 'presence-frozen',
        present: presentIds ? presentIds.length : present,
        members: active.length,
        quorum: quorumFor(chapter.quorum, active.length),
        ...(presentIds ? { presentIds } : {}),
      },
    ];
  });
}

export function recordCounts(
  session: Session,
  id: string,
  counts: { yes: number; no: number; abstain: number; note?: string | undefined },
) {
  return act(session, id, (state) => {
    const def = requireMotion(state);
    if (
      def.method === 'roll-call' ||
      def.method === 'unanimous-consent' ||
      (def.method === 'voice' && !state.division)
    ) {
      throw new AppError('conflict', 'This vote is not decided by counts.');
    }
    if (state.presence && counts.yes + counts.no + counts.abstain > state.presence.present) {
      throw new AppError(
        'invalid-input',
        `${counts.yes + counts.no + counts.abstain} votes counted but only ${state.presence.present} present. Recount, or freeze the presence again.`,
      );
    }
    return [{ type: 'counts-recorded', ...counts }];
  });
}

export function declareVoice(session: Session, id: string, declared: 'adopted' | 'failed') {
  return act(session, id, (state) => {
    requireMotion(state, ['voice']);
    if (state.division)
      throw new AppError('conflict', 'A division was requested: record the counts.');
    return [{ type: 'voice-declared', declared }];
  });
}

export function requestDivision(session: Session, id: string) {
  return act(session, id, (state) => {
    requireMotion(state, ['voice']);
    return [{ type: 'division-requested' }];
  });
}

export function recordObjection(session: Session, id: string, by?: string) {
  return act(session, id, (state) => {
    requireMotion(state, ['unanimous-consent']);
    return [{ type: 'objection-recorded', ...(by ? { by } : {}) }];
  });
}

export function rollCallVote(
  session: Session,
  id: string,
  memberId: string,
  vote: 'yes' | 'no' | 'abstain',
) {
  return act(session, id, (state, data) => {
    requireMotion(state, ['roll-call']);
    if (!state.presence?.presentIds?.includes(memberId)) {
      throw new AppError('invalid-input', 'Only members marked present vote in the roll call.');
    }
    const member = data.members.find((m) => m.id === memberId);
    if (!member) throw new AppError('not-found', 'That member does not exist.');
    return [{ type: 'roll-call-vote', memberId, name: member.name, vote }];
  });
}
