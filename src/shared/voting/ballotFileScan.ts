import { findDuplicateKeys } from '../strictJson';
import type { PackedBallots } from './ballotSet';
import { BallotPacker, isBlank, MAX_BALLOT_COUNT } from './packer';

/**
 * The fast reader of a ranked ballot file (`chapterhouse-ballots/1`, method plurality,
 * majority, irv or stv): one pass over the text that checks the JSON and packs each
 * ballot as it is read, with no object per ballot. JSON.parse, the duplicate-key scan and
 * zod on every ballot cost twice JSON.parse alone on a million ballots; this costs less.
 *
 * It reads only what it can check completely: ballots written as the schema says
 * (`{"ranking": [...], "count": n, "id": ...}`, keys in any order, each at most once,
 * counts as plain whole numbers), names without control characters, the top-level keys
 * each once, `candidates` before `ballots`. Every other top-level value is cut out and
 * given to JSON.parse and the duplicate-key scan. On anything else, valid or not (an
 * unknown key, `1.0` as a count, a key given twice, a syntax error, candidates after the
 * ballots), it gives up and returns null: the caller then reads the file the strict way,
 * which gives the same result or names every error exactly as before.
 */

/** Thrown inside the scanner to give up (one instance, made once); never escapes it. */
const GIVE_UP = new Error('not for the fast reader');

/** The file's fields but the ballots (`ballots` is []); the ballots packed in scratch space. */
export interface ScannedBallotFile {
  fields: Record<string, unknown>;
  packed: PackedBallots;
}

export function scanRankedBallotFile(text: string): ScannedBallotFile | null {
  try {
    return new Scanner(text).file();
  } catch (error) {
    if (error === GIVE_UP) return null;
    throw error;
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const ZERO = 0x30;
const NINE = 0x39;
/** A blank rank in the name table. */
const BLANK = -1;

class Scanner {
  private i = 0;
  private readonly n: number;
  private packer: BallotPacker | null = null;
  /** Names met so far by hash: slots of [hash, entry + 1]; entries' text and index. */
  private table = new Int32Array(256);
  private readonly names: string[] = [];
  private readonly indices: number[] = [];
  /** Members of the overvote being read. */
  private readonly members: number[] = [];

  constructor(private readonly text: string) {
    this.n = text.length;
    if (text.charCodeAt(0) === 0xfeff) this.i = 1; // a byte-order mark
  }

  file(): ScannedBallotFile {
    const fields = new Map<string, unknown>();
    this.ws();
    this.expect(OPEN_OBJECT);
    for (;;) {
      this.ws();
      const key = this.plainString();
      if (fields.has(key)) throw GIVE_UP;
      this.ws();
      this.expect(COLON);
      this.ws();
      // Ballots are packed against the declared candidates, so these must come first.
      if (key === 'candidates' && this.packer) throw GIVE_UP;
      if (key === 'ballots') {
        const candidates = fields.get('candidates') ?? [];
        if (!Array.isArray(candidates) || !candidates.every((c) => typeof c === 'string')) {
          throw GIVE_UP;
        }
        // Packed into scratch space: the caller puts them in ranking order at once.
        this.packer = new BallotPacker(candidates, { expectedBallots: 4096, scratch: true });
        this.ballots();
        fields.set(key, []);
      } else {
        fields.set(key, this.value());
      }
      this.ws();
      const c = this.next();
      if (c === CLOSE_OBJECT) break;
      if (c !== COMMA) throw GIVE_UP;
    }
    this.ws();
    const packer = this.packer;
    if (this.i !== this.n || !packer || packer.ballots > MAX_BALLOT_COUNT) throw GIVE_UP;
    return { fields: Object.fromEntries(fields), packed: packer.finish() };
  }

  private ballots(): void {
    this.expect(OPEN_ARRAY);
    this.ws();
    if (this.peek() === CLOSE_ARRAY) {
      this.i++;
      return;
    }
    for (;;) {
      this.ballot();
      this.ws();
      const c = this.next();
      if (c === CLOSE_ARRAY) return;
      if (c !== COMMA) throw GIVE_UP;
      this.ws();
    }
  }

  /** `{"ranking": [...], "count": n, "id": ...}`, keys in any order, ranking required. */
  private ballot(): void {
    const packer = this.packer as BallotPacker;
    const { text } = this;
    this.expect(OPEN_OBJECT);
    let seen = 0; // bits: 1 ranking, 2 count, 4 id
    let count = 1;
    for (;;) {
      this.ws();
      this.expect(QUOTE);
      let key: number;
      if (text.startsWith('ranking"', this.i)) key = 1;
      else if (text.startsWith('count"', this.i)) key = 2;
      else if (text.startsWith('id"', this.i)) key = 4;
      else throw GIVE_UP;
      if (seen & key) throw GIVE_UP;
      seen |= key;
      this.i += key === 1 ? 8 : key === 2 ? 6 : 3;
      this.ws();
      this.expect(COLON);
      this.ws();
      if (key === 1) this.ranking(packer);
      else if (key === 2) count = this.count();
      else this.id();
      this.ws();
      const c = this.next();
      if (c === CLOSE_OBJECT) break;
      if (c !== COMMA) throw GIVE_UP;
    }
    if (!(seen & 1)) throw GIVE_UP;
    packer.endBallot(count);
  }

  private ranking(packer: BallotPacker): void {
    this.expect(OPEN_ARRAY);
    this.ws();
    if (this.peek() === CLOSE_ARRAY) {
      this.i++;
      return;
    }
    for (;;) {
      const c = this.peek();
      if (c === QUOTE) {
        const index = this.name();
        if (index === BLANK) packer.blank();
        else packer.mark(index);
      } else if (c === OPEN_ARRAY) {
        this.group(packer);
      } else {
        this.literalNull();
        packer.blank();
      }
      this.ws();
      const d = this.next();
      if (d === CLOSE_ARRAY) return;
      if (d !== COMMA) throw GIVE_UP;
      this.ws();
    }
  }

  /** An overvote: an array of names and nulls. */
  private group(packer: BallotPacker): void {
    const members = this.members;
    members.length = 0;
    this.i++;
    this.ws();
    if (this.peek() !== CLOSE_ARRAY) {
      for (;;) {
        if (this.peek() === QUOTE) {
          const index = this.name();
          if (index !== BLANK) members.push(index);
        } else this.literalNull();
        this.ws();
        const d = this.next();
        if (d === CLOSE_ARRAY) break;
        if (d !== COMMA) throw GIVE_UP;
        this.ws();
      }
    } else this.i++;
    packer.groupOf(members);
  }

  /** A name at a rank: its candidate index, or BLANK. Names are looked up once each. */
  private name(): number {
    const { text } = this;
    const from = ++this.i;
    let h = 0x811c9dc5;
    let escaped = false;
    let i = from;
    for (; ; i++) {
      if (i >= this.n) throw GIVE_UP;
      const c = text.charCodeAt(i);
      if (c === QUOTE) break;
      if (c < 0x20) throw GIVE_UP;
      if (c === BACKSLASH) {
        escaped = true;
        i++; // the escaped character (a quote does not end the string)
      }
      h = Math.imul(h ^ c, 0x01000193);
    }
    this.i = i + 1;
    if (escaped) return this.resolve(decodeString(text.slice(from - 1, i + 1)));
    const length = i - from;
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) ^ length;
    const table = this.table;
    const mask = (table.length >>> 1) - 1;
    let slot = h & mask;
    for (
      let e = (table[2 * slot + 1] as number) - 1;
      e >= 0;
      e = (table[2 * slot + 1] as number) - 1
    ) {
      const known = this.names[e] as string;
      if (table[2 * slot] === h && known.length === length && text.startsWith(known, from)) {
        return this.indices[e] as number;
      }
      slot = (slot + 1) & mask;
    }
    const name = text.slice(from, i);
    const index = this.resolve(name);
    this.names.push(name);
    this.indices.push(index);
    table[2 * slot] = h;
    table[2 * slot + 1] = this.names.length;
    if (4 * this.names.length > table.length) this.growTable();
    return index;
  }

  private resolve(name: string): number {
    return isBlank(name) ? BLANK : (this.packer as BallotPacker).indexOf(name);
  }

  private growTable(): void {
    const old = this.table;
    const table = new Int32Array(old.length * 2);
    const mask = (table.length >>> 1) - 1;
    for (let s = 0; s < old.length; s += 2) {
      if (old[s + 1] === 0) continue;
      let slot = (old[s] as number) & mask;
      while (table[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      table[2 * slot] = old[s] as number;
      table[2 * slot + 1] = old[s + 1] as number;
    }
    this.table = table;
  }

  /** A count: digits only, 1 … MAX_BALLOT_COUNT (anything else is left to the strict reader). */
  private count(): number {
    const { text } = this;
    let value = 0;
    const from = this.i;
    for (;;) {
      const c = text.charCodeAt(this.i);
      if (c < ZERO || c > NINE) break;
      value = value * 10 + (c - ZERO);
      this.i++;
    }
    const digits = this.i - from;
    if (digits === 0 || digits > 10 || text.charCodeAt(from) === ZERO) throw GIVE_UP;
    if (value > MAX_BALLOT_COUNT) throw GIVE_UP;
    return value;
  }

  /** The teller's entry number: a string or a number, checked as JSON and not kept. */
  private id(): void {
    const from = this.i;
    if (this.peek() === QUOTE) this.skipString();
    else this.skipScalar();
    const id = decodeValue(this.text.slice(from, this.i));
    if (typeof id !== 'string' && typeof id !== 'number') throw GIVE_UP;
  }

  private literalNull(): void {
    if (!this.text.startsWith('null', this.i)) throw GIVE_UP;
    this.i += 4;
  }

  /** A key: a string without escapes. */
  private plainString(): string {
    this.expect(QUOTE);
    const from = this.i;
    for (;;) {
      const c = this.text.charCodeAt(this.i++);
      if (c === QUOTE) return this.text.slice(from, this.i - 1);
      if (c < 0x20 || c === BACKSLASH || Number.isNaN(c)) throw GIVE_UP;
    }
  }

  /** Any other top-level value: cut out, parsed by JSON.parse and checked for repeated keys. */
  private value(): unknown {
    const from = this.i;
    const c = this.peek();
    if (c === QUOTE) this.skipString();
    else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      let depth = 0;
      do {
        const d = this.peek();
        if (d === QUOTE) {
          this.skipString();
          continue;
        }
        if (d === OPEN_OBJECT || d === OPEN_ARRAY) depth++;
        else if (d === CLOSE_OBJECT || d === CLOSE_ARRAY) depth--;
        else if (Number.isNaN(d)) throw GIVE_UP;
        this.i++;
      } while (depth > 0);
    } else this.skipScalar();
    const slice = this.text.slice(from, this.i);
    const value = decodeValue(slice);
    if ((c === OPEN_OBJECT || c === OPEN_ARRAY) && findDuplicateKeys(slice, 1).length > 0) {
      throw GIVE_UP;
    }
    return value;
  }

  private skipString(): void {
    const { text } = this;
    let i = this.i + 1;
    for (;;) {
      const end = text.indexOf('"', i);
      if (end < 0) throw GIVE_UP;
      let slashes = 0;
      while (text.charCodeAt(end - 1 - slashes) === BACKSLASH) slashes++;
      i = end + 1;
      if (slashes % 2 === 0) break;
    }
    this.i = i;
  }

  /** A number or a literal: up to the next delimiter (JSON.parse checks it). */
  private skipScalar(): void {
    const { text } = this;
    for (;;) {
      const c = text.charCodeAt(this.i);
      if (Number.isNaN(c) || c === COMMA || c === CLOSE_OBJECT || c === CLOSE_ARRAY || c <= 0x20) {
        return;
      }
      this.i++;
    }
  }

  private ws(): void {
    const { text } = this;
    for (;;) {
      const c = text.charCodeAt(this.i);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return;
      this.i++;
    }
  }

  private peek(): number {
    return this.text.charCodeAt(this.i);
  }

  private next(): number {
    return this.text.charCodeAt(this.i++);
  }

  private expect(c: number): void {
    if (this.text.charCodeAt(this.i) !== c) throw GIVE_UP;
    this.i++;
  }
}

function decodeValue(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    throw GIVE_UP;
  }
}

function decodeString(json: string): string {
  const value = decodeValue(json);
  if (typeof value !== 'string') throw GIVE_UP;
  return value;
}
