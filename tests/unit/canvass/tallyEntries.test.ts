import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { VoterStore } from '../../../src/main/services/voters/store';
import { RESULT_CODES, ResultEntrySchema } from '../../../src/shared/canvass/results';
import { LIMITS } from '../../../src/shared/limits';
import { tallyEntry, tallyEntryOf, type TallyEntry } from '../../../src/shared/outreach/tallyEntry';

/**
 * The coverage dashboard's light reader of the results file (VoterStore.readTallyEntries)
 * keeps and refuses exactly the lines the strict reader (readResults, zod) does, and takes
 * the same fields from them, on random lines valid and invalid.
 */

let dir = '';
let n = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tally-entries-'));
});

/** Texts that fit a limit (empty, short, at the limit) and texts one over it. */
const fits = (max: number, min = 0) =>
  fc.oneof(
    fc.constantFrom(min, 1, max - 1, max).map((k) => 'é'.repeat(k)),
    fc.string({ minLength: min, maxLength: 8 }),
  );
const over = (max: number) => fc.constant('é'.repeat(max + 1));
const junk = fc.constantFrom<unknown>(undefined, null, 0, 3, true, 'x', [], {}, ['a']);

const timestamps = fc.oneof(
  fc
    .date({ min: new Date('1990-01-01'), max: new Date('2090-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.constantFrom('2026-03-05T18:00:00-05:00', '2024-02-29T10:00:00Z', '2026-03-05T18:00:00.5Z'),
);
const badTimestamps = fc.constantFrom(
  '2025-02-29T10:00:00Z',
  '2026-13-01T10:00:00Z',
  '2026-03-05T24:00:00Z',
  '2026-03-05T18:00:00',
  '2026-03-05',
  `2026-03-05T18:00:00.${'1'.repeat(60)}Z`,
  '',
);
const answers = fc.constantFrom('Y', 'N', 'U');

/** Per field: values the schema takes, and values it refuses (undefined: the key left out). */
const FIELDS: Record<string, { good: fc.Arbitrary<unknown>; bad: fc.Arbitrary<unknown> }> = {
  id: { good: fits(LIMITS.id, 1), bad: fc.oneof(over(LIMITS.id), fc.constant(''), junk) },
  voterId: {
    good: fc.oneof(fc.constant(null), fits(LIMITS.id, 1)),
    bad: fc.oneof(over(LIMITS.id), fc.constant(''), fc.constant(undefined), fc.constant(5)),
  },
  householdKey: { good: fits(LIMITS.short, 1), bad: fc.oneof(over(LIMITS.short), junk) },
  turfId: {
    good: fc.oneof(fc.constant(undefined), fc.constant(null), fits(LIMITS.id)),
    bad: fc.oneof(over(LIMITS.id), fc.constant(7)),
  },
  mode: { good: fc.constantFrom(undefined, 'door', 'phone'), bad: fc.constantFrom('mail', null) },
  code: {
    good: fc.constantFrom(undefined, null, ...RESULT_CODES),
    bad: fc.constantFrom('XX', 'lb', 1),
  },
  support: {
    good: fc.constantFrom(undefined, null, 1, 2, 3, 4, 5),
    bad: fc.constantFrom(0, 6, 2.5, '3', false),
  },
  volunteer: { good: fc.constantFrom(undefined, true, false), bad: fc.constantFrom(null, 1) },
  yardSign: { good: fc.constantFrom(undefined, true, false), bad: fc.constantFrom(null, 'yes') },
  needsRide: { good: fc.constantFrom(undefined, true, false), bad: fc.constantFrom(null, 0) },
  language: {
    good: fc.oneof(fc.constantFrom(undefined, 'Spanish'), fits(LIMITS.name)),
    bad: fc.oneof(over(LIMITS.name), fc.constant(null)),
  },
  issues: {
    good: fc.oneof(
      fc.constant(undefined),
      fc.dictionary(fits(LIMITS.name, 1), answers, { maxKeys: 4 }),
      fc.constant(JSON.parse('{"constructor":"N"}') as unknown),
    ),
    bad: fc.oneof(
      fc.dictionary(fc.constantFrom('', 'é'.repeat(LIMITS.name + 1)), answers, { minKeys: 1 }),
      fc.dictionary(fits(LIMITS.name, 1), fc.constantFrom('Q', 1, null), { minKeys: 1 }),
      fc.constantFrom<unknown>(
        null,
        [],
        Object.fromEntries(Array.from({ length: LIMITS.shortList + 1 }, (_, i) => [`q${i}`, 'Y'])),
      ),
    ),
  },
  notes: { good: fits(LIMITS.notes), bad: fc.oneof(over(LIMITS.notes), fc.constant(3)) },
  canvasser: { good: fits(LIMITS.name), bad: fc.oneof(over(LIMITS.name), fc.constant([])) },
  at: { good: timestamps, bad: fc.oneof(badTimestamps, junk) },
};
const NAMES = Object.keys(FIELDS);

/** A valid entry with up to two fields spoiled, an unknown key, or a '__proto__' issue key. */
const entryLike = fc
  .tuple(
    fc.record(Object.fromEntries(NAMES.map((k) => [k, FIELDS[k]!.good]))),
    fc.array(
      fc.constantFrom(...NAMES).chain((k) => FIELDS[k]!.bad.map((v) => [k, v] as const)),
      { maxLength: 2 },
    ),
    fc.constantFrom<object>({}, { extra: 1 }, JSON.parse('{"issues":{"__proto__":"Y"}}') as object),
  )
  .map(([good, spoiled, more]) => ({ ...good, ...Object.fromEntries(spoiled), ...more }));

const line = fc.oneof(
  { arbitrary: entryLike.map((e) => JSON.stringify(e)), weight: 8 },
  { arbitrary: entryLike.map((e) => JSON.stringify(e).slice(0, 40)), weight: 1 },
  {
    arbitrary: fc.constantFrom(
      '',
      '  ',
      '\r',
      'null',
      '[]',
      '5',
      '"x"',
      '{}',
      '\ufeff{}',
      '{"id":',
    ),
    weight: 1,
  },
);

describe('tallyEntryOf', () => {
  it('takes what the strict schema takes, and the same fields from it', () => {
    fc.assert(
      fc.property(entryLike, (e) => {
        const json: unknown = JSON.parse(JSON.stringify(e));
        const strict = ResultEntrySchema.safeParse(json);
        expect(tallyEntryOf(json)).toEqual(strict.success ? tallyEntry(strict.data) : null);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('VoterStore.scanTallyEntries', () => {
  it('keeps and counts damaged exactly the lines readResults does', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 30 }), fc.boolean(), async (lines, lf) => {
        const store = new VoterStore(join(dir, `store${n++}`));
        await store.ensureDir();
        await writeFile(
          join(store.dir, 'list.results.ndjson'),
          lines.join('\n') + (lf ? '\n' : ''),
        );
        const strict = await store.readResults('list');
        const light: TallyEntry[] = [];
        const damaged = await store.scanTallyEntries('list', (e) => light.push(e));
        expect(damaged).toEqual(strict.damagedLines);
        expect(light).toEqual(strict.entries.map(tallyEntry));
      }),
      { numRuns: 150 },
    );
  });

  it('a missing file holds no results', async () => {
    const store = new VoterStore(join(dir, 'none'));
    const light: TallyEntry[] = [];
    expect(await store.scanTallyEntries('list', (e) => light.push(e))).toEqual([]);
    expect(light).toEqual([]);
    expect(await store.hasResults('list')).toBe(false);
  });
});
