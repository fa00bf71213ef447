import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildHouseholds } from '../../../src/shared/canvass/household';
import type { Voter } from '../../../src/shared/canvass/schema';
import { voter } from '../canvass/arbitraries';
import { chaseTurfs, progressOf, strikeLists, votedDiff } from '../../../src/shared/gotv/lists';

const person = (
  id: string,
  lastName: string,
  house: number,
  precinct = 'P1',
  firstName = 'Ann',
): Voter => voter({ id, lastName, firstName, houseNumber: String(house), precinct });

describe('election-day lists', () => {
  it('strike lists: remaining universe voters per precinct, by last then first name', () => {
    const u = [
      person('1', 'Zed', 1, 'P2'),
      person('2', 'adams', 2),
      person('3', 'Adams', 3, 'P1', 'Aaron'),
      person('4', 'Brown', 4),
      person('5', 'Cole', 5, 'P2'),
    ];
    const lists = strikeLists(u, new Set(['4']));
    expect([...lists.keys()]).toEqual(['P1', 'P2']);
    expect(lists.get('P1')?.map((v) => v.id)).toEqual(['3', '2']);
    expect(lists.get('P2')?.map((v) => v.id)).toEqual(['5', '1']);
  });

  it('progress: voted and remaining per precinct add up to the universe', () => {
    const u = [person('1', 'A', 1), person('2', 'B', 2), person('3', 'C', 3, 'P2')];
    expect(progressOf(u, new Set(['2', '3', '99']))).toEqual({
      universe: 3,
      voted: 2,
      remaining: 1,
      byPrecinct: {
        P1: { universe: 2, voted: 1, remaining: 1 },
        P2: { universe: 1, voted: 1, remaining: 0 },
      },
    });
  });

  it('voted diff: newly voted universe voters, already known, and outside the universe', () => {
    expect(votedDiff(new Set(['a']), ['a', 'b', 'b', 'c', 'x'], new Set(['a', 'b', 'c']))).toEqual({
      newlyVoted: ['b', 'c'],
      alreadyKnown: 1,
      outsideUniverse: 1,
    });
  });

  it('chase turfs hold every remaining voter once, only remaining voters, and never split a door', () => {
    const arb = fc.array(
      fc.record({
        house: fc.integer({ min: 1, max: 40 }),
        remaining: fc.boolean(),
        precinct: fc.constantFrom('P1', 'P2'),
      }),
      {
        maxLength: 120,
      },
    );
    fc.assert(
      fc.property(arb, fc.integer({ min: 1, max: 12 }), (rows, doorsPerTurf) => {
        // One precinct per door, as in a voter file.
        const voters = rows.map((r, i) => person(`V${i}`, `L${i}`, r.house, `P${r.house % 2}`));
        const remaining = new Set(rows.flatMap((r, i) => (r.remaining ? [`V${i}`] : [])));
        const { households, turfs } = chaseTurfs(buildHouseholds(voters), remaining, {
          doorsPerTurf,
        });
        const doorTurf = new Map<string, string>();
        for (const t of turfs)
          for (const k of t.householdKeys) {
            expect(doorTurf.has(k)).toBe(false);
            doorTurf.set(k, t.id);
          }
        const listed = households.flatMap((h) => h.voterIds);
        expect(listed.sort()).toEqual([...remaining].sort());
        for (const h of households) expect(doorTurf.has(h.key)).toBe(true);
      }),
    );
  });
});
