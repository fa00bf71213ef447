/**
 * `npm run --silent recount -- FILE [--json]`: recomputes a vote from its ballot file
 * alone (docs/ballot-file.md). Exit 0 with the result (any outcome); exit 2 when the file
 * cannot be read or is not a valid ballot file, naming the offending field.
 */
import { readFileSync } from 'node:fs';
import {
  formatRecountText,
  parseBallotFileText,
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
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`recount: cannot read ${path}: ${reason}\n`);
    return 2;
  }
  try {
    const result = recountBallotFile(parseBallotFileText(text));
    process.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : formatRecountText(result));
    return 0;
  } catch (error) {
    if (error instanceof VotingInputError) {
      process.stderr.write(`recount: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
