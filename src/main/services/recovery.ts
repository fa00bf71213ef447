import { readFile } from 'node:fs/promises';
import { AppError } from '../../shared/errors';
import type { Session } from '../session';
import { backupPath, listBackups } from '../store/backups';
import { writeFileDurable } from '../store/durable';
import { inspectFile } from '../store/inspect';

export function backups(session: Session) {
  return listBackups(session.dataFile);
}

/** Copies a valid backup over the data file and reopens it. The damaged file stays in `damaged/`. */
export async function restoreBackup(session: Session, id: string) {
  const path = backupPath(session.dataFile, id);
  if (!path) throw new AppError('invalid-input', 'That is not a backup name.');
  const inspection = await inspectFile(path);
  if (inspection.kind === 'missing')
    throw new AppError('not-found', 'That backup no longer exists.');
  if (inspection.kind === 'damaged') {
    throw new AppError('conflict', `That backup cannot be restored: ${inspection.detail}`);
  }
  if (session.status().state !== 'damaged') await session.current().backup('restore');
  await writeFileDurable(session.dataFile, await readFile(path));
  return session.open();
}

/** Starts an empty chapter file; only offered on the recovery screen, where the damaged file is already kept aside. */
export async function startFresh(session: Session) {
  if (session.status().state !== 'damaged') {
    throw new AppError(
      'conflict',
      'There is a working chapter file; nothing to start afresh from.',
    );
  }
  return session.open();
}
