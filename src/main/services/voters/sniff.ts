/**
 * Looks at the first bytes of a voter file before streaming it: is it text at all,
 * which encoding, which delimiter, are values quoted, and what is on the first row.
 */
import { isUtf8 } from 'node:buffer';
import { open } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';

export type Encoding = 'utf-8' | 'latin1';
export type Delimiter = ',' | '\t' | '|' | ';';

export async function readHead(path: string, bytes = 256 * 1024): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** A human reason when the bytes are clearly not a delimited text file, else null. */
function notTextReason(head: Buffer): string | null {
  if (
    head.length >= 2 &&
    ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))
  ) {
    return 'The file is UTF-16 text; save it as UTF-8 or Latin-1 CSV and import it again.';
  }
  if (head.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) {
    return 'The file is a ZIP archive (or an Excel workbook); unzip it, or save the sheet as CSV, and import the text file inside.';
  }
  if (head[0] === 0x1f && head[1] === 0x8b)
    return 'The file is gzip-compressed; decompress it first.';
  if (head.subarray(0, 5).toString('latin1') === '%PDF-')
    return 'The file is a PDF, not a voter file.';
  let control = 0;
  for (const b of head) {
    if (b === 0)
      return 'The file contains binary data (NUL bytes); it is not a CSV or text voter file.';
    if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) control++;
  }
  return control > head.length * 0.01
    ? 'The file contains binary data; it is not a CSV or text voter file.'
    : null;
}

/** UTF-8 when the sample is valid UTF-8 (ASCII included), else Latin-1. */
function sniffEncoding(head: Buffer, complete: boolean): Encoding {
  let end = head.length;
  if (!complete) {
    // Never judge a multi-byte character cut off at the end of the sample.
    const nl = head.lastIndexOf(0x0a);
    end = nl >= 0 ? nl + 1 : Math.max(0, head.length - 4);
  }
  return isUtf8(head.subarray(0, end)) ? 'utf-8' : 'latin1';
}

function decode(head: Buffer, encoding: Encoding): string {
  return encoding === 'utf-8' ? new TextDecoder('utf-8').decode(head) : head.toString('latin1');
}

/** Splits sample text into complete lines (the last one only if the sample is the whole file). */
function sampleLines(text: string, complete: boolean, max = 50): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!complete) lines.pop();
  return lines.filter((l) => l.trim() !== '').slice(0, max);
}

function countOutsideQuotes(line: string, ch: string): number {
  let n = 0;
  let inQuote = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') inQuote = !inQuote;
    else if (c === ch && !inQuote) n++;
  }
  return n;
}

/** The delimiter that splits every sample line into the same (largest) number of fields. */
function sniffDelimiter(lines: readonly string[]): Delimiter {
  const candidates: Delimiter[] = ['\t', ',', '|', ';'];
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const d of candidates) {
    const counts = lines.map((l) => countOutsideQuotes(l, d));
    const min = Math.min(...counts);
    if (counts.length === 0 || Math.max(...counts) === 0) continue;
    const consistent = counts.filter((c) => c === counts[0]).length / counts.length;
    const score = consistent * 1000 + Math.min(min, 999);
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

/** Whether fields are double-quoted (always for commas; tab files often are not). */
function usesQuotes(lines: readonly string[], delimiter: Delimiter): boolean {
  if (delimiter !== '\t') return true;
  return lines.some((l) => l.startsWith('"') || l.includes('\t"'));
}

export function splitRow(line: string, delimiter: Delimiter, quoted: boolean): string[] {
  try {
    const rows = parse(line, {
      delimiter,
      quote: quoted ? '"' : false,
      relax_quotes: true,
      relax_column_count: true,
      bom: true,
    });
    return rows[0] ?? [];
  } catch {
    return line.split(delimiter);
  }
}

/** What the head of a text file says about reading the whole of it. */
export interface HeadSample {
  /** True when the head is the whole file (its last line is complete). */
  complete: boolean;
  /** The encoding the head's bytes look like, and the one its text was read in. */
  sniffed: Encoding;
  encoding: Encoding;
  text: string;
  /** The first non-blank complete lines. */
  lines: string[];
  delimiter: Delimiter;
  quoted: boolean;
  /** The first line's fields; undefined when the head has no line. */
  firstRow: string[] | undefined;
}

/**
 * Reads the first bytes of a file of `size` bytes: why it is not text, or its encoding, lines,
 * delimiter and quoting, each the one `given` where one is given, else the one sniffed.
 */
export function sniffHead(
  head: Buffer,
  size: number,
  given: { encoding?: Encoding; delimiter?: Delimiter | null; maxLines?: number } = {},
): HeadSample | { notText: string } {
  const notText = notTextReason(head);
  if (notText) return { notText };
  const complete = head.length >= size;
  const sniffed = sniffEncoding(head, complete);
  const encoding = given.encoding ?? sniffed;
  const text = decode(head, encoding);
  const lines = sampleLines(text, complete, given.maxLines);
  const delimiter = given.delimiter ?? sniffDelimiter(lines);
  const quoted = usesQuotes(lines, delimiter);
  const first = lines[0];
  const firstRow = first === undefined ? undefined : splitRow(first, delimiter, quoted);
  return { complete, sniffed, encoding, text, lines, delimiter, quoted, firstRow };
}
