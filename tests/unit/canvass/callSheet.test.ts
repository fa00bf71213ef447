import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CALL_HEADER_HINTS,
  callList,
  callListToCsv,
  callRowResult,
  type CallProblem,
} from '../../../src/shared/canvass/callSheet';
import { buildHouseholds } from '../../../src/shared/canvass/household';
import { ResultEntryInputSchema, type ResultEntryInput } from '../../../src/shared/canvass/results';
import { phoneOf } from '../../../src/shared/canvass/rowValues';
import type { ChapterMark, Voter } from '../../../src/shared/canvass/schema';
import { cutTurfs } from '../../../src/shared/canvass/turfs';
import { buildWalkList } from '../../../src/shared/canvass/walkList';
import { readMappedCsv } from '../../../src/main/services/csvImport';
import { applyMarks } from '../../../src/main/services/voters/listOps';
import { voter, votersArb } from './arbitraries';

/** Voters, some with phones, some chapter-marked (suppressed) and some marked Do Not Call. */
const listArb = votersArb.chain((voters) =>
  fc
    .tuple(
      fc.array(fc.boolean(), { minLength: voters.length, maxLength: voters.length }),
      fc.array(fc.constantFrom(null, null, null, null, 'DEC', 'DNW', 'MV', 'DNC'), {
        minLength: voters.length,
        maxLength: voters.length,
      }),
      fc.integer({ min: 3, max: 40 }),
    )
    .map(([phones, reasons, doorsPerTurf]) => {
      const withPhones = voters.map((v, i) =>
        phones[i] ? { ...v, phone: `(614) 555-${String(i).padStart(4, '0')}` } : v,
      );
      const marks: ChapterMark[] = reasons.flatMap((reason, i) => {
        const v = voters[i];
        return reason && v
          ? [{ voterId: v.id, reason, householdKey: v.householdKey, at: '2026-01-01T00:00:00Z' }]
          : [];
      });
      return { voters: withPhones, marks, doorsPerTurf };
    }),
);

describe('call sheets', () => {
  it('hold every callable voter of the turf once, households whole, in walk order', () => {
    fc.assert(
      fc.property(listArb, ({ voters, marks, doorsPerTurf }) => {
        const active = applyMarks(voters, marks);
        const households = buildHouseholds(active);
        const source = {
          listId: 'l',
          county: 'Franklin',
          households: new Map(households.map((h) => [h.key, h])),
          voters: new Map(active.map((v) => [v.id, v])),
        };
        const dnc = new Set(marks.filter((m) => m.reason === 'DNC').map((m) => m.voterId));
        const suppressed = new Set(marks.filter((m) => m.reason !== 'DNC').map((m) => m.voterId));
        for (const turf of cutTurfs(households, { doorsPerTurf })) {
          const walk = buildWalkList(source, turf);
          const calls = callList(walk, dnc);
          const listed = calls.households.flatMap((h) => h.occupants.map((v) => v.id));
          // Every eligible voter exactly once.
          const eligible = walk.households
            .flatMap((h) => h.occupants)
            .filter((v) => v.phone !== '' && !dnc.has(v.id))
            .map((v) => v.id);
          expect(listed).toEqual(eligible);
          expect(new Set(listed).size).toBe(listed.length);
          // No one suppressed, marked Do Not Call, or without a phone.
          for (const h of calls.households)
            for (const v of h.occupants) {
              expect(v.phone).not.toBe('');
              expect(dnc.has(v.id) || suppressed.has(v.id)).toBe(false);
              expect(v.householdKey).toBe(h.key);
            }
          // Households whole (each once), in the walk list's order, numbered 1…n.
          const keys = calls.households.map((h) => h.key);
          expect(new Set(keys).size).toBe(keys.length);
          const order = walk.households.map((h) => h.key);
          expect(keys).toEqual(order.filter((k) => keys.includes(k)));
          expect(calls.households.map((h) => h.seq)).toEqual(keys.map((_, i) => i + 1));
          expect(calls.people).toBe(listed.length);
        }
      }),
    );
  });

  it('normalise phone numbers as filed', () => {
    expect(phoneOf('6145550142')).toBe('(614) 555-0142');
    expect(phoneOf('1-614-555-0142')).toBe('(614) 555-0142');
    expect(phoneOf('5550142', '614')).toBe('(614) 555-0142');
    expect(phoneOf('  ')).toBe('');
    expect(phoneOf('0000000000')).toBe('');
    expect(phoneOf('+44 20 7946 0958')).toBe('+44 20 7946 0958');
  });
});

describe('a filled call sheet read back', () => {
  const voters: Voter[] = [
    voter({ id: 'A1', houseNumber: '1', phone: '(614) 555-0101' }),
    voter({ id: 'A2', houseNumber: '1', phone: '(614) 555-0101' }),
    voter({ id: 'B1', houseNumber: '3', phone: '(614) 555-0103' }),
    voter({ id: 'C1', houseNumber: '5', phone: '(614) 555-0105' }),
  ];
  const households = buildHouseholds(voters);
  const walk = buildWalkList(
    {
      listId: 'l',
      county: 'Franklin',
      households: new Map(households.map((h) => [h.key, h])),
      voters: new Map(voters.map((v) => [v.id, v])),
    },
    { id: 'T001', householdKeys: households.map((h) => h.key) },
  );
  const byId = new Map(voters.map((v) => [v.id, v]));

  function readBack(csv: string) {
    const { rows } = readMappedCsv(csv, undefined, CALL_HEADER_HINTS);
    const entries: ResultEntryInput[] = [];
    const problems: CallProblem[] = [];
    let blank = 0;
    for (const row of rows) {
      const r = callRowResult(row, byId, { turfId: 'T001' });
      if (r === null) blank++;
      else if ('problems' in r) problems.push(...r.problems);
      else entries.push(r.entry);
    }
    return { entries, problems, blank };
  }

  /** The sheet's CSV with the blanks of some rows (by voter ID) filled in. */
  function filled(answers: Record<string, string>): string {
    const lines = callListToCsv(callList(walk, new Set())).trimEnd().split('\r\n');
    return `${lines
      .map((line) => {
        const id = line.split(',')[2] ?? '';
        const answer = answers[id];
        return answer === undefined ? line : line.replace(/,{9}$/, `,${answer}`);
      })
      .join('\r\n')}\r\n`;
  }

  it('turns filled rows into phone results and leaves blank rows out', () => {
    const csv = filled({
      A1: ',1,Y,N,,,Wants a sign later,Lucía,2026-10-03',
      B1: 'Not Home,,,,,,,,',
      C1: 'cb,3,,,,Spanish,,,2026-10-03 19:30',
    });
    const { entries, problems, blank } = readBack(csv);
    expect(problems).toEqual([]);
    expect(blank).toBe(1);
    expect(entries.map((e) => [e.voterId, e.mode, e.code, e.support, e.volunteer])).toEqual([
      ['A1', 'phone', null, 1, true],
      ['B1', 'phone', 'NH', null, false],
      ['C1', 'phone', 'CB', 3, false],
    ]);
    for (const e of entries) expect(ResultEntryInputSchema.safeParse(e).success).toBe(true);
    expect(entries[0]).toMatchObject({
      canvasser: 'Lucía',
      notes: 'Wants a sign later',
      turfId: 'T001',
    });
    expect(entries[0]?.householdKey).toBe(byId.get('A1')?.householdKey);
  });

  it('reports every problem with its line in the file and its column', () => {
    const csv = filled({
      A1: 'REF,1,,,,,,,', // line 2: refused with support
      A2: 'Maybe,7,sure,,,,,,yesterday', // line 3: four problems
      B1: 'NH,,,,,,,,',
    }).replace('C1', 'ZZ9'); // line 5: not a voter of this list
    const withAnswer = csv.replace(/(ZZ9[^\r]*),{9}\r\n$/, '$1,NH,,,,,,,,\r\n');
    const { entries, problems } = readBack(withAnswer);
    expect(entries.map((e) => e.voterId)).toEqual(['B1']);
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [2, 'support'],
      [3, 'result'],
      [3, 'support'],
      [3, 'volunteer'],
      [3, 'calledAt'],
      [5, 'voterId'],
    ]);
    expect(problems[0]?.reason).toContain('Refused');
  });
});
