/**
 * The recovery screens' actions: restore a backup, set damaged files aside, look at a
 * backup read-only, settle an outside change. None of them deletes anything.
 */
import { readFile } from 'node:fs/promises';
import { AppError } from '../../shared/errors';
import type { Session } from '../session';
import { backupPath, listBackups } from '../store/backups';
import { writeFileDurable } from '../store/durable';
import { inspectFile } from '../store/inspect';

export function backups(session: Session) {
  return listBackups(session.dataFile);
}

async function usableBackup(session: Session, id: string): Promise<string> {
  const path = backupPath(session.dataFile, id);
  if (!path) throw new AppError('invalid-input', 'That is not a backup name.');
  const inspection = await inspectFile(path);
  if (inspection.kind === 'missing') {
    throw new AppError('not-found', 'That backup no longer exists.');
  }
  if (inspection.kind === 'damaged') {
    throw new AppError('conflict', `That backup cannot be restored: ${inspection.detail}`);
  }
  return path;
}

/**
 * Copies a valid backup over the data file and reopens it. With a chapter open, the copy
 * goes through the store's write queue (after the writes before it; none after). Restoring
 * deals with any damaged file: it is set aside in `damaged/set-aside/`.
 */
export async function restoreBackup(session: Session, id: string) {
  const state = session.status();
  if (state.state === 'newer-version' || state.readOnly) {
    throw new AppError(
      'conflict',
      'The chapter file in place was written by a newer Chapterhouse; restoring would replace it. Open the backup read-only instead, or use the newer Chapterhouse.',
    );
  }
  const path = await usableBackup(session, id);
  const bytes = await readFile(path);
  let store;
  try {
    store = session.current();
  } catch {
    store = null; // damaged: no chapter open, nothing else writes
  }
  if (store) await store.restoreBytes(bytes);
  else await writeFileDurable(session.dataFile, bytes);
  return session.setAsideDamage();
}

/** Sets the damaged files aside; only offered (and only allowed) while there are some. */
export async function setAside(session: Session) {
  if (session.status().state !== 'damaged') {
    throw new AppError('conflict', 'There is no damaged chapter file to set aside.');
  }
  return session.setAsideDamage();
}

export async function openReadOnly(session: Session, id: string) {
  const path = await usableBackup(session, id);
  const info = (await listBackups(session.dataFile)).find((b) => b.id === id);
  return session.openReadOnly(path, id, info?.createdAt ?? '');
}

export async function closeReadOnly(session: Session) {
  if (!session.status().readOnly) {
    throw new AppError('conflict', 'No backup is open read-only.');
  }
  return session.open();
}
