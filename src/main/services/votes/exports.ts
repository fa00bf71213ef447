/**
 * Files for others to check: a vote's ballot file anyone can recount, and a count's
 * rounds as RCTab's summary reports (docs/ballot-file.md), saved where the person chooses.
 */
import { AppError } from '../../../shared/errors';
import { dateOf } from '../../../shared/dates';
import { summaryCsv, summaryJson } from '../../../shared/recount/summary';
import { APP_VERSION } from '../../../shared/version';
import { countVote, toBallotFile } from '../../../shared/voteLog/state';
import type { RecountResult } from '../../../shared/voting/ballotFile';
import type { FileFilter, Host } from '../../host';
import type { Session } from '../../session';
import { writeFileDurable } from '../../store/durable';
import { stateOf } from './views';

/** Asks where to save `text` (the default name made from `name`) and writes it there. */
async function saveFile(
  host: Host,
  file: { title: string; name: string; suffix: string; filter: FileFilter; text: string },
) {
  const slug =
    file.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'vote';
  const path = await host.chooseSavePath({
    title: file.title,
    defaultName: `${slug}${file.suffix}`,
    filters: [file.filter],
  });
  if (!path) return { saved: false };
  await writeFileDurable(path, file.text);
  return { saved: true, fileName: path.split(/[\\/]/).pop() };
}

export async function exportBallotFile(session: Session, host: Host, id: string) {
  const data = session.current().data;
  const state = stateOf(data, id);
  const file = {
    ...toBallotFile(state, data.chapter?.name),
    exported: session.clock().toISOString(),
  };
  return saveFile(host, {
    title: 'Export the ballot file',
    name: state.definition.title,
    suffix: '.ballots.json',
    filter: { name: 'Ballot file', extensions: ['json'] },
    text: `${JSON.stringify(file, null, 2)}\n`,
  });
}

/** The election's rounds as RCTab's summary report, CSV or JSON. */
export async function exportSummary(
  session: Session,
  host: Host,
  id: string,
  format: 'csv' | 'json',
) {
  const data = session.current().data;
  const state = stateOf(data, id);
  if (state.definition.kind !== 'election') {
    throw new AppError('conflict', 'A motion has no rounds to export: its result is the report.');
  }
  const counted = countVote(state, data.chapter?.name);
  if (!counted.ok) {
    throw new AppError('conflict', `There is no count to export yet: ${counted.reason}`);
  }
  return saveSummary(host, counted.result, format, state.definition.title, dateOf(state.openedAt));
}

/** A count's rounds as RCTab's summary report, saved where the person chooses. */
export function saveSummary(
  host: Host,
  result: RecountResult,
  format: 'csv' | 'json',
  name: string,
  date?: string,
) {
  if (result.kind !== 'election') {
    throw new AppError('conflict', 'A motion has no rounds to export: its result is the report.');
  }
  const options = { generatedBy: `Chapterhouse ${APP_VERSION}`, date };
  return saveFile(host, {
    title: 'Export the round summary',
    name,
    suffix: `.summary.${format}`,
    filter:
      format === 'csv'
        ? { name: 'Round summary (CSV)', extensions: ['csv'] }
        : { name: 'Round summary (JSON)', extensions: ['json'] },
    text:
      format === 'csv'
        ? summaryCsv(result, options)
        : `${JSON.stringify(summaryJson(result, options), null, 2)}\n`,
  });
}
