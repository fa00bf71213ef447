import { describe, expect, it } from 'vitest';
import { buildHouseholds } from '../../../src/shared/canvass/household';
import {
  computeStats,
  isContact,
  RESULT_CODES,
  RESULT_LABELS,
  remainingHouseholds,
  ResultEntrySchema,
  type ResultEntry,
} from '../../../src/shared/canvass/results';
import { voter } from './arbitraries';

const voters = [
  voter({ id: 'A1', houseNumber: '1' }),
  voter({ id: 'A2', houseNumber: '1' }),
  voter({ id: 'B1', houseNumber: '3' }),
  voter({ id: 'C1', houseNumber: '5' }),
  voter({ id: 'D1', houseNumber: '7' }),
  voter({ id: 'E1', houseNumber: '9' }),
  voter({ id: 'E2', houseNumber: '9' }),
];
const households = buildHouseholds(voters);
const keyOf = (id: string): string => voters.find((v) => v.id === id)?.householdKey ?? '';
let n = 0;
const entry = (voterId: string | null, fields: Partial<ResultEntry>, door?: string): ResultEntry =>
  ResultEntrySchema.parse({
    id: `e${n++}`,
    voterId,
    householdKey: door ?? keyOf(voterId ?? ''),
    at: `2024-10-0${1 + (n % 9)}T12:00:00Z`,
    ...fields,
  });

describe('result codes', () => {
  it('spells out every code', () => {
    expect(RESULT_CODES).toEqual([
      'NH',
      'REF',
      'MV',
      'DEC',
      'INAC',
      'LB',
      'CB',
      'WA',
      'DNW',
      'LIT',
    ]);
    for (const c of RESULT_CODES) expect(RESULT_LABELS[c].length).toBeGreaterThan(3);
    expect(RESULT_LABELS.LB).toBe('Language Barrier');
  });

  it('counts a survey answer as a contact and a bare code as none', () => {
    expect(isContact(entry('A1', { support: 2 }))).toBe(true);
    expect(isContact(entry('A1', { volunteer: true }))).toBe(true);
    expect(isContact(entry('A1', { issues: { housing: 'Y' } }))).toBe(true);
    expect(isContact(entry('A1', { language: 'es' }))).toBe(true);
    expect(isContact(entry('A1', { code: 'LB', language: 'es' }))).toBe(false);
    for (const code of RESULT_CODES) expect(isContact(entry('A1', { code }))).toBe(false);
  });

  it('rejects support outside 1–5 and unknown codes', () => {
    expect(() => entry('A1', { support: 6 })).toThrow();
    expect(() => entry('A1', { code: 'XX' as 'NH' })).toThrow();
  });
});

describe('statistics and remaining doors', () => {
  const entries = [
    entry(null, { code: 'NH' }, keyOf('A1')), // door-level Not Home
    entry('B1', { code: 'REF' }),
    entry('C1', { support: 1, yardSign: true }),
    entry('C1', { support: 2 }), // later answer wins
    entry('D1', { code: 'CB' }),
    entry('E1', { code: 'MV' }),
  ];

  it('computes doors knocked, contacts, rate and support', () => {
    const s = computeStats(households, entries);
    expect(s).toMatchObject({
      doors: 5,
      voters: 7,
      entries: 6,
      doorsKnocked: 5,
      contacts: 1,
      peopleContacted: 1,
      yardSigns: 1,
      remainingDoors: 3,
      inconsistentEntries: 0,
    });
    expect(s.contactRate).toBeCloseTo(0.2);
    expect(s.support).toEqual({ 1: 0, 2: 1, 3: 0, 4: 0, 5: 0 });
    expect(s.byCode.NH).toBe(1);
    expect(s.contactRateWarning).toBeNull(); // fewer than 20 doors knocked: no warning
  });

  it('re-prints Not Home and Come Back doors (and, by default, doors not knocked)', () => {
    const keys = (hs: typeof households): string[] => hs.map((h) => h.voterIds[0] ?? '');
    // E: one occupant moved, the other is still to be reached.
    expect(keys(remainingHouseholds(households, entries))).toEqual(['A1', 'D1', 'E1']);
    const none = remainingHouseholds(households, [entry('A1', { code: 'NH' })], {
      includeUnknocked: false,
    });
    expect(keys(none)).toEqual(['A1']);
    expect(keys(remainingHouseholds(households, []))).toEqual(['A1', 'B1', 'C1', 'D1', 'E1']);
  });

  it('warns when the contact rate is far outside 10–30%', () => {
    const many = buildHouseholds(
      Array.from({ length: 40 }, (_, i) => voter({ id: `M${i}`, houseNumber: String(i + 1) })),
    );
    const all = many.map((h) => entry(h.voterIds[0] ?? '', { support: 3 }, h.key));
    const s = computeStats(many, all);
    expect(s.contactRate).toBe(1);
    expect(s.contactRateWarning).toMatch(/100%.*10–30%/);
    const flagged = computeStats(many, [
      entry(many[0]?.voterIds[0] ?? '', { code: 'NH', support: 1 }, many[0]?.key),
    ]);
    expect(flagged.inconsistentEntries).toBe(1);
  });
});
