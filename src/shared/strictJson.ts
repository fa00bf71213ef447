/**
 * What JSON.parse lets through and a file someone else wrote must not: bytes that are not
 * UTF-8 (a decoder would turn them into U+FFFD, silently changing a name) and a key given
 * twice in one object (JSON.parse keeps the last one, so a file could show one value to a
 * reader and count another). Pure (no Node), so the app and the CLIs share it.
 */

/** The UTF-8 text of `bytes` (a leading BOM is dropped), or where the first bad byte is. */
export function decodeUtf8Strict(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; offset: number; line: number } {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    let line = 1;
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
    return { ok: false, offset, line };
  }
}

/**
 * The byte offset where the first ill-formed UTF-8 sequence starts (Unicode table 3-7:
 * no overlong forms, no surrogates, nothing above U+10FFFF), or -1 when all are well formed.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return i;
    if (i + need >= n) return i; // cut off at the end
    const second = bytes[i + 1] as number;
    if (second < lo || second > hi) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k] as number;
      if (c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

export interface DuplicateKey {
  /** The key as JSON.parse reads it (escapes decoded). */
  key: string;
  /** Where the object holding it is: keys and array indexes from the top. */
  path: (string | number)[];
  /** 1-based line and column (in UTF-16 code units) of the second occurrence. */
  line: number;
  column: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
/** Objects with more keys than this are checked with a Set instead of a linear scan. */
const SMALL = 12;

/**
 * Every key repeated within one object (up to `limit` of them), in file order. `text`
 * must be valid JSON (run JSON.parse first: this pass does not check the syntax); one
 * pass over the text that skips string values with indexOf and remembers only the keys
 * of the objects still open.
 */
export function findDuplicateKeys(text: string, limit = 10): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  // Per open container, by depth: object or array, its keys so far, and where we are in it.
  const isObject: boolean[] = [];
  const keys: string[][] = [];
  const keySets: (Set<string> | null)[] = [];
  const at: (string | number)[] = [];
  let depth = -1;
  let expectKey = false;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      let end = text.indexOf('"', i + 1);
      for (;;) {
        if (end < 0) return found; // not JSON; JSON.parse reports it
        let slashes = 0;
        while (text.charCodeAt(end - 1 - slashes) === BACKSLASH) slashes++;
        if (slashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      if (expectKey) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
        const list = keys[depth] as string[];
        let set = keySets[depth] ?? null;
        let repeated: boolean;
        if (set) repeated = set.has(key);
        else {
          repeated = list.includes(key);
          if (!repeated && list.length >= SMALL) keySets[depth] = set = new Set(list);
        }
        if (repeated) {
          if (found.length < limit)
            found.push({ key, path: at.slice(0, depth), ...where(text, i) });
          if (found.length >= limit) return found;
        } else if (set) set.add(key);
        else list.push(key);
        at[depth] = key;
        expectKey = false;
      }
      i = end + 1;
      continue;
    }
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      depth++;
      const object = c === OPEN_OBJECT;
      isObject[depth] = object;
      if (object) {
        const list = keys[depth];
        if (list) list.length = 0;
        else keys[depth] = [];
        keySets[depth] = null;
      }
      at[depth] = object ? '' : 0;
      expectKey = object;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      depth--;
      expectKey = false;
    } else if (c === COMMA) {
      if (isObject[depth]) expectKey = true;
      else at[depth] = (at[depth] as number) + 1;
    }
    i++;
  }
  return found;
}

function where(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl >= 0 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
    line++;
    lineStart = nl + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
