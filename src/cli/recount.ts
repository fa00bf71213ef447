/**
 * `npm run --silent recount -- FILE [--json]`: recomputes a vote from its ballot file
 * alone (docs/ballot-file.md). Exit 0 with the result (any outcome); exit 2 when the file
 * cannot be read or is not a valid ballot file (not UTF-8, not JSON, a key given twice,
 * a bad field), naming the offending field.
 *
 * The file may come from anyone, so nothing from it reaches the terminal raw: the table
 * and the error messages show control characters and bidi overrides as visible escapes,
 * and --json escapes those JSON.stringify leaves raw (the same JSON value).
 */
import { readFileSync } from 'node:fs';
import { terminalSafe, terminalSafeJson } from '../shared/terminalText';
import {
  formatRecountText,
  parseBallotFileBytes,
  recountBallotFile,
  VotingInputError,
} from '../shared/voting';

const USAGE = 'usage: recount FILE [--json]';

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');
  if (files.length !== 1 || (files[0] ?? '').startsWith('-')) {
    process.stderr.write(`recount: ${USAGE}\n`);
    return 2;
  }
  const path = files[0] as string;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(terminalSafe(`recount: cannot read ${path}: ${reason}`) + '\n');
    return 2;
  }
  try {
    const result = recountBallotFile(parseBallotFileBytes(bytes));
    process.stdout.write(
      json ? `${terminalSafeJson(JSON.stringify(result, null, 2))}\n` : formatRecountText(result),
    );
    return 0;
  } catch (error) {
    if (error instanceof VotingInputError) {
      process.stderr.write(terminalSafe(`recount: ${error.message}`) + '\n');
      return 2;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
