import { constants as bufferConstants } from 'node:buffer';
import { appendFile, mkdtemp, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readLines } from '../../../src/main/services/voters/lines';
import { MAX_RESULT_LINE_BYTES, VoterStore } from '../../../src/main/services/voters/store';
import { ResultEntrySchema, type ResultEntry } from '../../../src/shared/canvass/results';

/**
 * The canvass results file (`<id>.results.ndjson`) is read line by line as a stream, so
 * its size is never limited by the longest string V8 can hold, and damaged lines are
 * reported exactly as when the file was read whole.
 */

let dir = '';
let n = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'results-file-'));
});

function entry(i: number): ResultEntry {
  return ResultEntrySchema.parse({
    id: `r${i}`,
    voterId: `V${i}`,
    householdKey: `${i} MAIN ST||43215`,
    code: i % 2 ? 'NH' : null,
    support: i % 2 ? null : 1 + (i % 5),
    notes: i % 3 ? '' : 'Zoë — dog',
    at: '2025-03-01T10:00:00.000Z',
  });
}

/** How the results file was read before: whole, split on LF, line numbers from 1. */
function readWhole(text: string): { entries: ResultEntry[]; damagedLines: number[] } {
  const entries: ResultEntry[] = [];
  const damagedLines: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const parsed = ResultEntrySchema.safeParse(JSON.parse(line));
      if (parsed.success) entries.push(parsed.data);
      else damagedLines.push(i + 1);
    } catch {
      damagedLines.push(i + 1);
    }
  });
  return { entries, damagedLines };
}

async function collect(path: string, maxLineBytes: number, chunkBytes?: number) {
  const out: (string | null)[] = [];
  for await (const line of readLines(path, { maxLineBytes, chunkBytes })) {
    expect(line.number).toBe(out.length + 1);
    out.push(line.text);
  }
  return out;
}

describe('readLines', () => {
  const piece = fc.oneof(
    fc.constantFrom('\n', '\r\n', '\r', '', ' ', 'é', '東', '😀', '{"a":1}'),
    fc.string({ maxLength: 6 }),
    fc.uint8Array({ maxLength: 3 }).map((b) => Buffer.from(b).toString('latin1')),
  );
  const bytes = fc
    .array(fc.tuple(piece, fc.boolean()), { maxLength: 30 })
    .map((parts) =>
      Buffer.concat(parts.map(([p, raw]) => (raw ? Buffer.from(p, 'latin1') : Buffer.from(p)))),
    );

  it('gives the lines split("\\n") gives, whatever the chunk size (bad UTF-8 included)', async () => {
    await fc.assert(
      fc.asyncProperty(bytes, fc.integer({ min: 1, max: 17 }), async (content, chunk) => {
        const path = join(dir, `lines${n++}.txt`);
        await writeFile(path, content);
        expect(await collect(path, 1 << 20, chunk)).toEqual(content.toString('utf8').split('\n'));
      }),
      { numRuns: 200 },
    );
  });

  it('gives null for a line longer than the limit, never building it', async () => {
    await fc.assert(
      fc.asyncProperty(
        bytes,
        fc.integer({ min: 1, max: 17 }),
        fc.integer({ min: 0, max: 12 }),
        async (content, chunk, max) => {
          const path = join(dir, `lines${n++}.txt`);
          await writeFile(path, content);
          const expected: (string | null)[] = [];
          let start = 0;
          for (;;) {
            const nl = content.indexOf(0x0a, start);
            const end = nl < 0 ? content.length : nl;
            expected.push(end - start > max ? null : content.toString('utf8', start, end));
            if (nl < 0) break;
            start = nl + 1;
          }
          expect(await collect(path, max, chunk)).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('VoterStore.readResults', () => {
  it('reads entries and reports damaged lines exactly as reading the file whole did', async () => {
    const line = fc.oneof(
      fc.nat({ max: 1000 }).map((i) => JSON.stringify(entry(i))),
      fc.nat({ max: 1000 }).map((i) => `${JSON.stringify(entry(i))}\r`),
      fc.nat({ max: 1000 }).map((i) => JSON.stringify(entry(i)).slice(0, 30)), // torn
      fc.constantFrom('', '  ', '\r', '{}', 'null', '{"id":"x"}', '\ufeff{}'),
      fc.string({ maxLength: 20 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 25 }), fc.boolean(), async (lines, lf) => {
        const store = new VoterStore(join(dir, `store${n++}`));
        await store.ensureDir();
        const text = lines.join('\n') + (lf ? '\n' : '');
        await writeFile(join(store.dir, 'list.results.ndjson'), text);
        expect(await store.readResults('list')).toEqual(readWhole(text));
      }),
      { numRuns: 150 },
    );
  });

  it('a missing file holds no results', async () => {
    const store = new VoterStore(join(dir, 'none'));
    expect(await store.readResults('list')).toEqual({ entries: [], damagedLines: [] });
  });

  it('reads a file larger than the longest string V8 can hold; one enormous damaged line costs nothing', async () => {
    const store = new VoterStore(join(dir, 'huge'));
    const path = join(store.dir, 'list.results.ndjson');
    await store.appendResults('list', [entry(1), entry(2)]);
    // A sparse run of NUL bytes (no disk used) longer than any string, then two more entries.
    const size = (await stat(path)).size + bufferConstants.MAX_STRING_LENGTH + 1024;
    await truncate(path, size);
    await appendFile(path, `\n${JSON.stringify(entry(3))}\n${JSON.stringify(entry(4))}\n`);
    expect((await stat(path)).size).toBeGreaterThan(bufferConstants.MAX_STRING_LENGTH);
    const { entries, damagedLines } = await store.readResults('list');
    expect(entries.map((e) => e.id)).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect(damagedLines).toEqual([3]);
    expect(MAX_RESULT_LINE_BYTES).toBeLessThan(bufferConstants.MAX_STRING_LENGTH);
  }, 60_000);
});
