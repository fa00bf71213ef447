import { RECOUNT_FORMAT } from '../voting/ballotFile';
import type { RecountResult } from '../voting/ballotFile';
import type { PackedBallots } from '../voting/ballotSet';
import { groupDigits } from '../voting/decimal';
import { countPackedElection } from '../voting/election';
import { VotingInputError } from '../voting/errors';
import type { RulesFile } from './rulesFile';

/**
 * Recounting an official election from its cast vote records: which reader a file needs,
 * where its rules file is, and the count of what was read (the same count as a ballot
 * file's: countPackedElection).
 */

/** A Chapterhouse ballot file, a CDF cast vote record file (JSON), or a ranked CSV. */
export type RecountFileKind = 'ballots' | 'cdf' | 'csv';

/**
 * Which reader a file needs, from its first bytes (a megabyte is plenty): JSON whose
 * objects carry a CDF `"@type": "CVR.…"` (every CDF object has one) is a cast vote record
 * file, other JSON a ballot file, anything else a CSV.
 */
export function recountFileKind(head: string): RecountFileKind {
  const start = head.replace(/^\uFEFF?\s*/, '');
  if (!start.startsWith('{')) return 'csv';
  return /"@type"\s*:\s*"CVR\./.test(head) ? 'cdf' : 'ballots';
}

/** Where a cast vote record file's rules file is by default: `mayor.csv` → `mayor.rules.json`. */
export function rulesPathFor(path: string): string {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  const dot = path.lastIndexOf('.');
  return `${dot > slash + 1 ? path.slice(0, dot) : path}.rules.json`;
}

/** What a cast vote record reader gives: the ballots packed and what the file says of the contest. */
export interface CvrRead {
  packed: PackedBallots;
  seats: number;
  title: string | null;
  warnings: string[];
}

/** The recount of a cast vote record file read under its rules file. */
export function countCvrRead(rules: RulesFile, read: CvrRead, rulesName: string): RecountResult {
  if ((rules.method === 'irv' || rules.method === 'majority') && read.seats !== 1) {
    throw new VotingInputError(`invalid rules file ${rulesName}`, [
      {
        path: 'seats',
        message: `the contest elects ${read.seats}; ${rules.method} fills one seat (give "seats": 1 or use stv)`,
      },
    ]);
  }
  const result = countPackedElection(
    { method: rules.method, seats: read.seats, rules: rules.rules },
    read.packed,
  );
  const warnings = [...read.warnings];
  if (rules.expectedBallots !== undefined && rules.expectedBallots !== result.ballots.total) {
    warnings.push(
      `The rules file expects ${groupDigits(rules.expectedBallots)} ballots but the file holds ${groupDigits(result.ballots.total)}: check before accepting this result.`,
    );
  }
  return {
    format: RECOUNT_FORMAT,
    title: read.title,
    chapter: rules.chapter ?? null,
    ...result,
    warnings: [...warnings, ...result.warnings],
  };
}
