import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors';
import type { StoreData } from '../../shared/schema/store';
import {
  MemberInputSchema,
  type Member,
  type MemberInput,
  type MemberPatch,
} from '../../shared/schema/member';
import type { Session } from '../session';
import { updateSettled } from './settled';

export function listMembers(session: Session): Member[] {
  return [...session.current().data.members].sort((a, b) => a.name.localeCompare(b.name));
}

/** Parses once more so a service call and a form produce the same normalised member. */
function normalise(input: MemberInput) {
  return MemberInputSchema.parse(input);
}

export function addMembers(
  data: StoreData,
  inputs: MemberInput[],
): { data: StoreData; added: Member[] } {
  const added = inputs.map((input): Member => ({
    ...normalise(input),
    id: randomUUID(),
    active: true,
    history: [],
  }));
  return { data: { ...data, members: [...data.members, ...added] }, added };
}

export function addMember(session: Session, input: MemberInput): Promise<Member> {
  return updateSettled(session, (data) => {
    const { data: next, added } = addMembers(data, [input]);
    const [member] = added;
    if (!member) throw new Error('addMembers returned nothing');
    return { data: next, result: member };
  });
}

function replaceMember(
  session: Session,
  id: string,
  change: (member: Member) => Member,
): Promise<Member> {
  return updateSettled(session, (data) => {
    const index = data.members.findIndex((m) => m.id === id);
    const current = data.members[index];
    if (!current) throw new AppError('not-found', 'That member no longer exists.');
    const updated = change(current);
    const members = data.members.with(index, updated);
    return { data: { ...data, members }, result: updated };
  });
}

/** Changes the fields the patch names; every other field keeps its value. */
export function updateMember(session: Session, id: string, patch: MemberPatch): Promise<Member> {
  return replaceMember(session, id, (m) => {
    const { id: _id, active, deactivation, history, voterId, ...fields } = m;
    const kept = { id: m.id, active, deactivation, history, ...(voterId ? { voterId } : {}) };
    return { ...normalise({ ...fields, ...patch }), ...kept };
  });
}

export function deactivateMember(session: Session, id: string, reason: string): Promise<Member> {
  return replaceMember(session, id, (m) => {
    if (!m.active) throw new AppError('conflict', `${m.name} is already inactive.`);
    const at = session.clock().toISOString();
    return {
      ...m,
      active: false,
      deactivation: { reason, at },
      history: [...m.history, { at, change: 'deactivated', reason }],
    };
  });
}

export function reactivateMember(session: Session, id: string): Promise<Member> {
  return replaceMember(session, id, (m) => {
    if (m.active) throw new AppError('conflict', `${m.name} is already active.`);
    const { deactivation: _previous, ...rest } = m;
    const at = session.clock().toISOString();
    return { ...rest, active: true, history: [...m.history, { at, change: 'reactivated' }] };
  });
}
