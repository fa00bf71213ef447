/**
 * A byte-level guard in front of csv-parse. Voter files never have line breaks inside a
 * field, so a line that leaves a quoted field open is damaged; left alone, the parser
 * would swallow every following line into one field until the next stray quote. The
 * guard blanks such lines (keeping the line count, so csv-parse's line numbers stay
 * right) and reports them. It also:
 * - decodes: UTF-8 passes through untouched; Latin-1 is transcoded to UTF-8; in `auto`
 *   mode the first invalid UTF-8 line switches the rest of the file to Latin-1;
 * - blanks lines longer than `maxLineBytes` (1 MiB by default: a binary blob inside a text
 *   file, or a 200 MB line with no break) with a report, however the line falls across
 *   chunks, without ever holding more than the limit of it in memory;
 * - counts bytes for the progress bar.
 */
import { isUtf8 } from 'node:buffer';
import { Transform, type TransformCallback } from 'node:stream';

export interface LineGuardOptions {
  encoding: 'auto' | 'utf-8' | 'latin1';
  /** The byte of the field delimiter; quotes are checked when `quoted`. */
  delimiter: number;
  quoted: boolean;
  onBadLine: (line: number, reason: string) => void;
  onLatin1?: (line: number) => void;
  onBytes?: (bytes: number) => void;
  /** Longest line kept, in bytes before its LF (a CR included); default 1 MiB. */
  maxLineBytes?: number;
}

export const DEFAULT_MAX_LINE_BYTES = 1024 * 1024;

const NL = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const EMPTY = Buffer.alloc(0);
const CR_BYTE = Buffer.from([CR]);
const UNTERMINATED = 'unterminated quote (the line ends inside a quoted value)';

export class LineGuard extends Transform {
  private carry: Buffer = EMPTY;
  private lines = 0;
  private latin1: boolean;
  private skipUntilNewline = false;
  /** The last byte skipped of a long line was a CR (its CRLF is kept). */
  private skippedCR = false;
  private readonly maxLine: number;

  constructor(private readonly opts: LineGuardOptions) {
    super();
    this.latin1 = opts.encoding === 'latin1';
    this.maxLine = opts.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  }

  /** Whether the input ended with a line break (known once the stream has ended). */
  endsWithNewline = false;

  /** Latin-1 in use (chosen, or switched to in auto mode). */
  get isLatin1(): boolean {
    return this.latin1;
  }

  override _transform(input: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.opts.onBytes?.(input.length);
    let chunk = input;
    if (this.skipUntilNewline) {
      const nl = chunk.indexOf(NL);
      if (nl < 0) {
        if (chunk.length) this.skippedCR = chunk[chunk.length - 1] === CR;
        done();
        return;
      }
      this.skipUntilNewline = false;
      // The dropped line goes on as an empty line with its own terminator (CRLF or LF), so
      // the parser's line count, and every line number after it, stays right.
      const cr = nl > 0 ? chunk[nl - 1] === CR : this.skippedCR;
      chunk = cr ? Buffer.concat([CR_BYTE, chunk.subarray(nl)]) : chunk.subarray(nl);
    }
    const data = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    const last = data.lastIndexOf(NL);
    if (last < 0) {
      this.carry = data;
      if (data.length > this.maxLine) this.dropLongLine();
      done();
      return;
    }
    this.carry = Buffer.from(data.subarray(last + 1));
    this.forward(data.subarray(0, last + 1));
    if (this.carry.length > this.maxLine) this.dropLongLine();
    done();
  }

  override _flush(done: TransformCallback): void {
    this.endsWithNewline = this.carry.length === 0 && !this.skipUntilNewline;
    if (this.carry.length && !this.skipUntilNewline) this.forward(this.carry);
    this.carry = EMPTY;
    done();
  }

  /** The line being read (in `carry`, no LF yet) is too long: report it, skip to its end. */
  private dropLongLine(): void {
    this.opts.onBadLine(this.lines + 1, this.tooLong());
    this.skippedCR = this.carry[this.carry.length - 1] === CR;
    this.carry = EMPTY;
    this.skipUntilNewline = true;
  }

  private tooLong(): string {
    return `line longer than ${this.maxLine} bytes (not a voter row)`;
  }

  /**
   * Complete lines longer than the limit within `buf` (one that began in an earlier chunk,
   * or any when the limit is below the chunk size) are blanked, keeping their terminator.
   */
  private blankLongLines(buf: Buffer): Buffer {
    if (buf.length <= this.maxLine) return buf;
    let pieces: Buffer[] | null = null;
    let keptFrom = 0;
    let start = 0;
    let k = 0;
    while (start < buf.length) {
      const nl = buf.indexOf(NL, start);
      const end = nl < 0 ? buf.length : nl;
      k++;
      if (end - start > this.maxLine) {
        this.opts.onBadLine(this.lines + k, this.tooLong());
        pieces ??= [];
        if (start > keptFrom) pieces.push(buf.subarray(keptFrom, start));
        if (nl >= 0) pieces.push(buf.subarray(buf[nl - 1] === CR ? nl - 1 : nl, nl + 1));
        keptFrom = nl < 0 ? buf.length : nl + 1;
      }
      if (nl < 0) break;
      start = nl + 1;
    }
    if (!pieces) return buf;
    if (keptFrom < buf.length) pieces.push(buf.subarray(keptFrom));
    return Buffer.concat(pieces);
  }

  /** Emits complete lines (the last may lack its newline at end of file). */
  private forward(body: Buffer): void {
    let out = this.blankLongLines(body);
    if (this.opts.encoding === 'auto' && !this.latin1 && !isUtf8(out)) {
      this.latin1 = true;
      this.opts.onLatin1?.(this.lines + this.firstInvalidLine(out));
    }
    out = this.opts.quoted ? this.checkQuotes(out) : this.countLines(out);
    if (this.latin1) out = Buffer.from(out.toString('latin1'), 'utf8');
    if (out.length) this.push(out);
  }

  private firstInvalidLine(buf: Buffer): number {
    let start = 0;
    let n = 1;
    for (;;) {
      const nl = buf.indexOf(NL, start);
      const end = nl < 0 ? buf.length : nl + 1;
      if (!isUtf8(buf.subarray(start, end))) return n;
      if (nl < 0) return n;
      start = end;
      n++;
    }
  }

  private countLines(buf: Buffer): Buffer {
    let i = buf.indexOf(NL);
    while (i >= 0) {
      this.lines++;
      i = buf.indexOf(NL, i + 1);
    }
    return buf;
  }

  /**
   * Quote state per line, as csv-parse reads it with relax_quotes: a quote opens a field
   * only at the field's start; inside, "" is an escaped quote, and a quote followed by the
   * delimiter or the line end closes it (followed by anything else, the field carries on
   * unquoted). A line that ends inside an open quote is blanked and reported.
   */
  private checkQuotes(buf: Buffer): Buffer {
    const delim = this.opts.delimiter;
    const n = buf.length;
    let pieces: Buffer[] | null = null;
    let keptFrom = 0;
    let lineStart = 0;
    // 0: at a field's start, 1: in an unquoted field, 2: in a quoted field.
    let state = 0;
    let i = 0;
    while (i < n) {
      const c = buf[i++];
      if (state === 2) {
        if (c === QUOTE) {
          if (i < n && buf[i] === QUOTE) i++;
          else state = 1;
        } else if (c === NL) {
          const nl = i - 1;
          this.lines++;
          this.opts.onBadLine(this.lines, UNTERMINATED);
          pieces ??= [];
          if (lineStart > keptFrom) pieces.push(buf.subarray(keptFrom, lineStart));
          // Keep the line's own terminator (CRLF or LF) so the parser sees an empty line.
          pieces.push(buf.subarray(nl > lineStart && buf[nl - 1] === CR ? nl - 1 : nl, i));
          keptFrom = i;
          lineStart = i;
          state = 0;
        }
      } else if (c === delim) state = 0;
      else if (c === NL) {
        this.lines++;
        lineStart = i;
        state = 0;
      } else if (c === QUOTE) {
        if (state === 0) state = 2;
      } else if (c !== CR) state = 1;
    }
    if (state === 2) {
      // The file's last line, without a newline, ends inside a quote.
      this.opts.onBadLine(this.lines + 1, UNTERMINATED);
      pieces ??= [];
      if (lineStart > keptFrom) pieces.push(buf.subarray(keptFrom, lineStart));
      keptFrom = n;
    }
    if (!pieces) return buf;
    if (keptFrom < n) pieces.push(buf.subarray(keptFrom));
    return Buffer.concat(pieces);
  }
}
