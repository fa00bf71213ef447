import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decodeUtf8Strict,
  findDuplicateKeys,
  firstInvalidUtf8,
} from '../../../src/shared/strictJson';
import { terminalSafe, terminalSafeJson } from '../../../src/shared/terminalText';
import {
  formatRecountText,
  parseBallotFileBytes,
  parseBallotFileText,
  recountBallotFile,
  VotingInputError,
} from '../../../src/shared/voting';

/**
 * Ballot files written by someone hostile (issue #11, "Hostile files"): names that would
 * rewrite the terminal, keys given twice, bytes that are not UTF-8.
 */

const FORMAT = 'chapterhouse-ballots/1';
/** What must never reach a terminal raw (C0 but the report's own line breaks, DEL, C1, bidi). */
const RAW_CONTROL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

const CLEAR = '\x1b[2J\x1b[H';
const HOSTILE = {
  format: FORMAT,
  method: 'irv',
  title: `Mayor${CLEAR}\x1b]0;pwned\x07`,
  chapter: 'North\u009b31mside',
  candidates: [`Ana${CLEAR}`, 'Ben\nOutcome: elected — Mallory', '\u202eCarla', 'Dee\tTab'],
  ballots: [
    { ranking: [`Ana${CLEAR}`], count: 3 },
    { ranking: ['Ben\nOutcome: elected — Mallory'], count: 2 },
    { ranking: ['\u202eCarla', 'Dee\tTab'], count: 2 },
    { ranking: ['Write\x1b[31min'] },
  ],
  rules: { tieBreak: { seed: 'seed\x1b[0m' } },
};

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof VotingInputError) return error.message;
    throw error;
  }
  throw new Error('expected a VotingInputError');
}

describe('terminal-safe text', () => {
  it('escapes C0, DEL, C1 and bidi controls visibly, leaves other text alone', () => {
    expect(terminalSafe('a\x1b[2Jb')).toBe('a\\x1b[2Jb');
    expect(terminalSafe('x\u009by\u202ez\u2066w\x7f')).toBe('x\\x9by\\u202ez\\u2066w\\x7f');
    expect(terminalSafe('line\nbreak\ttab\r')).toBe('line\\x0abreak\\x09tab\\x0d');
    expect(terminalSafe('Zoë 東京 مرحبا 👩‍👩‍👧')).toBe('Zoë 東京 مرحبا 👩‍👩‍👧');
  });

  it('is idempotent and never leaves a control character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const safe = terminalSafe(s);
        expect(safe).not.toMatch(RAW_CONTROL);
        expect(safe).not.toContain('\n');
        expect(terminalSafe(safe)).toBe(safe);
      }),
    );
  });

  it('JSON output keeps the same value with the raw controls escaped', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, s) => {
        const text = terminalSafeJson(JSON.stringify({ value, s }, null, 2));
        expect(text).not.toMatch(RAW_CONTROL);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify({ value, s })));
      }),
    );
  });
});

describe('the readable recount of a hostile file', () => {
  const result = recountBallotFile(HOSTILE);
  const text = formatRecountText(result);

  it('holds no control character and no faked line', () => {
    expect(text).not.toMatch(RAW_CONTROL);
    expect(text.split('\n')).not.toContain('Outcome: elected — Mallory');
    expect(text).toContain('Mayor\\x1b[2J\\x1b[H\\x1b]0;pwned\\x07\nNorth\\x9b31mside\n');
    expect(text).toContain('Ben\\x0aOutcome: elected — Mallory');
    expect(text).toContain('\\u202eCarla');
    expect(text).toContain('(seed "seed\\x1b[0m")');
    expect(text).toContain('Write-ins: Write\\x1b[31min');
  });

  it('keeps the rounds aligned on the names as shown', () => {
    const lines = text.split('\n');
    const first = lines.findIndex((l) => l.startsWith('Round 1 '));
    const rows = lines.slice(first + 1, first + 6);
    expect(rows[0]).toMatch(/^ {2}Ana\\x1b\[2J\\x1b\[H +3 +37\.5%$/);
    // Every count ends in the same column.
    expect(new Set(rows.map((l) => l.search(/\d +\d+\.\d%/))).size).toBe(1);
  });

  it('the result itself keeps the names exactly', () => {
    expect(result.kind === 'election' && result.candidates.slice(0, 4)).toEqual(HOSTILE.candidates);
    expect(result.title).toBe(HOSTILE.title);
  });
});

/** A JSON object written from [key, value] entries, so keys can repeat. */
type Doc = { obj: [string, Doc][] } | { arr: Doc[] } | { leaf: unknown };

const keyArb = fc.constantFrom('a', 'b', 'count', 'ranking', 'é', '\u0000', '"', '\\', '__proto__');
const docArb = fc.letrec<{ doc: Doc }>((tie) => ({
  doc: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ leaf: fc.jsonValue({ maxDepth: 1 }) }),
    fc.record({ arr: fc.array(tie('doc'), { maxLength: 4 }) }),
    fc.record({ obj: fc.array(fc.tuple(keyArb, tie('doc')), { maxLength: 5 }) }),
  ),
})).doc;

/** Writes a key with random (but equivalent) escapes and whitespace. */
function write(doc: Doc, pick: () => number): string {
  const ws = (): string => [' ', '', '\n', '\t ', ''][pick() % 5] as string;
  if ('leaf' in doc) return JSON.stringify(doc.leaf) ?? 'null';
  if ('arr' in doc) return `[${ws()}${doc.arr.map((d) => write(d, pick)).join(`,${ws()}`)}${ws()}]`;
  const entries = doc.obj.map(([k, v]) => {
    let key = JSON.stringify(k);
    if (pick() % 3 === 0)
      key = `"${[...k].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"`;
    return `${ws()}${key}${ws()}:${ws()}${write(v, pick)}`;
  });
  return `{${entries.join(',')}${ws()}}`;
}

/** The repeated keys, in file order, by the structure alone. */
function expectedDuplicates(
  doc: Doc,
  path: (string | number)[] = [],
): { key: string; path: (string | number)[] }[] {
  if ('leaf' in doc) return [];
  if ('arr' in doc) return doc.arr.flatMap((d, i) => expectedDuplicates(d, [...path, i]));
  const seen = new Set<string>();
  const out: { key: string; path: (string | number)[] }[] = [];
  for (const [k, v] of doc.obj) {
    if (seen.has(k)) out.push({ key: k, path });
    seen.add(k);
    out.push(...expectedDuplicates(v, [...path, k]));
  }
  return out;
}

/** The value JSON.parse gives: the last of repeated keys wins (`__proto__` an own key). */
function valueOf(doc: Doc): unknown {
  if ('leaf' in doc) return doc.leaf;
  if ('arr' in doc) return doc.arr.map(valueOf);
  const out = {};
  for (const [k, v] of doc.obj)
    Object.defineProperty(out, k, {
      value: valueOf(v),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return out;
}

/** Compared without key order: entries sorted by key. */
function canonical(value: unknown): unknown {
  // JSON has no negative zero: fast-check's -0 is written "0" and read back as 0.
  if (Object.is(value, -0)) return 0;
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object')
    return Object.keys(value)
      .sort()
      .map((k) => [k, canonical((value as Record<string, unknown>)[k])]);
  return value;
}

describe('duplicate keys', () => {
  it('finds exactly the repeated keys, whatever the escapes and whitespace (checked against JSON.parse)', () => {
    fc.assert(
      fc.property(docArb, fc.infiniteStream(fc.nat()), (doc, stream) => {
        const it = stream[Symbol.iterator]();
        const text = write(doc, () => it.next().value as number);
        // The text is valid JSON, and JSON.parse reads it as the model says (last key wins).
        expect(canonical(JSON.parse(text))).toEqual(canonical(valueOf(doc)));
        const found = findDuplicateKeys(text, Infinity);
        expect(found.map(({ key, path }) => ({ key, path }))).toEqual(expectedDuplicates(doc));
      }),
      { numRuns: 500 },
    );
  });

  it('never reports a key of JSON.stringify output', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(findDuplicateKeys(JSON.stringify(value))).toEqual([]);
        expect(findDuplicateKeys(JSON.stringify(value, null, 2))).toEqual([]);
      }),
    );
  });

  it('a ballot file with a key given twice is refused, naming the key and where', () => {
    const text = [
      '{',
      `  "format": "${FORMAT}", "method": "irv",`,
      '  "candidates": ["A", "B"],',
      '  "ballots": [{ "ranking": ["A"] }, { "ranking": ["B"], "count": 1, "count": 900 }],',
      '  "method": "plurality"',
      '}',
    ].join('\n');
    const column = (text.split('\n')[3] as string).lastIndexOf('"count"') + 1;
    expect(messageOf(() => parseBallotFileText(text))).toBe(
      `invalid ballot file: ballots[1]: duplicate key "count" (line 4, column ${column}); each key may appear only once; ` +
        'duplicate key "method" in the top-level object (line 5, column 3); each key may appear only once',
    );
    const nested = `{"format":"${FORMAT}","method":"irv","rules":{"tieBreak":{"seed":"a","se\\u0065d":"b"}}}`;
    expect(messageOf(() => parseBallotFileText(nested))).toMatch(
      /^invalid ballot file: rules\.tieBreak: duplicate key "seed" \(line 1, column \d+\)/,
    );
  });
});

describe('UTF-8', () => {
  const file = JSON.stringify({
    format: FORMAT,
    method: 'irv',
    candidates: ['Zoë'],
    ballots: [{ ranking: ['Zoë'] }],
  });

  it('a byte-order mark is accepted', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(file)]);
    expect(recountBallotFile(parseBallotFileBytes(bytes)).winners).toEqual(['Zoë']);
    expect(recountBallotFile(parseBallotFileText(`\ufeff${file}`)).winners).toEqual(['Zoë']);
  });

  it('a byte that is not UTF-8 is refused with its offset, never read as U+FFFD', () => {
    const latin1 = Buffer.from(
      `{\n"format": "${FORMAT}", "method": "irv", "candidates": ["Zo\xeb"], "ballots": []}`,
      'latin1',
    );
    const offset = latin1.indexOf(0xeb);
    expect(messageOf(() => parseBallotFileBytes(latin1))).toBe(
      `invalid ballot file: not valid UTF-8 at byte offset ${offset} (line 2); save the file as UTF-8`,
    );
  });

  it('finds the first ill-formed byte exactly where a decoder puts its first U+FFFD', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      fc
        .array(
          fc.oneof(
            fc.string({ unit: 'binary', maxLength: 4 }).map((s) => [...Buffer.from(s)]),
            fc.array(fc.integer({ min: 0x80, max: 0xff }), { maxLength: 3 }),
          ),
          { maxLength: 8 },
        )
        .map((parts) => Uint8Array.from(parts.flat())),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        const offset = firstInvalidUtf8(b);
        let fatal = false;
        try {
          new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(b);
        } catch {
          fatal = true;
        }
        expect(offset >= 0).toBe(fatal);
        expect(decodeUtf8Strict(b).ok).toBe(!fatal);
        if (offset < 0) return;
        const lenient = new TextDecoder('utf-8', { ignoreBOM: true });
        const prefix = lenient.decode(b.subarray(0, offset));
        expect(firstInvalidUtf8(b.subarray(0, offset))).toBe(-1);
        expect(lenient.decode(b).startsWith(`${prefix}\ufffd`)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

/** The CLI as a person runs it on such files. */
const dir = mkdtempSync(join(tmpdir(), 'recount-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function recount(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/recount.ts', ...args],
      { encoding: 'utf8', cwd: process.cwd() },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const DUP_TEXT = `{"format":"${FORMAT}","method":"irv","candidates":["A"],"ballots":[{"ranking":["A"],"count":1,"c\\u006funt":5}]}`;
const LATIN1 = Buffer.from(
  `{"format":"${FORMAT}","method":"irv","candidates":["Mu\xf1oz"],"ballots":[]}`,
  'latin1',
);

describe('recount CLI on hostile files', () => {
  // Every run starts at once: each process spends most of its time starting tsx.
  const runs: Record<string, Promise<Run>> = {};
  beforeAll(() => {
    const hostile = file('hostile.json', JSON.stringify(HOSTILE));
    runs.table = recount(hostile);
    runs.json = recount(hostile, '--json');
    runs.duplicate = recount(file('dup.json', DUP_TEXT));
    runs.hostileKey = recount(
      file('badkey.json', `{"format":"${FORMAT}","method":"irv","\\u001b[2J":1,"\\u001b[2J":2}`),
    );
    runs.bom = recount(
      file(
        'bom.json',
        Buffer.concat([
          Buffer.from([0xef, 0xbb, 0xbf]),
          Buffer.from(
            JSON.stringify({
              format: FORMAT,
              method: 'irv',
              candidates: ['A'],
              ballots: [{ ranking: ['A'] }],
            }),
          ),
        ]),
      ),
    );
    runs.latin1 = recount(file('latin1.json', LATIN1));
  });
  const result = (name: string): Promise<Run> => runs[name] ?? Promise.reject(new Error(name));

  it('the readable table shows controls as escapes', async () => {
    const { code, stdout, stderr } = await result('table');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).not.toMatch(RAW_CONTROL);
    expect(stdout).toContain('Ana\\x1b[2J\\x1b[H');
    expect(stdout.split('\n')).not.toContain('Outcome: elected — Mallory');
  });

  it('--json gives the names exactly, with nothing raw for the terminal', async () => {
    const { code, stdout } = await result('json');
    expect(code).toBe(0);
    expect(stdout).not.toMatch(RAW_CONTROL);
    const parsed = JSON.parse(stdout) as { title: string; chapter: string; candidates: string[] };
    expect(parsed.title).toBe(HOSTILE.title);
    expect(parsed.chapter).toBe(HOSTILE.chapter);
    expect(parsed.candidates.slice(0, 4)).toEqual(HOSTILE.candidates);
  });

  it('a duplicated key: exit 2 naming the key and where', async () => {
    const { code, stdout, stderr } = await result('duplicate');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `recount: invalid ballot file: ballots[0]: duplicate key "count" (line 1, column ${DUP_TEXT.indexOf('"c\\u006funt"') + 1}); each key may appear only once\n`,
    );
  });

  it('an error message quoting the file escapes its controls', async () => {
    const { code, stderr } = await result('hostileKey');
    expect(code).toBe(2);
    expect(stderr).not.toMatch(RAW_CONTROL);
    expect(stderr).toContain('duplicate key "\\u001b[2J"');
  });

  it('a byte-order mark is accepted; bytes that are not UTF-8 are refused with their offset', async () => {
    const bom = await result('bom');
    expect(bom.stderr).toBe('');
    expect(bom.code).toBe(0);
    expect(bom.stdout).toContain('Elected: A');
    const latin1 = await result('latin1');
    expect(latin1.code).toBe(2);
    expect(latin1.stderr).toBe(
      `recount: invalid ballot file: not valid UTF-8 at byte offset ${LATIN1.indexOf(0xf1)} (line 1); save the file as UTF-8\n`,
    );
  });
});
