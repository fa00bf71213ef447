import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ResultEntrySchema, type ResultEntry } from '../../../src/shared/canvass/results';
import {
  CanvassTally,
  COVERAGE_MEASURES,
  coverageOf,
  type CoverageInput,
} from '../../../src/shared/outreach/coverage';
import { colourClasses, colourOf, NONE_COLOUR } from '../../../src/shared/outreach/coverageClasses';
import { recordFlyerPrint } from '../../../src/shared/outreach/flyerPrints';
import { tallyEntry, type TallyEntry } from '../../../src/shared/outreach/tallyEntry';
import type { Shift } from '../../../src/shared/volunteers/shifts';
import type { Volunteer } from '../../../src/shared/volunteers/schema';
import { member } from '../foundation/helpers';

const COUNTIES = [
  { fips: '24005', name: 'Baltimore County' },
  { fips: '24510', name: 'Baltimore city' },
  { fips: '24001', name: 'Allegany County' },
];

function entry(extra: Partial<ResultEntry>): TallyEntry {
  return tallyEntry(
    ResultEntrySchema.parse({
      id: 'e',
      voterId: null,
      householdKey: 'H1',
      at: '2026-03-05T18:00:00-05:00',
      ...extra,
    }),
  );
}

function volunteer(id: string, extra: Partial<Volunteer> = {}): Volunteer {
  return {
    id,
    addedAt: '2026-01-01T00:00:00.000Z',
    skills: [],
    languages: [],
    travelCounties: [],
    availability: [],
    doNotContact: false,
    name: id,
    ...extra,
  } as Volunteer;
}

function shift(id: string, county: string | undefined, date: string, attended: boolean): Shift {
  return {
    id,
    kind: 'canvass',
    title: 'Doors',
    place: 'Library',
    date,
    start: '10:00',
    end: '12:00',
    county,
    capacity: 5,
    notes: undefined,
    createdAt: '2026-01-01T00:00:00.000Z',
    signups: [{ volunteerId: 'v1', status: attended ? 'attended' : 'confirmed', history: [] }],
  };
}

function input(extra: Partial<CoverageInput> = {}): CoverageInput {
  return {
    state: { code: 'MD', name: 'Maryland' },
    counties: COUNTIES,
    members: [],
    volunteers: [],
    shifts: [],
    flyerPrints: [],
    canvass: new Map(),
    today: '2026-03-10',
    ...extra,
  };
}

describe('coverageOf', () => {
  it('counts each kind of record in its county and names the counties with none', () => {
    const tally = new CanvassTally();
    tally.add('24510', 'list-a', entry({ householdKey: 'H1', voterId: 'V1', support: 1 }));
    tally.add('24510', 'list-a', entry({ householdKey: 'H1', voterId: 'V2', support: 4 }));
    tally.add('24510', 'list-a', entry({ householdKey: 'H2', code: 'NH' }));
    const c = coverageOf(
      input({
        members: [
          member(1, { county: '24005' }),
          member(2, { county: '24005', active: false }),
          member(3, { county: undefined }),
        ],
        volunteers: [
          volunteer('v1', { homeCounty: '24510' }),
          volunteer('v2', { memberId: 'm-1' }),
        ],
        shifts: [
          shift('s1', '24510', '2026-03-01', true),
          shift('s2', '24510', '2026-03-01', false),
          shift('s3', '24510', '2026-03-20', true),
        ],
        flyerPrints: recordFlyerPrint(
          recordFlyerPrint([], { id: 'f1', countyFips: '24005' }, '2026-03-02T12:00:00.000Z'),
          { id: 'f1', countyFips: '24005' },
          '2026-03-03T12:00:00.000Z',
        ),
        canvass: tally.counts(),
      }),
    );
    const city = c.counties.find((r) => r.fips === '24510');
    const county = c.counties.find((r) => r.fips === '24005');
    expect(city).toMatchObject({
      members: 0,
      volunteers: 1,
      shiftsHeld: 1,
      doorsKnocked: 2,
      conversations: 2,
      supporters: 1,
      lastActivity: '2026-03-05',
    });
    expect(county).toMatchObject({ members: 1, volunteers: 1, flyersPrinted: 2 });
    expect(county?.lastActivity).toBe('2026-03-03');
    expect(c.unplaced.members).toBe(1);
    expect(c.noActivity).toEqual(['Allegany County']);
    expect(c.counties.map((r) => r.name)).toEqual([
      'Allegany County',
      'Baltimore city',
      'Baltimore County',
    ]);
  });

  it('takes a voter’s latest support answer only', () => {
    const tally = new CanvassTally();
    tally.add('24005', 'l', entry({ voterId: 'V1', support: 1, at: '2026-03-01T10:00:00Z' }));
    tally.add('24005', 'l', entry({ voterId: 'V1', support: 3, at: '2026-03-04T10:00:00Z' }));
    tally.add('24005', 'l2', entry({ voterId: 'V1', support: 2, at: '2026-03-04T10:00:00Z' }));
    expect(tally.counts().get('24005')).toMatchObject({ supporters: 1, conversations: 3 });
  });

  it('totals equal the sum of the county rows; idle counties are exactly those listed', () => {
    const fips = fc.constantFrom('24005', '24510', '24001', '06001', undefined);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fips, fc.boolean()), { maxLength: 30 }),
        fc.array(fips, { maxLength: 20 }),
        fc.array(fc.tuple(fips, fc.boolean(), fc.boolean()), { maxLength: 20 }),
        fc.array(fc.tuple(fips, fc.integer({ min: 1, max: 9 })), { maxLength: 10 }),
        fc.array(
          fc.tuple(
            fc.constantFrom('24005', '24510', '06001'),
            fc.nat(5),
            fc.option(fc.integer({ min: 1, max: 5 })),
          ),
          { maxLength: 40 },
        ),
        (ms, vs, ss, ps, es) => {
          const tally = new CanvassTally();
          es.forEach(([f, h, support], i) =>
            tally.add(f, 'l', entry({ householdKey: `H${h}`, voterId: `V${i % 7}`, support })),
          );
          const c = coverageOf(
            input({
              members: ms.map(([county, active], i) => member(i, { county, active })),
              volunteers: vs.map((homeCounty, i) => volunteer(`v${i}`, { homeCounty })),
              shifts: ss.map(([county, past, attended], i) =>
                shift(`s${i}`, county, past ? '2026-03-01' : '2026-04-01', attended),
              ),
              flyerPrints: ps.map(([countyFips, saves], i) => ({
                flyerId: `f${i}`,
                countyFips: countyFips ?? null,
                saves,
                lastAt: '2026-03-01T00:00:00.000Z',
              })),
              canvass: tally.counts(),
            }),
          );
          for (const m of COVERAGE_MEASURES) {
            expect(c.totals[m]).toBe(c.counties.reduce((sum, r) => sum + r[m], 0));
          }
          expect(c.counties).toHaveLength(COUNTIES.length);
          const idle = c.counties.filter((r) => COVERAGE_MEASURES.every((m) => r[m] === 0));
          expect(c.noActivity).toEqual(idle.map((r) => r.name));
          for (const r of idle) expect(r.lastActivity).toBeNull();
          expect(c.unplaced.members).toBe(ms.filter(([f, a]) => a && (!f || f === '06001')).length);
        },
      ),
    );
  });
});

describe('colour classes', () => {
  it('puts every positive value in exactly one class, in order, at most five', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(500), { maxLength: 60 }), (values) => {
        const classes = colourClasses(values);
        expect(classes.length).toBeLessThanOrEqual(5);
        classes.forEach((c, i) => {
          expect(c.min).toBeLessThanOrEqual(c.max);
          if (i > 0) expect(c.min).toBe((classes[i - 1]?.max ?? 0) + 1);
        });
        for (const v of values) {
          const holding = classes.filter((c) => v >= c.min && v <= c.max);
          expect(holding).toHaveLength(v > 0 ? 1 : 0);
          expect(colourOf(v, classes)).toBe(v > 0 ? holding[0]?.colour : NONE_COLOUR);
        }
        expect(new Set(classes.map((c) => c.colour)).size).toBe(classes.length);
      }),
    );
  });

  it('makes no class when nothing is above zero', () => {
    expect(colourClasses([0, 0])).toEqual([]);
    expect(colourOf(0, [])).toBe(NONE_COLOUR);
  });
});

describe('recordFlyerPrint', () => {
  it('counts saves per flyer and county', () => {
    let p = recordFlyerPrint([], { id: 'f', countyFips: null }, '2026-03-01T00:00:00.000Z');
    p = recordFlyerPrint(p, { id: 'f', countyFips: null }, '2026-03-02T00:00:00.000Z');
    p = recordFlyerPrint(p, { id: 'f', countyFips: '24005' }, '2026-03-03T00:00:00.000Z');
    expect(p).toEqual([
      { flyerId: 'f', countyFips: null, saves: 2, lastAt: '2026-03-02T00:00:00.000Z' },
      { flyerId: 'f', countyFips: '24005', saves: 1, lastAt: '2026-03-03T00:00:00.000Z' },
    ]);
  });
});
