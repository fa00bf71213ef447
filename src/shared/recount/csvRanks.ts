import { LIMITS } from '../limits';
import type { PackedBallots } from '../voting/ballotSet';
import { groupDigits } from '../voting/decimal';
import { VotingInputError } from '../voting/errors';
import { BallotPacker, isBlank, MAX_BALLOT_COUNT } from '../voting/packer';
import type { RulesFile } from './rulesFile';

/**
 * A plain ranked CSV (docs/ballot-file.md): a header row, then one ballot per row with
 * one column per rank, first choice first, and optionally a column of counts (identical
 * ballots on one row). Rows arrive one at a time (the file is parsed as it streams) and
 * identical rankings are added up as they come, so memory grows with the different
 * rankings, not with the rows.
 *
 * A rank cell holds a candidate's name (compared exactly, as in a ballot file), nothing
 * (or only spaces) for a blank rank, or several names on separate lines of the cell for
 * an overvote, as RCTab writes them; the rules file's `labels` name the text the file uses
 * for a blank rank or an overvote whose candidates it does not say.
 */
export class CsvRankReader {
  private readonly what: string;
  private readonly packer: BallotPacker;
  private width = 0;
  private rankColumns: number[] = [];
  private countColumn = -1;
  private headers: string[] = [];

  constructor(
    name: string,
    private readonly rules: RulesFile,
  ) {
    this.what = `invalid cast vote record file ${name}`;
    this.packer = new BallotPacker(rules.candidates ?? [], { merge: true });
  }

  /** The header row: which columns are ranks, which holds the counts. */
  header(cells: readonly string[], line: number): void {
    const headers = cells.map((c) => c.trim());
    this.headers = headers;
    this.width = headers.length;
    const columns = this.rules.columns ?? {};
    const find = (header: string): number => {
      const found = headers.flatMap((h, i) => (h === header ? [i] : []));
      if (found.length !== 1) {
        this.fail(
          line,
          found.length
            ? `the header "${header}" names ${found.length} columns`
            : `no column is headed "${header}" (the rules file's "columns"); the header row has ${headers.map((h) => `"${h}"`).join(', ')}`,
        );
      }
      return found[0] as number;
    };
    if (columns.count !== undefined) this.countColumn = find(columns.count);
    else this.countColumn = headers.findIndex((h) => h.toLowerCase() === 'count');
    this.rankColumns = columns.ranks
      ? columns.ranks.map(find)
      : headers.flatMap((_, i) => (i === this.countColumn ? [] : [i]));
    if (this.rankColumns.length === 0) this.fail(line, 'no rank columns');
    if (this.rankColumns.length > LIMITS.shortList) {
      this.fail(line, `more than ${LIMITS.shortList} rank columns`);
    }
  }

  /** One ballot (or `count` identical ballots). */
  row(cells: readonly string[], line: number): void {
    if (cells.length !== this.width) {
      this.fail(line, `${cells.length} columns where the header has ${this.width}`);
    }
    const { packer } = this;
    const labels = this.rules.labels ?? {};
    for (const column of this.rankColumns) {
      const cell = cells[column] as string;
      if (isBlank(cell) || cell === labels.blank) packer.blank();
      else if (cell === labels.overvote) packer.unnamedOvervote();
      else if (cell.includes('\n')) packer.group(cell.split(/\r?\n/));
      else packer.mark(packer.indexOf(cell));
    }
    if (packer.namesSeen > LIMITS.list) {
      this.fail(line, `more than ${groupDigits(LIMITS.list)} different names`);
    }
    const count = this.countColumn < 0 ? 1 : this.count(cells[this.countColumn] as string, line);
    if (packer.ballots + count > MAX_BALLOT_COUNT) {
      this.fail(line, `more than ${groupDigits(MAX_BALLOT_COUNT)} ballots in all`);
    }
    packer.endBallot(count);
  }

  finish(): PackedBallots {
    return this.packer.finish();
  }

  private count(cell: string, line: number): number {
    const text = cell.trim();
    if (text === '') return 1;
    const n = /^\d{1,10}$/.test(text) ? Number(text) : NaN;
    if (!(n >= 1 && n <= MAX_BALLOT_COUNT)) {
      this.fail(
        line,
        `column "${this.headers[this.countColumn] ?? ''}": ${JSON.stringify(cell)} is not a number of ballots (a whole number from 1 to ${groupDigits(MAX_BALLOT_COUNT)})`,
      );
    }
    return n;
  }

  private fail(line: number, message: string): never {
    throw new VotingInputError(this.what, [{ path: `line ${line}`, message }]);
  }
}
