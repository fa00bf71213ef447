/**
 * Recounting a file in the app: a ballot file, or an official election's cast vote
 * records (CDF JSON or ranked CSV, with its rules file beside it), chosen by the person
 * and read as the recount CLI reads it (services/recount/recountFile.ts). The last file
 * recounted is kept for this session, so its rounds can be exported as a summary report
 * without sending the whole result back from the screen.
 */
import { basename } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { RecountResult } from '../../../shared/voting/ballotFile';
import { VotingInputError } from '../../../shared/voting/errors';
import type { Host } from '../../host';
import type { Session } from '../../session';
import { recountFile } from '../recount/recountFile';
import { saveSummary } from './exports';

const lastRecount = new WeakMap<Session, { result: RecountResult; fileName: string }>();

export async function recountChosenFile(session: Session, host: Host) {
  const path = await host.chooseOpenPath({
    title: 'Recount a ballot file or an election’s cast vote records',
    filters: [
      { name: 'Ballot file, CDF cast vote records or ranked CSV', extensions: ['json', 'csv'] },
    ],
  });
  if (!path) return { opened: false };
  const fileName = basename(path);
  try {
    const { result, rulesPath } = await recountFile(path, { name: fileName });
    lastRecount.set(session, { result, fileName });
    return { opened: true, fileName, rulesFile: rulesPath && basename(rulesPath), result };
  } catch (error) {
    if (error instanceof VotingInputError) throw new AppError('invalid-input', error.message);
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (typeof code === 'string')
      throw new AppError('not-found', `Cannot read ${fileName} (${code}).`);
    throw error;
  }
}

/** The rounds of the file last recounted, as RCTab's summary report. */
export function exportRecountSummary(session: Session, host: Host, format: 'csv' | 'json') {
  const last = lastRecount.get(session);
  if (!last) throw new AppError('conflict', 'Recount a file first.');
  return saveSummary(host, last.result, format, last.fileName.replace(/\.[^.]*$/, ''));
}
