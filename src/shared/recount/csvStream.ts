/**
 * A CSV file (RFC 4180) read as it arrives, piece by piece: each record is handed over as
 * soon as it is complete, with the line it starts on, so a million rows never sit in
 * memory together. Fields are separated by commas, records by line breaks (CRLF or LF);
 * a field in double quotes may hold commas, line breaks and doubled quotes. Empty lines
 * are skipped. A quote anywhere else, text after a closing quote, or a quoted field never
 * closed is an error naming its line. Pure: no Node, the caller feeds the text.
 */

export class CsvStreamError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvStreamError';
  }
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  /** A quote inside a quoted field: the end of the field, or the first of two. */
  QuoteInQuoted,
  /** A CR after a closing quote: a LF must follow. */
  CrAfterQuote,
}

export class CsvStream {
  private state = State.FieldStart;
  private line = 1;
  private recordLine = 1;
  private cells: string[] = [];
  /** The field's text from earlier chunks (or before a doubled quote). */
  private field = '';
  /** Whether the record has a quoted field (so `""` alone is a record, not an empty line). */
  private quotes = false;

  constructor(
    private readonly onRecord: (cells: string[], line: number) => void,
    /** The longest field accepted, in characters. */
    private readonly maxField = 1024 * 1024,
  ) {}

  push(chunk: string): void {
    const n = chunk.length;
    let from = 0; // where the current field's text in this chunk starts
    for (let i = 0; i < n; i++) {
      const c = chunk.charCodeAt(i);
      if (this.state === State.FieldStart) {
        if (c === QUOTE) {
          this.state = State.Quoted;
          this.quotes = true;
          from = i + 1;
          continue;
        }
        from = i; // the character begins an unquoted field
        this.state = State.Unquoted;
      }
      switch (this.state) {
        case State.Unquoted:
          if (c === COMMA) {
            this.endField(chunk.slice(from, i));
          } else if (c === LF) {
            this.endRecord(chunk.slice(from, i), true);
          } else if (c === QUOTE) {
            this.fail('a quote inside a field that does not start with one');
          }
          break;
        case State.Quoted:
          if (c === QUOTE) {
            this.field += chunk.slice(from, i);
            this.state = State.QuoteInQuoted;
          } else if (c === LF) this.line++;
          break;
        case State.QuoteInQuoted:
          if (c === QUOTE) {
            from = i; // a doubled quote: this one is text
            this.state = State.Quoted;
          } else if (c === COMMA) this.endField('');
          else if (c === LF) this.endRecord('', false);
          else if (c === CR) this.state = State.CrAfterQuote;
          else this.fail('text after the closing quote of a field');
          break;
        case State.CrAfterQuote:
          if (c !== LF) this.fail('text after the closing quote of a field');
          this.endRecord('', false);
          break;
      }
    }
    if (this.state === State.Unquoted || this.state === State.Quoted) {
      this.field += chunk.slice(from);
      if (this.field.length > this.maxField) {
        this.fail(`a field longer than ${this.maxField.toLocaleString('en-US')} characters`);
      }
    }
  }

  /** The end of the file: the last record, even without a final line break. */
  end(): void {
    if (this.state === State.Quoted) {
      throw new CsvStreamError(
        'a quoted field is not closed by the end of the file',
        this.recordLine,
      );
    }
    if (this.state !== State.FieldStart || this.cells.length > 0) {
      this.endRecord('', this.state === State.Unquoted);
    }
  }

  private endField(rest: string): void {
    this.cells.push(this.field + rest);
    this.field = '';
    this.state = State.FieldStart;
  }

  /** The record ends with this field; `crlf`: drop a CR ending an unquoted field. */
  private endRecord(rest: string, crlf: boolean): void {
    let last = this.field + rest;
    if (crlf && last.endsWith('\r')) last = last.slice(0, -1);
    this.field = '';
    this.state = State.FieldStart;
    const cells = this.cells;
    this.cells = [];
    const line = this.recordLine;
    this.line++;
    this.recordLine = this.line;
    const quotes = this.quotes;
    this.quotes = false;
    if (cells.length === 0 && last === '' && !quotes) return; // an empty line
    cells.push(last);
    this.onRecord(cells, line);
  }

  private fail(message: string): never {
    throw new CsvStreamError(message, this.line);
  }
}
