import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildHouseholds } from '../../../src/shared/canvass/household';
import type { WalkMode } from '../../../src/shared/canvass/schema';
import { sideOf, walkOrder, type WalkItem } from '../../../src/shared/canvass/walkOrder';
import { votersArb } from './arbitraries';

const door = (houseNumber: string, street = 'MAIN ST', unit = '', city = 'COLUMBUS'): WalkItem => ({
  houseNumber,
  street,
  unit,
  city,
});
const show = (items: WalkItem[]): string[] =>
  items.map((d) =>
    [d.houseNumber, d.street === 'MAIN ST' ? '' : d.street, d.unit].filter(Boolean).join(' '),
  );

describe('walk order', () => {
  const street = ['8', '3', '12A', '1', '6', '12', '5', '12½', '2', '', '7'].map((n) => door(n));

  it.each<[WalkMode, string[]]>([
    // Odd side out, even side back; the address without a number comes last.
    ['odd-even', ['1', '3', '5', '7', '12½', '12A', '12', '8', '6', '2', '']],
    ['one-side', ['1', '3', '5', '7', '2', '6', '8', '12', '12A', '12½', '']],
    ['zig-zag', ['1', '2', '3', '5', '6', '7', '8', '12', '12A', '12½', '']],
  ])('%s', (mode, expected) => {
    expect(show(walkOrder(street, mode))).toEqual(expected);
  });

  it('defaults to odd ascending then even descending', () => {
    expect(show(walkOrder([door('2'), door('1'), door('4'), door('3')]))).toEqual([
      '1',
      '3',
      '4',
      '2',
    ]);
  });

  it('walks streets in natural order and keeps apartments of a building in unit order', () => {
    const items = [
      door('5', '10TH ST'),
      door('200', 'MAIN ST', 'APT 10'),
      door('200', 'MAIN ST', 'APT 2'),
      door('1', '2ND ST'),
      door('200', 'MAIN ST', 'APT 1'),
      door('201', 'MAIN ST'),
      door('198', 'MAIN ST'),
    ];
    expect(show(walkOrder(items))).toEqual([
      '1 2ND ST',
      '5 10TH ST',
      '201',
      '200 APT 1',
      '200 APT 2',
      '200 APT 10',
      '198',
    ]);
  });

  it('treats the same street in two cities as two streets', () => {
    const items = [
      door('1', 'MAIN ST', '', 'DUBLIN'),
      door('3', 'MAIN ST', '', 'COLUMBUS'),
      door('2', 'MAIN ST', '', 'DUBLIN'),
    ];
    expect(walkOrder(items).map((d) => `${d.houseNumber} ${d.city}`)).toEqual([
      '3 COLUMBUS',
      '1 DUBLIN',
      '2 DUBLIN',
    ]);
  });

  it('knows the side of a house number', () => {
    expect([sideOf('12½'), sideOf('13A'), sideOf(''), sideOf('104-12')]).toEqual([
      'even',
      'odd',
      'none',
      'even',
    ]);
  });

  it('is a permutation, and in odd-even mode each street is odd-ascending then even-descending', () => {
    fc.assert(
      fc.property(
        votersArb,
        fc.constantFrom<WalkMode>('odd-even', 'one-side', 'zig-zag'),
        (voters, mode) => {
          const households = buildHouseholds(voters);
          const ordered = walkOrder(households, mode);
          expect(ordered).toHaveLength(households.length);
          expect(new Set(ordered)).toEqual(new Set(households));
          if (mode !== 'odd-even') return;
          for (let i = 1; i < ordered.length; i++) {
            const a = ordered[i - 1];
            const b = ordered[i];
            if (!a || !b || a.street !== b.street || a.city !== b.city) continue;
            const na = parseInt(a.houseNumber, 10);
            const nb = parseInt(b.houseNumber, 10);
            const sa = sideOf(a.houseNumber);
            const sb = sideOf(b.houseNumber);
            if (sa === 'odd' && sb === 'odd') expect(nb).toBeGreaterThanOrEqual(na);
            if (sa === 'even' && sb === 'even') expect(nb).toBeLessThanOrEqual(na);
            expect(sa === 'even' && sb === 'odd').toBe(false);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
