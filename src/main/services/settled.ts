/**
 * The one way the main process changes the chapter: each write's change, then everything that
 * follows from it (`settleAll`: a certified vote adopts a policy, endorses a candidate…), in
 * the same write. Reads apply the same function to the data in memory and never write, so a
 * file from an older version, a restored backup or an imported bundle reads as settled and is
 * stored settled with its next change.
 */
import { settleAll } from '../../shared/decisions';
import type { StoreData } from '../../shared/schema/store';
import type { Session } from '../session';
import type { BackupReason } from '../store/backups';

/** The chapter as it stands, with every certified decision applied (a pure read). */
export function readSettled(session: Session): StoreData {
  return settleAll(session.current().data);
}

/** One write: `fn` sees settled data; what its change settles is stored with it. */
export function updateSettled<R = void>(
  session: Session,
  fn: (data: StoreData) => { data: StoreData; result?: R },
): Promise<R> {
  return session.current().update((data) => {
    const { data: next, result } = fn(settleAll(data));
    return { data: settleAll(next), ...(result === undefined ? {} : { result }) };
  });
}

/** One write whose result is a view of the data as stored (its settled decisions included). */
export function updateSettledView<R>(
  session: Session,
  change: (data: StoreData) => StoreData,
  view: (stored: StoreData) => R,
): Promise<R> {
  return session.current().update((data) => {
    const next = settleAll(change(settleAll(data)));
    return { data: next, result: view(next) };
  });
}

/** Replaces all data (a bundle import), settled like any other write; a backup comes first. */
export function replaceSettled(
  session: Session,
  data: StoreData,
  reason: BackupReason,
): Promise<void> {
  return session.current().replace(settleAll(data), reason);
}
