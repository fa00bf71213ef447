/**
 * File-system failures a person can act on, in plain words. A full disk or a read-only
 * folder (a locked USB stick, a folder without write permission) must never be reported
 * as something else, such as "already open" or a bare errno.
 */
import { AppError } from '../../shared/errors';

const FULL = new Set(['ENOSPC', 'EDQUOT']);
const READ_ONLY = new Set(['EROFS', 'EACCES', 'EPERM']);

export function errnoOf(error: unknown): string {
  return (error as NodeJS.ErrnoException | null)?.code ?? '';
}

/** The AppError for a failed write to `where` (a folder or file path), or the error itself. */
export function plainFsError(error: unknown, where: string): unknown {
  if (error instanceof AppError) return error;
  const code = errnoOf(error);
  if (FULL.has(code)) {
    return new AppError(
      'disk-full',
      `The disk holding ${where} is full, so nothing was saved. Free some space (or choose another folder) and try again; the data already saved is unchanged.`,
    );
  }
  if (READ_ONLY.has(code)) {
    return new AppError(
      'read-only',
      `Chapterhouse cannot write to ${where}: the folder is read-only or you lack permission to change it (${code}). Nothing was changed.`,
    );
  }
  return error;
}
