import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildHouseholds } from '../../../src/shared/canvass/household';
import type { Household, WalkMode } from '../../../src/shared/canvass/schema';
import { cutTurfs } from '../../../src/shared/canvass/turfs';
import { buildWalkList } from '../../../src/shared/canvass/walkList';
import { walkOrder } from '../../../src/shared/canvass/walkOrder';
import { voter, votersArb } from './arbitraries';

function street(name: string, count: number, precinct = 'P1', start = 1): Household[] {
  return buildHouseholds(
    Array.from({ length: count }, (_, i) =>
      voter({
        id: `${precinct}-${name}-${i}`,
        houseNumber: String(start + i),
        street: name,
        precinct,
      }),
    ),
  );
}

describe('turf cutting properties', () => {
  it('every voter appears exactly once, no household is split, no turf exceeds N doors', () => {
    fc.assert(
      fc.property(
        votersArb,
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom<WalkMode>('odd-even', 'one-side', 'zig-zag'),
        (voters, n, mode) => {
          const households = buildHouseholds(voters);
          const turfs = cutTurfs(households, { doorsPerTurf: n, mode });
          const byKey = new Map(households.map((h) => [h.key, h]));
          const seenDoors = new Map<string, string>();
          for (const t of turfs) {
            expect(t.doors).toBeLessThanOrEqual(n);
            expect(t.doors).toBeGreaterThan(0);
            expect(t.doors).toBe(t.householdKeys.length);
            for (const key of t.householdKeys) {
              expect(seenDoors.has(key)).toBe(false); // a household is in one turf only
              seenDoors.set(key, t.id);
            }
            expect(t.voters).toBe(
              t.householdKeys.reduce((s, k) => s + (byKey.get(k)?.voterIds.length ?? 0), 0),
            );
          }
          expect(seenDoors.size).toBe(households.length);
          // Walk lists of all turfs together hold every voter exactly once.
          const source = {
            listId: 'x',
            county: 'Franklin',
            households: byKey,
            voters: new Map(voters.map((v) => [v.id, v])),
          };
          const ids = turfs.flatMap((t) =>
            buildWalkList(source, t).households.flatMap((h) => h.occupants.map((v) => v.id)),
          );
          expect(ids.length).toBe(voters.length);
          expect(new Set(ids)).toEqual(new Set(voters.map((v) => v.id)));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps each turf in walk order within its precinct', () => {
    fc.assert(
      fc.property(votersArb, (voters) => {
        const households = buildHouseholds(voters);
        const byKey = new Map(households.map((h) => [h.key, h]));
        for (const t of cutTurfs(households, { doorsPerTurf: 25 })) {
          const hs = t.householdKeys.map((k) => byKey.get(k) as Household);
          for (const p of t.precincts) {
            const mine = hs.filter((h) => h.precinct === p);
            expect(walkOrder(mine).map((h) => h.key)).toEqual(mine.map((h) => h.key));
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('turf cutting rules', () => {
  it('defaults to 50 doors and numbers turfs T001, T002…', () => {
    const turfs = cutTurfs(street('MAIN ST', 100));
    expect(turfs.map((t) => [t.id, t.doors])).toEqual([
      ['T001', 50],
      ['T002', 50],
    ]);
  });

  it('balances a long street instead of leaving a short tail', () => {
    expect(cutTurfs(street('MAIN ST', 120)).map((t) => t.doors)).toEqual([40, 40, 40]);
  });

  it('starts a new turf at a street boundary once the turf is 80% full', () => {
    // 90 doors → two turfs of about 45: A (42) is full enough to stop at its end; B + C (48) fit in 50.
    const households = [...street('A ST', 42), ...street('B ST', 30), ...street('C ST', 18)];
    const turfs = cutTurfs(households);
    expect(turfs.map((t) => t.streets)).toEqual([['A ST'], ['B ST', 'C ST']]);
  });

  it('keeps precincts apart, but lets a whole small precinct join a part-full turf', () => {
    const households = [
      ...street('A ST', 45, 'P1'),
      ...street('B ST', 30, 'P2'),
      ...street('C ST', 4, 'P3'),
      ...street('D ST', 30, 'P4'),
    ];
    const turfs = cutTurfs(households);
    expect(turfs.map((t) => t.precincts)).toEqual([['P1'], ['P2', 'P3'], ['P4']]);
  });

  it('never splits a household, whatever its size', () => {
    const big = buildHouseholds(
      Array.from({ length: 30 }, (_, i) => voter({ id: `B${i}`, houseNumber: '1' })),
    );
    const turfs = cutTurfs([...big, ...street('MAIN ST', 5, 'P1', 3)], { doorsPerTurf: 2 });
    expect(turfs.flatMap((t) => t.householdKeys)).toHaveLength(6);
    expect(
      turfs.find((t) => t.householdKeys.includes(big[0]?.key ?? ''))?.voters,
    ).toBeGreaterThanOrEqual(30);
    expect(Math.max(...turfs.map((t) => t.doors))).toBeLessThanOrEqual(2);
  });

  it('cuts nothing from nothing', () => {
    expect(cutTurfs([])).toEqual([]);
  });
});
