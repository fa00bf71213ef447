/**
 * A JSON file read as it arrives, piece by piece, in memory that does not grow with it:
 * the top-level object is cut into its members, and one member, an array (a CDF file's
 * `CVR`), into its elements. Each member value and each element is handed over as text
 * (with the line it starts on) as soon as it is complete, for the caller to JSON.parse:
 * a file of a million cast vote records is never whole in memory.
 *
 * What is checked here is what JSON.parse of the pieces cannot see: the top level is one
 * object whose members are separated by commas, each key appears once, the streamed array
 * is a comma-separated list, nothing follows the object. Any other error is JSON.parse's,
 * on a piece (the caller names the piece). Pure: no Node, the caller feeds the text.
 */

export class JsonStreamError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'JsonStreamError';
  }
}

export interface JsonStreamHandler {
  /** A top-level member other than the streamed array, with its value's text. */
  member(key: string, text: string, line: number): void;
  /** Element `index` (from 0) of the streamed array. */
  element(text: string, index: number, line: number): void;
}

const enum Mode {
  Start,
  KeyOrEnd,
  Key,
  Colon,
  ValueStart,
  Value,
  AfterValue,
  ElementOrEnd,
  Element,
  InElement,
  AfterElement,
  Done,
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LF = 0x0a;

function isSpace(c: number): boolean {
  return c === 0x20 || c === LF || c === 0x0d || c === 0x09;
}

export class JsonStream {
  private mode = Mode.Start;
  private line = 1;
  /** Containers open inside the piece being cut (0: a scalar or between pieces). */
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** The piece being cut: its parts from earlier chunks, where it began in this one. */
  private parts: string[] = [];
  private partsLength = 0;
  private from = -1;
  private pieceLine = 0;
  private key = '';
  private readonly keys = new Set<string>();
  private index = 0;

  constructor(
    private readonly streamKey: string,
    private readonly handler: JsonStreamHandler,
    /** The longest piece (member value or element) accepted, in characters. */
    private readonly maxPiece = 64 * 1024 * 1024,
  ) {}

  push(chunk: string): void {
    const n = chunk.length;
    let i = 0;
    if (this.from === -2) this.from = 0; // a piece carried over from the last chunk
    while (i < n) {
      const c = chunk.charCodeAt(i);
      if (this.inString) {
        i = this.string(chunk, i);
        continue;
      }
      if (this.mode === Mode.Value || this.mode === Mode.InElement) {
        i = this.inPiece(chunk, i);
        continue;
      }
      if (c === LF) this.line++;
      switch (this.mode) {
        case Mode.Start:
          if (c === 0x7b) this.mode = Mode.KeyOrEnd;
          else if (!isSpace(c)) this.fail(`expected "{" at the start of the file`);
          break;
        case Mode.KeyOrEnd:
        case Mode.Key:
          if (c === QUOTE) this.begin(i, Mode.Key);
          else if (c === 0x7d && this.mode === Mode.KeyOrEnd) this.mode = Mode.Done;
          else if (!isSpace(c)) this.fail('expected a key in quotes');
          break;
        case Mode.Colon:
          if (c === 0x3a) this.mode = Mode.ValueStart;
          else if (!isSpace(c)) this.fail(`expected ":" after the key "${this.key}"`);
          break;
        case Mode.ValueStart:
          if (isSpace(c)) break;
          if (this.key === this.streamKey && c === 0x5b) this.mode = Mode.ElementOrEnd;
          else {
            this.begin(i, Mode.Value);
            continue; // the value's first character is read as part of it
          }
          break;
        case Mode.AfterValue:
          if (c === 0x2c) this.mode = Mode.Key;
          else if (c === 0x7d) this.mode = Mode.Done;
          else if (!isSpace(c)) this.fail('expected "," or "}" after a value');
          break;
        case Mode.ElementOrEnd:
        case Mode.Element:
          if (isSpace(c)) break;
          if (c === 0x5d && this.mode === Mode.ElementOrEnd) this.mode = Mode.AfterValue;
          else if (c === 0x5d || c === 0x2c) this.fail(`expected an element of "${this.key}"`);
          else {
            this.begin(i, Mode.InElement);
            continue;
          }
          break;
        case Mode.AfterElement:
          if (c === 0x2c) this.mode = Mode.Element;
          else if (c === 0x5d) this.mode = Mode.AfterValue;
          else if (!isSpace(c)) this.fail(`expected "," or "]" between elements of "${this.key}"`);
          break;
        case Mode.Done:
          if (!isSpace(c)) this.fail('nothing may follow the top-level object');
          break;
      }
      i++;
    }
    if (this.from >= 0) {
      this.keep(chunk.slice(this.from));
      this.from = -2;
    }
  }

  /** The end of the file: throws unless the top-level object was closed. */
  end(): void {
    if (this.mode !== Mode.Done) this.fail('the file ends before its top-level object does');
  }

  /** Starts cutting a piece (a key, a value, an element) at chunk[i]. */
  private begin(i: number, mode: Mode): void {
    this.mode = mode;
    this.from = i;
    this.parts = [];
    this.partsLength = 0;
    this.depth = 0;
    this.pieceLine = this.line;
    if (mode === Mode.Key) {
      this.inString = true;
      this.escaped = false;
    }
  }

  /** Inside a string from chunk[i]: returns where reading goes on. */
  private string(chunk: string, i: number): number {
    const n = chunk.length;
    for (; i < n; i++) {
      const c = chunk.charCodeAt(i);
      if (this.escaped) this.escaped = false;
      else if (c === BACKSLASH) this.escaped = true;
      else if (c === QUOTE) {
        this.inString = false;
        if (this.mode === Mode.Key) this.endKey(chunk, i + 1);
        return i + 1;
      } else if (c === LF) this.line++;
    }
    return n;
  }

  /** Inside a value or an element from chunk[i] (not in a string): returns where reading goes on. */
  private inPiece(chunk: string, i: number): number {
    const n = chunk.length;
    for (; i < n; i++) {
      const c = chunk.charCodeAt(i);
      if (c === QUOTE) {
        this.inString = true;
        return i + 1;
      }
      if (c === 0x7b || c === 0x5b) this.depth++;
      else if (c === 0x7d || c === 0x5d) {
        if (this.depth === 0) return this.endPiece(chunk, i);
        if (--this.depth === 0) return this.endPiece(chunk, i + 1);
      } else if (this.depth === 0 && (c === 0x2c || isSpace(c))) return this.endPiece(chunk, i);
      else if (c === LF) this.line++;
    }
    return n;
  }

  /** The piece ends before chunk[end]: hands it over; reading goes on at `end`. */
  private endPiece(chunk: string, end: number): number {
    const text = this.take(chunk, end);
    if (this.mode === Mode.Value) {
      this.mode = Mode.AfterValue;
      this.handler.member(this.key, text, this.pieceLine);
    } else {
      this.mode = Mode.AfterElement;
      this.handler.element(text, this.index++, this.pieceLine);
    }
    return end;
  }

  private endKey(chunk: string, end: number): void {
    const raw = this.take(chunk, end);
    let key: string;
    try {
      key = JSON.parse(raw) as string;
    } catch {
      this.fail(`the key ${raw} is not a valid JSON string`);
    }
    if (this.keys.has(key)) {
      this.fail(
        `duplicate key ${JSON.stringify(key)} in the top-level object; each key may appear only once`,
      );
    }
    this.keys.add(key);
    this.key = key;
    this.mode = Mode.Colon;
  }

  /** The text of the piece up to chunk[end]. */
  private take(chunk: string, end: number): string {
    const last = chunk.slice(Math.max(this.from, 0), end);
    const text = this.parts.length ? this.parts.join('') + last : last;
    this.parts = [];
    this.partsLength = 0;
    this.from = -1;
    return text;
  }

  private keep(part: string): void {
    this.partsLength += part.length;
    if (this.partsLength > this.maxPiece) {
      const what =
        this.mode === Mode.InElement
          ? `element ${this.index + 1} of "${this.key}"`
          : `the value of "${this.key}"`;
      this.fail(
        `${what} is longer than ${this.maxPiece.toLocaleString('en-US')} characters`,
        this.pieceLine,
      );
    }
    this.parts.push(part);
  }

  private fail(message: string, line = this.line): never {
    throw new JsonStreamError(message, line);
  }
}
