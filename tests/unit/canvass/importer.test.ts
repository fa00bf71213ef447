import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { importVoterFile } from '../../../src/main/services/voters/importer';
import type { ImportProgress } from '../../../src/shared/canvass/schema';
import { generateOhioFixture } from './generate';

let dir = '';
let n = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'voters-import-'));
});

async function file(content: string | Uint8Array, name = `f${n++}.csv`): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

describe('unusable files get a clear error, never an exception', () => {
  it.each<[string, string | Uint8Array, string, RegExp]>([
    ['empty', '', 'empty', /empty/],
    ['blank lines only', '\n\r\n  \n', 'empty', /no rows/],
    ['binary', Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]), 'binary', /binary/],
    ['zip archive', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]), 'binary', /ZIP.*unzip/],
    ['gzip', Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0]), 'binary', /gzip/],
    ['UTF-16', Uint8Array.from([0xff, 0xfe, 0x76, 0, 0x6f, 0]), 'binary', /UTF-16/],
    ['header only', 'voter_id,address,city,zip\n', 'no-voters', /no data rows/],
    [
      'all rows bad',
      'voter_id,address\n,1 Main St\n,2 Main St\n',
      'no-voters',
      /all 2 rows were skipped \(first: line 2, missing voter ID\)/,
    ],
  ])('%s', async (_, content, code, message) => {
    const r = await importVoterFile({ path: await file(content) });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.message).toMatch(message);
    }
  });

  it('a missing file or a folder', async () => {
    expect(await importVoterFile({ path: join(dir, 'nope.csv') })).toMatchObject({
      ok: false,
      error: { code: 'unreadable' },
    });
    expect(await importVoterFile({ path: dir })).toMatchObject({
      ok: false,
      error: { code: 'unreadable' },
    });
  });

  it('random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 2000 }), async (bytes) => {
        const r = await importVoterFile({ path: await file(bytes) });
        if (!r.ok) expect(r.error.message.length).toBeGreaterThan(10);
      }),
      { numRuns: 40 },
    );
  });
});

describe('bad rows are skipped and reported with their line numbers', () => {
  it('garbage lines: every line is either a voter or reported, with its own line number', async () => {
    const cell = fc.stringMatching(/^[A-Za-z0-9 ,"#'½é\t|-]{0,12}$/);
    const line = fc
      .tuple(
        fc.array(cell, { minLength: 1, maxLength: 6 }),
        fc.stringMatching(/^[A-Za-z0-9]{1,4}$/),
      )
      .map(([cells, anchor]) => `${anchor}${cells.join(',')}`);
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 40 }), async (lines) => {
        const path = await file(['voter_id,address,city,zip', ...lines].join('\n'));
        const r = await importVoterFile({ path, preset: 'generic', delimiter: ',' });
        if (!r.ok) {
          expect(r.error.code).toBe('no-voters');
          return;
        }
        const { summary } = r;
        expect(summary.voters + summary.skippedCount).toBe(lines.length);
        const skippedLines = summary.skipped.map((s) => s.line);
        expect(new Set(skippedLines).size).toBe(skippedLines.length);
        for (const l of skippedLines) {
          expect(l).toBeGreaterThanOrEqual(2);
          expect(l).toBeLessThanOrEqual(lines.length + 1);
        }
        expect(new Set(r.voters.map((v) => v.id)).size).toBe(r.voters.length);
      }),
      { numRuns: 60 },
    );
  });

  it('an unterminated quote loses only its own line', async () => {
    const path = await file(
      [
        '"voter_id","address","city","zip"',
        '"A1","1 MAIN ST","X","43215"',
        '"A2","3 MAIN ST,"X","43215"',
        '"A3","5 MAIN ST,X,43215',
        '"A4","7 ""MAIN"" ST","X","43215"',
        '"A5","9 MAIN ST","X","43215',
      ].join('\r\n'),
    );
    const r = await importVoterFile({ path });
    expect(r.ok && r.voters.map((v) => [v.id, v.street])).toEqual([
      ['A1', 'MAIN ST'],
      ['A4', 'MAIN ST'],
    ]);
    expect(r.ok && r.summary.skipped).toEqual([
      { line: 3, reason: 'expected 4 columns, found 3' },
      { line: 4, reason: 'unterminated quote (the line ends inside a quoted value)' },
      { line: 6, reason: 'unterminated quote (the line ends inside a quoted value)' },
    ]);
    expect(r.ok && r.summary.warnings).toEqual([
      'Some lines have unbalanced quotes; the file was read a second time to keep every other line.',
    ]);
  });

  it('reports duplicates, wrong column counts and unusable addresses', async () => {
    const path = await file(
      'voter_id,address,city,zip\nA1,1 Main St,X,1\nA1,2 Main St,X,1\nA2,3 Main St,X\nA3,3 Main St,X,1,extra\nA4,3 Main St,X,1,,\nA5,#,X,1\n',
    );
    const r = await importVoterFile({ path });
    expect(r.ok && r.summary.skipped).toEqual([
      { line: 3, reason: 'duplicate voter ID A1 (first on line 2)' },
      { line: 4, reason: 'expected 4 columns, found 3' },
      { line: 5, reason: 'expected 4 columns, found 5' },
      { line: 7, reason: 'unusable residential address "#" (voter A5)' },
    ]);
    // Empty extra columns (a trailing delimiter) are tolerated.
    expect(r.ok && r.voters.map((v) => v.id)).toEqual(['A1', 'A4']);
    expect(r.ok && r.summary.duplicates).toBe(1);
  });

  it('the generated 2,000-voter file: exactly its bad rows are reported', async () => {
    const fx = generateOhioFixture(2000, 7);
    const r = await importVoterFile({ path: await file(fx.csv) });
    if (!r.ok) throw new Error(r.error.message);
    expect(fx.bad.map((b) => b.kind)).toEqual([
      'missing-id',
      'missing-address',
      'short-row',
      'unbalanced-quote',
    ]);
    expect(r.summary.skipped.map((s) => s.line)).toEqual(fx.bad.map((b) => b.line));
    expect(r.voters.map((v) => v.id)).toEqual(fx.voterIds);
    expect(r.summary.households).toBeLessThan(r.summary.voters);
    expect(r.households.some((h) => h.unit !== '')).toBe(true);
    expect(generateOhioFixture(2000, 7).csv).toBe(fx.csv); // deterministic
  });

  it('keeping only some voters gives exactly those voters and their doors, as the full read does', async () => {
    const fx = generateOhioFixture(600, 11);
    const path = await file(fx.csv);
    const full = await importVoterFile({ path });
    if (!full.ok) throw new Error(full.error.message);
    await fc.assert(
      fc.asyncProperty(fc.subarray(fx.voterIds), async (chosen) => {
        const wanted = new Set(chosen);
        const kept = await importVoterFile({ path, keep: (id) => wanted.has(id) });
        if (!kept.ok) throw new Error(kept.error.message);
        const expected = full.voters.filter((v) => wanted.has(v.id));
        expect(kept.voters).toEqual(expected);
        const doors = new Set(expected.map((v) => v.householdKey));
        expect(kept.households.map((h) => h.key).sort()).toEqual([...doors].sort());
        for (const h of kept.households)
          expect(h.voterIds.every((id) => wanted.has(id))).toBe(true);
        expect(kept.summary.rows).toBe(full.summary.rows);
      }),
      { numRuns: 15 },
    );
  });
});

describe('encodings, progress, cancel, limits', () => {
  it('switches to Latin-1 where the file stops being UTF-8, and says so', async () => {
    const rows = Array.from(
      { length: 10_000 },
      (_, i) => `V${i},${i + 1} MAIN STREET,COLUMBUS,43215`,
    );
    const head = Buffer.from(
      ['voter_id,address,city,zip,last_name', ...rows.map((r) => `${r},SMITH`)].join('\n') + '\n',
    );
    const tail = Buffer.from('X1,1 OAK ST,COLUMBUS,43215,MU\xd1OZ\n', 'latin1');
    const r = await importVoterFile({ path: await file(Buffer.concat([head, tail])) });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.summary.encoding).toBe('latin1');
    expect(r.summary.warnings).toContain(
      'Text from line 10002 on is not valid UTF-8 and was read as Latin-1 (ISO-8859-1).',
    );
    expect(r.voters.at(-1)?.lastName).toBe('MUÑOZ');
  });

  it('reports progress and honours cancel', async () => {
    const path = await file(generateOhioFixture(6000, 3, { badRows: false }).csv);
    const seen: ImportProgress[] = [];
    const done = await importVoterFile({ path, onProgress: (p) => seen.push(p) });
    expect(done.ok).toBe(true);
    expect(seen.at(-1)).toMatchObject({ fraction: 1, rows: 6000 });
    const controller = new AbortController();
    const cancelled = await importVoterFile({
      path,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(cancelled).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    const early = new AbortController();
    early.abort();
    expect(await importVoterFile({ path, signal: early.signal })).toMatchObject({
      ok: false,
      error: { code: 'cancelled' },
    });
  });

  it('refuses a list larger than the limit', async () => {
    const path = await file(generateOhioFixture(50, 3, { badRows: false }).csv);
    const r = await importVoterFile({ path, maxVoters: 10 });
    expect(r).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('suppresses voters the chapter marked, a Moved mark only at the old address', async () => {
    const path = await file(
      'voter_id,address,city,zip\nA1,1 Main St,X,43215\nA2,3 Main St,X,43215\nA3,5 Main St,X,43215\n',
    );
    const r = await importVoterFile({
      path,
      marks: [
        { voterId: 'A1', reason: 'DEC', householdKey: '' },
        { voterId: 'A2', reason: 'MV', householdKey: '3 MAIN ST||43215' },
        { voterId: 'A3', reason: 'MV', householdKey: '9 ELM ST||43215' },
      ],
    });
    expect(r.ok && r.voters.map((v) => v.id)).toEqual(['A3']);
    expect(r.ok && r.summary.suppressed.chapter).toBe(2);
  });
});
