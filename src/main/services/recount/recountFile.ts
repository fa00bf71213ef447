/**
 * Recounts a file from disk, whatever it holds: a Chapterhouse ballot file (read whole, by
 * its fast reader), or an official election's cast vote records, a CDF JSON file or a
 * ranked CSV, streamed with their rules file beside them (`mayor.csv` → `mayor.rules.json`)
 * and never whole in memory. What the recount CLI and the app's "recount a file" share.
 *
 * Content problems are VotingInputErrors naming the file, the line or record and the
 * reason; a file that cannot be read at all is the file system's error.
 */
import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { parse, CsvError } from 'csv-parse';
import { STORE_READ_LIMIT_BYTES } from '../../../shared/limits';
import { CdfReader } from '../../../shared/recount/cdf';
import { CsvRankReader } from '../../../shared/recount/csvRanks';
import { JsonStream, JsonStreamError } from '../../../shared/recount/jsonStream';
import {
  countCvrRead,
  recountFileKind,
  rulesPathFor,
  type CvrRead,
  type RecountFileKind,
} from '../../../shared/recount/recount';
import { parseRulesFile, type RulesFile } from '../../../shared/recount/rulesFile';
import { firstInvalidUtf8 } from '../../../shared/strictJson';
import {
  decodeStrict,
  parseStrictJson,
  recountBallotFileBytes,
  VotingInputError,
  type RecountResult,
} from '../../../shared/voting';

export interface RecountedFile {
  result: RecountResult;
  kind: RecountFileKind;
  /** The rules file used (cast vote records only). */
  rulesPath: string | null;
}

/** The bytes sniffed to tell a CDF file from a ballot file from a CSV. */
const HEAD_BYTES = 1024 * 1024;
const CHUNK_BYTES = 1024 * 1024;

export async function recountFile(
  path: string,
  options: { rules?: string | undefined; name?: string | undefined } = {},
): Promise<RecountedFile> {
  const name = options.name ?? path;
  const kind = recountFileKind(await head(path));
  if (kind === 'ballots') {
    if ((await stat(path)).size > STORE_READ_LIMIT_BYTES) {
      throw new VotingInputError(`invalid ballot file ${name}`, [
        {
          path: '',
          message: 'larger than 400 MB; a cast vote record file this large must be CDF or CSV',
        },
      ]);
    }
    return { result: recountBallotFileBytes(await readFile(path)), kind, rulesPath: null };
  }
  const rulesPath = options.rules ?? rulesPathFor(path);
  const rulesName = options.name ? basename(rulesPath) : rulesPath;
  const rules = await readRules(rulesPath, rulesName, name);
  const read = kind === 'cdf' ? await readCdf(path, name, rules) : await readCsv(path, name, rules);
  return { result: countCvrRead(rules, read, rulesName), kind, rulesPath };
}

async function head(path: string): Promise<string> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await file.read(buffer, 0, HEAD_BYTES, 0);
    return new TextDecoder().decode(buffer.subarray(0, bytesRead));
  } finally {
    await file.close();
  }
}

async function readRules(path: string, name: string, forFile: string): Promise<RulesFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new VotingInputError(`no rules file for ${forFile}`, [
      {
        path: '',
        message: `a cast vote record file is counted under a rules file (method, seats, ballot rules); ${name} was not found (see docs/ballot-file.md)`,
      },
    ]);
  }
  const what = `invalid rules file ${name}`;
  return parseRulesFile(parseStrictJson(decodeStrict(bytes, what), what), name);
}

async function readCdf(path: string, name: string, rules: RulesFile): Promise<CvrRead> {
  const reader = new CdfReader(name, rules.contest);
  const stream = new JsonStream('CVR', reader);
  try {
    for await (const text of textOf(path, name)) stream.push(text);
    stream.end();
  } catch (error) {
    if (error instanceof JsonStreamError) {
      throw new VotingInputError(`invalid cast vote record file ${name}`, [
        { path: `line ${error.line}`, message: error.message },
      ]);
    }
    throw error;
  }
  return reader.finish(rules);
}

async function readCsv(path: string, name: string, rules: RulesFile): Promise<CvrRead> {
  const reader = new CsvRankReader(name, rules);
  const source = Readable.from(textOf(path, name));
  const parser = parse({ relax_column_count: true, skip_empty_lines: true, info: true });
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);
  let header = true;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      if (header) reader.header(record, info.lines);
      else reader.row(record, info.lines);
      header = false;
    }
  } catch (error) {
    if (error instanceof CsvError) {
      throw new VotingInputError(`invalid cast vote record file ${name}`, [
        { path: `line ${Number(error.lines)}`, message: error.message },
      ]);
    }
    throw error;
  } finally {
    source.destroy();
  }
  if (header) {
    throw new VotingInputError(`invalid cast vote record file ${name}`, [
      { path: '', message: 'the file is empty (a CSV needs a header row)' },
    ]);
  }
  return {
    packed: reader.finish(),
    seats: rules.seats ?? 1,
    title: rules.title ?? null,
    warnings: [],
  };
}

/**
 * The file's text in chunks, strictly UTF-8 (a leading byte-order mark is dropped): a
 * byte that is not UTF-8 is an error naming its offset and line, never a silent U+FFFD.
 */
async function* textOf(path: string, name: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let offset = 0;
  let lines = 1;
  // The chunk before (a bad byte may end a character it began), its offset and line.
  let previous: Buffer = Buffer.alloc(0);
  let previousLine = 1;
  const chunks = createReadStream(path, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>;
  for await (const chunk of chunks) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw notUtf8(name, Buffer.concat([previous, chunk]), offset - previous.length, previousLine);
    }
    previous = chunk;
    previousLine = lines;
    lines += countLines(chunk);
    offset += chunk.length;
    yield text;
  }
  try {
    yield decoder.decode();
  } catch {
    throw notUtf8(name, previous, offset - previous.length, previousLine);
  }
}

/** The error for the first bad byte in `bytes`, which start at file offset `base` on line `line`. */
function notUtf8(name: string, bytes: Buffer, base: number, line: number): VotingInputError {
  // Start at a byte that begins a character (the chunk before may begin inside one).
  let start = 0;
  while (start < bytes.length && start < 4 && ((bytes[start] as number) & 0xc0) === 0x80) start++;
  const bad = firstInvalidUtf8(bytes.subarray(start));
  const at = start + (bad < 0 ? bytes.length - start : bad);
  return new VotingInputError(`invalid cast vote record file ${name}`, [
    {
      path: `line ${line + countLines(bytes.subarray(0, at))}`,
      message: `not valid UTF-8 at byte offset ${base + at}; save the file as UTF-8`,
    },
  ]);
}

function countLines(bytes: Buffer): number {
  let n = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) n++;
  return n;
}
