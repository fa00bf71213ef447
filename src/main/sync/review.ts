/**
 * What sync leaves a person to look at (channels `sync.*`): member conflicts with the member's
 * name and each device's name, an officer's choice, and the records set aside at rebuild.
 */
import type { Conflicts, SetAsideView } from '../../shared/contract/sync';
import { AppError } from '../../shared/errors';
import { MEMBER_FIELD_WORDS, setAsideWhat, shownValue } from '../../shared/sync/review';
import { readSettled } from '../services/settled';
import type { Session } from '../session';
import { deviceRegistry } from './published';
import { handleOf } from './stickFlow';

async function deviceNames(session: Session): Promise<(id: string) => string> {
  const handle = handleOf(session);
  const devices = handle
    ? await deviceRegistry(session.dataDir, handle.identity, handle.replica)
    : [];
  const names = new Map(devices.map((d) => [d.id, d.name]));
  return (id) => names.get(id) ?? `a device this laptop does not know (${id.slice(0, 8)})`;
}

export async function conflictsView(session: Session): Promise<Conflicts> {
  const handle = handleOf(session);
  if (!handle) return { on: false, conflicts: [] };
  const nameOf = await deviceNames(session);
  const members = new Map(readSettled(session).members.map((m) => [m.id, m.name]));
  return {
    on: true,
    conflicts: handle.replica.conflicts().map((c) => ({
      key: c.key,
      memberId: c.memberId,
      memberName: members.get(c.memberId) ?? 'A member no longer here',
      field: MEMBER_FIELD_WORDS[c.field],
      previous: shownValue(c.previous),
      choices: c.events.map((e) => ({
        eventId: e.id,
        value: shownValue(e.value),
        device: nameOf(e.device),
        at: e.at,
      })),
    })),
  };
}

/** An officer keeps one of the competing edits; the view is rebuilt with it. */
export async function resolveConflict(
  session: Session,
  key: string,
  eventId: string,
): Promise<Conflicts> {
  const handle = handleOf(session);
  if (!handle?.replica.has('roster')) {
    throw new AppError('read-only', 'Only an officer’s laptop holds the roster and can choose.');
  }
  try {
    await handle.replica.resolveConflict(key, eventId);
  } catch (error) {
    throw new AppError('conflict', (error as Error).message);
  }
  return conflictsView(session);
}

export async function setAsideView(
  session: Session,
): Promise<{ on: boolean; records: SetAsideView[] }> {
  const handle = handleOf(session);
  if (!handle) return { on: false, records: [] };
  const nameOf = await deviceNames(session);
  return {
    on: true,
    records: handle.replica.setAside().map((s) => ({
      what: setAsideWhat(s.key),
      key: s.key,
      device: s.device === null ? null : nameOf(s.device),
      at: s.at,
      reason: s.reason,
    })),
  };
}
