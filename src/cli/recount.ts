/**
 * `npm run --silent recount -- FILE [--rules RULES] [--json] [--summary-json OUT]
 * [--summary-csv OUT]`: recomputes a vote from its ballot file alone, or an official
 * election from its cast vote records (a NIST CDF JSON file or a ranked CSV, with a rules
 * file beside it: `mayor.csv` → `mayor.rules.json`, or --rules), streamed so a million
 * ballots fit in bounded memory (docs/ballot-file.md). --summary-json / --summary-csv also
 * write the rounds as RCTab's summary reports. Exit 0 with the result (any outcome); exit
 * 2 when a file cannot be read or is not valid (not UTF-8, not JSON, a key given twice, a
 * bad field, a bad row or record), naming the file, the field, line or record, and why.
 *
 * The files may come from anyone, so nothing from them reaches the terminal raw: the table
 * and the error messages show control characters and bidi overrides as visible escapes,
 * and --json escapes those JSON.stringify leaves raw (the same JSON value).
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { recountFile } from '../main/services/recount/recountFile';
import { summaryCsv, summaryJson } from '../shared/recount/summary';
import { terminalSafe, terminalSafeJson } from '../shared/terminalText';
import { APP_VERSION } from '../shared/version';
import { formatRecountText, VotingInputError } from '../shared/voting';

const USAGE =
  'usage: recount FILE [--rules RULES] [--json] [--summary-json OUT] [--summary-csv OUT]';

async function main(argv: string[]): Promise<number> {
  let values: { rules?: string; json?: boolean; 'summary-json'?: string; 'summary-csv'?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        rules: { type: 'string' },
        json: { type: 'boolean' },
        'summary-json': { type: 'string' },
        'summary-csv': { type: 'string' },
      },
    }));
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}; ${USAGE}`);
  }
  if (positionals.length !== 1) return fail(USAGE);
  const path = positionals[0] as string;
  try {
    const { result } = await recountFile(path, { rules: values.rules }).catch((error: unknown) => {
      throw fileError(error, 'read', path);
    });
    const options = { generatedBy: `Chapterhouse ${APP_VERSION}` };
    const summaries: [string | undefined, () => string][] = [
      [values['summary-json'], () => `${JSON.stringify(summaryJson(result, options), null, 2)}\n`],
      [values['summary-csv'], () => summaryCsv(result, options)],
    ];
    for (const [out, text] of summaries) {
      if (out === undefined) continue;
      await writeFile(out, text()).catch((error: unknown) => {
        throw fileError(error, 'write', out);
      });
    }
    process.stdout.write(
      values.json
        ? `${terminalSafeJson(JSON.stringify(result, null, 2))}\n`
        : formatRecountText(result),
    );
    return 0;
  } catch (error) {
    if (error instanceof VotingInputError || error instanceof CannotUse) return fail(error.message);
    throw error;
  }
}

class CannotUse extends Error {}

/** A file system error as one line ("cannot read mayor.csv: no such file or directory"). */
function fileError(error: unknown, verb: string, path: string): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (!(error instanceof Error) || typeof code !== 'string') return error;
  const reason = error.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '');
  return new CannotUse(`cannot ${verb} ${path}: ${reason}`);
}

function fail(message: string): number {
  process.stderr.write(`${terminalSafe(`recount: ${message}`)}\n`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
