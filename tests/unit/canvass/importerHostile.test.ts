import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  HEAD_BYTES,
  importVoterFile,
  MAX_COLUMNS,
} from '../../../src/main/services/voters/importer';
import { DEFAULT_MAX_LINE_BYTES, LineGuard } from '../../../src/main/services/voters/lineGuard';
import { runPass } from '../../../src/main/services/voters/pass';
import { PRESETS, resolveColumns } from '../../../src/shared/canvass/presets';

/**
 * Voter files that are damaged or hostile (issue #11, "Hostile files"): an unterminated
 * quote, a line of hundreds of megabytes, a header of 100,000 columns. Each is a clear
 * error or a skipped line with its own number, never a crash, a silent loss of rows or a
 * giant allocation.
 */

let dir = '';
let n = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'voters-hostile-'));
});

async function file(content: string | Uint8Array): Promise<string> {
  const path = join(dir, `f${n++}.csv`);
  await writeFile(path, content);
  return path;
}

const TOO_LONG = `line longer than ${DEFAULT_MAX_LINE_BYTES} bytes (not a voter row)`;
const UNTERMINATED = 'unterminated quote (the line ends inside a quoted value)';

/** Runs bytes, cut into the given chunks, through a LineGuard. */
async function guard(
  chunks: Iterable<Buffer> | AsyncIterable<Buffer>,
  opts: { maxLineBytes?: number; quoted?: boolean } = {},
): Promise<{ out: Buffer; bad: [number, string][]; outBytes: number }> {
  const bad: [number, string][] = [];
  const g = new LineGuard({
    encoding: 'utf-8',
    delimiter: 0x2c,
    quoted: opts.quoted ?? false,
    maxLineBytes: opts.maxLineBytes,
    onBadLine: (line, reason) => bad.push([line, reason]),
  });
  const parts: Buffer[] = [];
  let outBytes = 0;
  const keepAtMost = 1 << 20;
  await pipeline(
    Readable.from(chunks, { objectMode: false }),
    g,
    new Writable({
      write(chunk: Buffer, _enc, cb) {
        outBytes += chunk.length;
        if (outBytes <= keepAtMost) parts.push(chunk);
        cb();
      },
    }),
  );
  return { out: Buffer.concat(parts), bad, outBytes };
}

function cut(bytes: Buffer, sizes: number[]): Buffer[] {
  const out: Buffer[] = [];
  let at = 0;
  for (let i = 0; at < bytes.length; i++) {
    const size = sizes.length ? (sizes[i % sizes.length] as number) : bytes.length;
    out.push(bytes.subarray(at, at + size));
    at += size;
  }
  return out;
}

describe('LineGuard: long lines', () => {
  it('blanks exactly the lines over the limit, keeping their terminator, however chunks fall', async () => {
    const line = fc.tuple(fc.stringMatching(/^[a-z0-9 ,]{0,30}$/), fc.constantFrom('\n', '\r\n'));
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 25 }),
        async (lines, lastHasBreak, sizes, max) => {
          const text = lines
            .map(([body, end], i) => (i === lines.length - 1 && !lastHasBreak ? body : body + end))
            .join('');
          const { out, bad } = await guard(cut(Buffer.from(text), sizes), { maxLineBytes: max });
          const expected = lines.map(([body, end], i) => {
            const last = i === lines.length - 1 && !lastHasBreak;
            const long = Buffer.byteLength(body) + (end === '\r\n' && !last ? 1 : 0) > max;
            return { text: long ? (last ? '' : end) : last ? body : body + end, long };
          });
          expect(out.toString()).toBe(expected.map((e) => e.text).join(''));
          expect(bad).toEqual(
            expected.flatMap((e, i) =>
              e.long ? [[i + 1, `line longer than ${max} bytes (not a voter row)`]] : [],
            ),
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  it('a 200 MB line at the real default limit: skipped with its number, never held in memory', async () => {
    const mb = Buffer.alloc(1 << 20, 'x');
    function* source(): Generator<Buffer> {
      yield Buffer.from('voter_id,address\r\nA1,1 Main St\r\n');
      for (let i = 0; i < 200; i++) yield mb; // the same megabyte, 200 times
      yield Buffer.from('\r\nA2,2 Main St\r\n');
    }
    const before = process.memoryUsage().arrayBuffers;
    const { out, bad, outBytes } = await guard(source());
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(50 << 20);
    expect(bad).toEqual([[3, TOO_LONG]]);
    expect(outBytes).toBe(out.length);
    expect(out.toString()).toBe('voter_id,address\r\nA1,1 Main St\r\n\r\nA2,2 Main St\r\n');
  });
});

describe('importer: hostile files', () => {
  it('an unterminated quote in the header: the first voter is not taken for the header', async () => {
    const path = await file(
      [
        '"voter_id,address,city,zip',
        '"A1","1 MAIN ST","X","43215"',
        '"A2","3 MAIN ST","X","43215"',
      ].join('\r\n'),
    );
    const r = await importVoterFile({ path, preset: 'generic' });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.voters.map((v) => v.id)).toEqual(['A1', 'A2']);
    expect(r.summary.skipped).toEqual([]);
    expect(r.summary.warnings).toContain(
      `The header row (line 1): ${UNTERMINATED}; its column names were taken as written.`,
    );
  });

  it('an unterminated quote early in a long file loses only its own line', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `"B${i}","${i + 10} OAK ST","X","43215"`);
    const path = await file(
      [
        '"voter_id","address","city","zip"',
        '"A1","1 MAIN ST,"X","43215',
        ...rows,
        '"A2","2 MAIN ST","X","43215"',
      ].join('\n'),
    );
    const r = await importVoterFile({ path });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.summary.skipped).toEqual([{ line: 2, reason: UNTERMINATED }]);
    expect(r.voters.length).toBe(5001);
    expect(r.voters.at(-1)?.id).toBe('A2');
  });

  it('the fast pass never gathers the rest of the file into one field behind an open quote', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `B${i},${i + 10} OAK ST,X,43215`);
    const path = await file(
      ['voter_id,address,city,zip', 'A1,"1 MAIN ST,X,43215', ...rows].join('\n'),
    );
    const preset = PRESETS.generic;
    const columns = resolveColumns(preset, ['voter_id', 'address', 'city', 'zip']);
    if (!columns.ok) throw new Error('columns');
    const pass = await runPass({
      path,
      size: 0,
      encoding: 'utf-8',
      delimiter: ',',
      quoted: true,
      checkQuotes: false,
      headerLine: 1,
      maxLineBytes: 4096,
      mapper: {
        preset,
        columns: columns.columns,
        county: null,
        referenceDate: '2024-11-05',
        marks: new Map(),
      },
      maxVoters: 1e6,
    });
    expect(pass.ok && pass.clean).toBe(false); // so the importer reads it again line by line
    expect(pass.ok && pass.mapper.skipped.map((s) => s.reason).join(' ')).toMatch(
      /Max Record Size/,
    );
  });

  it('a line over the real 1 MiB limit is skipped, and every line number after it stays right', async () => {
    const path = await file(
      `voter_id,address,city,zip\r\nA1,1 Main St,X,1\r\nA2,${'y'.repeat(3_000_000)},X,1\r\nA3,,X,1\r\nA4,4 Main St,X,1\r\n`,
    );
    const r = await importVoterFile({ path });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.voters.map((v) => v.id)).toEqual(['A1', 'A4']);
    expect(r.summary.skipped).toEqual([
      { line: 3, reason: TOO_LONG },
      { line: 4, reason: 'missing residential address (voter A3)' },
    ]);
  });

  it('a smaller configured limit: lines over it skipped wherever they fall in the read chunks', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) =>
      i % 500 === 7 ? `L${i},${'z'.repeat(5000)},X,1` : `V${i},${i + 1} Main St,X,1`,
    );
    const path = await file(['voter_id,address,city,zip', ...rows].join('\n'));
    const r = await importVoterFile({ path, maxLineBytes: 4000 });
    if (!r.ok) throw new Error(r.error.message);
    const long = rows.flatMap((row, i) => (row.startsWith('L') ? [i + 2] : []));
    expect(r.summary.skipped).toEqual(
      long.map((line) => ({ line, reason: 'line longer than 4000 bytes (not a voter row)' })),
    );
    expect(r.voters.length).toBe(3000 - long.length);
  });

  it('a file that is one enormous line: its own error, at the real sample size', async () => {
    const r = await importVoterFile({ path: await file('x'.repeat(HEAD_BYTES + 1000)) });
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'unknown-layout',
        message:
          'Line 1 is longer than 256 KB without a line break, so it cannot be a header or a voter row: this is not a voter file, or its line breaks are missing.',
      },
    });
  });

  it.each([
    [
      'long names, past the sample',
      (i: number) => `column_number_${i}`,
      /^Line 1, the first row, has at least [\d,]+ columns; a voter file has at most 2,000\./,
    ],
    [
      'short names, within the sample',
      () => 'c',
      /^Line 1, the first row, has 100,002 columns; a voter file has at most 2,000\./,
    ],
  ])('a header of 100,000 columns (%s): its own error', async (_, name, message) => {
    const header = ['voter_id', 'address', ...Array.from({ length: 100_000 }, (_, i) => name(i))];
    const r = await importVoterFile({ path: await file(`${header.join(',')}\nA1,1 Main St\n`) });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('unknown-layout');
      expect(r.error.message).toMatch(message);
    }
    expect(MAX_COLUMNS).toBe(2000);
  });
});
