/**
 * GOTV elections in the chapter file: list (soonest first), add, change and remove. An
 * election names the voter list its universe is drawn from; the list must exist.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { Election, ElectionInput, ElectionPatch } from '../../../shared/gotv/election';
import { ElectionInputSchema } from '../../../shared/gotv/election';
import type { StoreData } from '../../../shared/schema/store';
import type { Session } from '../../session';
import { readSettled, updateSettled } from '../settled';

/** Whether a voter list exists (the voter service's `getList` throws 'not-found' if not). */
export type ListCheck = (listId: string) => Promise<unknown>;

export function listElections(session: Session): Election[] {
  return [...readSettled(session).gotvElections].sort(
    (a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name),
  );
}

export function electionOf(data: StoreData, id: string): Election {
  const election = data.gotvElections.find((e) => e.id === id);
  if (!election) throw new AppError('not-found', 'That election is no longer on file.');
  return election;
}

export async function createElection(
  session: Session,
  input: ElectionInput,
  checkList: ListCheck,
): Promise<Election> {
  const fields = ElectionInputSchema.parse(input);
  await checkList(fields.listId);
  const election: Election = {
    ...fields,
    id: randomUUID(),
    createdAt: session.clock().toISOString(),
  };
  return updateSettled(session, (data) => ({
    data: { ...data, gotvElections: [...data.gotvElections, election] },
    result: election,
  }));
}

export async function updateElection(
  session: Session,
  id: string,
  patch: ElectionPatch,
  checkList: ListCheck,
): Promise<Election> {
  if (patch.listId) await checkList(patch.listId);
  return updateSettled(session, (data) => {
    const current = electionOf(data, id);
    const updated: Election = { ...current, ...patch };
    const gotvElections = data.gotvElections.map((e) => (e.id === id ? updated : e));
    return { data: { ...data, gotvElections }, result: updated };
  });
}

export function removeElection(session: Session, id: string): Promise<void> {
  return updateSettled(session, (data) => {
    electionOf(data, id);
    return { data: { ...data, gotvElections: data.gotvElections.filter((e) => e.id !== id) } };
  });
}
