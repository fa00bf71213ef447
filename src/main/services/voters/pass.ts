/**
 * One streaming pass over a voter file: bytes → LineGuard → csv-parse → VoterRowMapper.
 *
 * csv-parse (with relaxed quotes and column counts, blank lines kept) yields one record
 * per physical line, so a record's line number is its position — unless a damaged quote
 * makes a record run over a line end. The fast pass does not look for that; it only
 * checks afterwards that csv-parse counted as many lines as it gave records (and raised
 * no error). When that check fails, the importer runs a second pass with `checkQuotes`,
 * where the guard blanks every line that ends inside a quoted value before csv-parse sees
 * it, so only the damaged lines are lost, each reported with its number. The fast pass
 * also caps a record at the line limit: a quote left open near the top would otherwise
 * have csv-parse gather the rest of the file into one field before reporting it.
 *
 * The header is the record on `headerLine` (the first non-blank line), even when the guard
 * blanked it for a damaged quote: the row after it is data, never taken for the header.
 */
import { createReadStream } from 'node:fs';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse, type CsvError } from 'csv-parse';
import { VoterRowMapper, type RowMapperOptions } from '../../../shared/canvass/rowMapper';
import type { ImportError, ImportProgress } from '../../../shared/canvass/schema';
import { DEFAULT_MAX_LINE_BYTES, LineGuard } from './lineGuard';
import type { Delimiter } from './sniff';

export interface PassSpec {
  path: string;
  size: number;
  encoding: 'auto' | 'utf-8' | 'latin1';
  delimiter: Delimiter;
  quoted: boolean;
  checkQuotes: boolean;
  /** The header's line number (1-based), or null when the file has no header. */
  headerLine: number | null;
  /** Longest line read, in bytes (LineGuard's default when omitted). */
  maxLineBytes?: number;
  mapper: RowMapperOptions;
  maxVoters: number;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
}

export type PassResult =
  | {
      ok: true;
      mapper: VoterRowMapper;
      latin1: boolean;
      /** First line read as Latin-1 after the file started as UTF-8. */
      latin1From: number | null;
      /** One record per line and no parser errors: line numbers are exact. */
      clean: boolean;
      /** Why the guard could not read the header line as it stands (its quotes), if so. */
      headerProblem: string | null;
    }
  | { ok: false; error: ImportError };

function isBlank(record: readonly string[]): boolean {
  for (const f of record) if (f.trim() !== '') return false;
  return true;
}

function describeCsvError(err: CsvError): string {
  const text = err.message.replace(/ at line \d+/, '').replace(/\s+/g, ' ');
  return `unreadable row: ${text.length > 140 ? `${text.slice(0, 140)}…` : text}`;
}

export async function runPass(spec: PassSpec): Promise<PassResult> {
  const mapper = new VoterRowMapper(spec.mapper);
  const controller = new AbortController();
  const onAbort = (): void => controller.abort();
  spec.signal?.addEventListener('abort', onAbort, { once: true });
  if (spec.signal?.aborted) controller.abort();
  let stop: ImportError | null = null;
  let bytesRead = 0;
  let lastProgress = 0;
  const progress = (final: boolean): void => {
    const t = Date.now();
    if (!spec.onProgress || (!final && t - lastProgress < 100)) return;
    lastProgress = t;
    try {
      const fraction = spec.size ? Math.min(1, bytesRead / spec.size) : 1;
      spec.onProgress({ bytesRead, totalBytes: spec.size, rows: mapper.rows, fraction });
    } catch {
      // A failing progress display must not break the import.
    }
  };
  let latin1From = null as number | null; // set from the guard's callback
  let headerProblem = null as string | null;
  const maxLineBytes = spec.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  const guard = new LineGuard({
    encoding: spec.encoding,
    delimiter: spec.delimiter.charCodeAt(0),
    quoted: spec.checkQuotes,
    maxLineBytes,
    onBadLine: (line, reason) => {
      if (line === spec.headerLine) headerProblem = reason;
      else mapper.skip(line, reason);
    },
    onLatin1: (line) => (latin1From = line),
    onBytes: (n) => {
      bytesRead += n;
      progress(false);
    },
  });
  const parser = parse({
    delimiter: spec.delimiter,
    quote: spec.quoted ? '"' : false,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_records_with_error: true,
    // A record never spans lines in the careful pass, and lines are capped by the guard.
    max_record_size: spec.checkQuotes ? 0 : maxLineBytes,
  });
  let parserErrors = 0;
  parser.on('skip', (err: CsvError) => {
    parserErrors++;
    const line = typeof err.lines === 'number' ? Math.max(1, err.lines) : 1;
    mapper.skip(line, describeCsvError(err));
  });
  let line = 0;
  const headerLine = spec.headerLine ?? 0;
  const sink = new Writable({
    objectMode: true,
    highWaterMark: 256,
    write(record: string[], _encoding, callback) {
      line++;
      // The header, and any blank lines before it, are not voters.
      if (stop || line <= headerLine || isBlank(record)) return callback();
      mapper.row(record, line);
      if (mapper.voters.length > spec.maxVoters) {
        const max = spec.maxVoters.toLocaleString('en-US');
        stop = {
          code: 'too-large',
          message: `More than ${max} voters: import one county at a time (choose a county filter).`,
        };
        controller.abort();
      }
      callback();
    },
  });

  try {
    const source = createReadStream(spec.path, { highWaterMark: 1 << 20 });
    await pipeline(source, guard, parser, sink, { signal: controller.signal });
  } catch (error) {
    const skipped = mapper.skipped.slice(0, 100);
    if (stop) return { ok: false, error: { ...(stop as ImportError), skipped } };
    if (controller.signal.aborted) {
      return {
        ok: false,
        error: { code: 'cancelled', message: 'The import was cancelled; nothing was saved.' },
      };
    }
    const message = `The file could not be read to the end: ${(error as Error).message}`;
    return { ok: false, error: { code: 'failed', message, skipped } };
  } finally {
    spec.signal?.removeEventListener('abort', onAbort);
  }
  progress(true);
  mapper.finish();
  mapper.skipped.sort((a, b) => a.line - b.line);
  const expectedLines = line + (guard.endsWithNewline ? 1 : 0);
  return {
    ok: true,
    mapper,
    latin1: guard.isLatin1,
    latin1From,
    // With checkQuotes no record can span lines (a blanked last line would upset the count).
    clean: parserErrors === 0 && (spec.checkQuotes || parser.info.lines === expectedLines),
    headerProblem,
  };
}
