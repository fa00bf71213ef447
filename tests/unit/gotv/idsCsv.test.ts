import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRecords } from '../../../src/main/services/gotv/records';
import { csvCell, csvCellText } from '../../../src/shared/canvass/export';
import { RESULT_CODES, type ResultEntry } from '../../../src/shared/canvass/results';
import { IdsReader } from '../../../src/shared/gotv/files';
import { answersOfResults, idsCsvText } from '../../../src/shared/gotv/idsCsv';
import { LatestAnswers, type VoterAnswer } from '../../../src/shared/gotv/universe';

/** Doors H0–H2 with two voters each; voter IDs include ones a spreadsheet would run. */
const DOORS: Record<string, string[]> = {
  H0: ['OH1', '-7'],
  H1: ['=SUM(A1)', 'OH 4'],
  H2: ['@x', 'NC"5'],
};
const VOTERS = Object.values(DOORS).flat();
const doorOf = (id: string) => Object.keys(DOORS).find((k) => DOORS[k]?.includes(id)) as string;

function entry(over: Partial<ResultEntry>): ResultEntry {
  return {
    id: 'e',
    voterId: null,
    householdKey: 'H0',
    turfId: null,
    mode: 'door',
    code: null,
    support: null,
    volunteer: false,
    yardSign: false,
    needsRide: false,
    language: '',
    issues: {},
    notes: '',
    canvasser: '',
    at: '2026-10-01T10:00:00Z',
    ...over,
  };
}

const entryArb = fc
  .record({
    voterId: fc.option(fc.constantFrom(...VOTERS), { nil: null }),
    door: fc.constantFrom(...Object.keys(DOORS)),
    code: fc.option(fc.constantFrom(...RESULT_CODES), { nil: null }),
    support: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
    minute: fc.integer({ min: 0, max: 600 }),
    offset: fc.constantFrom('Z', '-04:00', '+05:30', '-10:00'),
  })
  .map(({ voterId, door, code, support, minute, offset }) => {
    const local = new Date(Date.UTC(2026, 9, 1, 8, minute)).toISOString().slice(0, 19);
    return entry({
      voterId,
      householdKey: voterId ? doorOf(voterId) : door,
      code,
      support,
      at: `${local}${offset}`,
    });
  });

/** The app's own reading of the results: each voter's latest support by instant, and who left. */
function latestOfEntries(entries: readonly ResultEntry[]) {
  const support = new Map<string, { ms: number; support: number }>();
  const excluded = new Set<string>();
  for (const e of entries) {
    const ms = Date.parse(e.at);
    const who = e.voterId !== null ? [e.voterId] : (DOORS[e.householdKey] ?? []);
    for (const id of who) {
      if (e.code === 'MV' || e.code === 'DEC' || e.code === 'DNW') excluded.add(id);
      const prev = support.get(id);
      if (e.voterId !== null && e.support !== null && (!prev || prev.ms <= ms))
        support.set(id, { ms, support: e.support });
    }
  }
  return { support, excluded };
}

async function readBack(text: string): Promise<VoterAnswer[]> {
  const dir = await mkdtemp(join(tmpdir(), 'ids-'));
  const path = join(dir, 'IDS.csv');
  await writeFile(path, text);
  const answers: VoterAnswer[] = [];
  const reader = new IdsReader((a) => answers.push(a));
  await readRecords(path, (cells, line) => reader.record(cells, line));
  return answers;
}

describe('canvass results export (IDS.csv)', () => {
  it('writes voter_id,support,code,at, one row per answer, door codes for each voter there', () => {
    const answers = answersOfResults(
      [
        entry({ voterId: 'OH1', support: 1, at: '2026-10-01T10:00:00-04:00' }),
        entry({ householdKey: 'H0', code: 'NH' }),
        entry({ voterId: 'OH1', yardSign: true }),
        entry({ voterId: 'OH1', code: 'MV', at: '2026-10-02T09:00:00+02:00' }),
      ],
      (key) => DOORS[key] ?? [],
    );
    expect(idsCsvText(answers)).toBe(
      [
        'voter_id,support,code,at',
        'OH1,1,,2026-10-01T14:00:00.000Z',
        'OH1,,NH,2026-10-01T10:00:00.000Z',
        "'-7,,NH,2026-10-01T10:00:00.000Z",
        'OH1,,MV,2026-10-02T07:00:00.000Z',
        '',
      ].join('\r\n'),
    );
  });

  it('read back by the count room gives every answer, and the same latest answers and exclusions', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(entryArb, { maxLength: 25 }), async (entries) => {
        const answers = answersOfResults(entries, (key) => DOORS[key] ?? []);
        const read = await readBack(idsCsvText(answers));
        expect(read).toEqual(answers);
        const latest = new LatestAnswers();
        for (const a of read) latest.add(a);
        const app = latestOfEntries(entries);
        for (const id of VOTERS) {
          expect(latest.supportOf(id)).toBe(app.support.get(id)?.support ?? null);
          expect(latest.isExcluded(id)).toBe(app.excluded.has(id));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('csvCellText undoes csvCell', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", '=', '-', 'a', '"', ',', '\t') }), (s) => {
        const cell = csvCell(s);
        const unquoted = /^"/.test(cell) ? cell.slice(1, -1).replace(/""/g, '"') : cell;
        expect(csvCellText(unquoted)).toBe(s);
      }),
    );
  });
});
