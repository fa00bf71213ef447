import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareHouseNumbers,
  createAddressParser,
  naturalCompare,
  normaliseStreet,
  normaliseUnit,
  parseAddress,
  parseHouseNumber,
  zip5,
} from '../../../src/shared/canvass/address';
import { householdKey } from '../../../src/shared/canvass/household';

describe('street normalisation', () => {
  it.each([
    ['Main Street', 'MAIN ST'],
    ['main st.', 'MAIN ST'],
    ['  MAIN   ST  ', 'MAIN ST'],
    ['Park Avenue', 'PARK AVE'],
    ['Park Av', 'PARK AVE'],
    ['Mill Road', 'MILL RD'],
    ['Sunset Boulevard', 'SUNSET BLVD'],
    ['Oak Drive', 'OAK DR'],
    ['Lovers Lane', 'LOVERS LN'],
    ['Hillside Court', 'HILLSIDE CT'],
    ['Elm Place', 'ELM PL'],
    ['Vista Terrace', 'VISTA TER'],
    ['Scenic Parkway', 'SCENIC PKWY'],
    ['Lincoln Highway', 'LINCOLN HWY'],
    ['Maple Circle', 'MAPLE CIR'],
    ['Sunny Way', 'SUNNY WAY'],
    ['North High Street', 'N HIGH ST'],
    ['N. High St.', 'N HIGH ST'],
    ['High Street South', 'HIGH ST S'],
    ['Southwest Second Place', 'SW 2ND PL'],
    ['North Street', 'NORTH ST'],
    ['Court Street', 'COURT ST'],
    ['Avenue B', 'AVENUE B'],
    ['First Avenue', '1ST AVE'],
    ['State Route 7', 'STATE ROUTE 7'],
    ["O'Connor Ct", 'OCONNOR CT'],
    ['St. Clair Ave', 'ST CLAIR AVE'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseStreet(input)).toBe(expected);
  });
});

describe('house numbers', () => {
  it.each([
    ['12', 12, 0, ''],
    ['12½', 12, 0.5, ''],
    ['12 1/2', 12, 0.5, ''],
    ['12-1/2', 12, 0.5, ''],
    ['12A', 12, 0, 'A'],
    ['12-B', 12, 0, 'B'],
    ['12b', 12, 0, 'B'],
    ['104-12', 104, 0, '12'],
    ['007', 7, 0, ''],
  ])('%s', (text, num, frac, suffix) => {
    expect(parseHouseNumber(text)).toMatchObject({ num, frac, suffix });
  });

  it('rejects things that are not house numbers', () => {
    for (const t of ['12TH', 'ABC', '', '1/2', '12 A B']) expect(parseHouseNumber(t)).toBeNull();
  });

  it('orders 12 < 12A < 12B < 12½ < 13 and puts missing numbers last', () => {
    const texts = ['13', '12B', '12½', '12', '12A'];
    const sorted = texts.map((t) => parseHouseNumber(t)).sort(compareHouseNumbers);
    expect(sorted.map((h) => h?.text)).toEqual(['12', '12A', '12B', '12½', '13']);
    expect(compareHouseNumbers(null, parseHouseNumber('1'))).toBeGreaterThan(0);
  });
});

describe('units', () => {
  it.each([
    ['Apt 2', 'APT 2', '# 2'],
    ['#2', '# 2', '# 2'],
    ['# 2', '# 2', '# 2'],
    ['Unit 2B', 'UNIT 2B', '# 2B'],
    ['APT. 10', 'APT 10', '# 10'],
    ['Apartment 3', 'APT 3', '# 3'],
    ['Apt #4', 'APT 4', '# 4'],
    ['APT2', 'APT 2', '# 2'],
    ['Suite 100', 'STE 100', 'STE 100'],
    ['Bldg 3 Apt 12', 'BLDG 3 APT 12', 'BLDG 3 # 12'],
    ['Lot 7', 'LOT 7', 'LOT 7'],
    ['Rear', 'REAR', 'REAR'],
    ['2B', '# 2B', '# 2B'],
    ['', '', ''],
  ])('%s', (input, unit, unitKey) => {
    expect(normaliseUnit(input)).toEqual({ unit, unitKey });
  });

  it('sorts units in natural order (Apt 2 before Apt 10)', () => {
    expect(['APT 10', 'APT 2', 'APT 1A', 'APT 1', 'APT 100'].sort(naturalCompare)).toEqual([
      'APT 1',
      'APT 1A',
      'APT 2',
      'APT 10',
      'APT 100',
    ]);
    expect(['10TH ST', '2ND ST', '1ST ST'].sort(naturalCompare)).toEqual([
      '1ST ST',
      '2ND ST',
      '10TH ST',
    ]);
  });
});

describe('full addresses', () => {
  it.each([
    ['123 North High Street', '', '123', 'N HIGH ST', ''],
    ['12 1/2 Main St.', 'Apt. 10', '12½', 'MAIN ST', 'APT 10'],
    ['12-B Elm Avenue', '#2', '12B', 'ELM AVE', '# 2'],
    ['500 W Broad St Apt 4', '', '500', 'W BROAD ST', 'APT 4'],
    ['500 W BROAD ST #4', '', '500', 'W BROAD ST', '# 4'],
    ['5 Main St Rear', '', '5', 'MAIN ST', 'REAR'],
    ['1 W Upper St', '', '1', 'W UPPER ST', ''],
    ['PO Box 12', '', '', 'PO BOX 12', ''],
  ])('%s / %s', (line1, line2, houseNumber, street, unit) => {
    expect(parseAddress(line1, line2)).toMatchObject({ houseNumber, street, unit });
  });

  it('gives one household key to spelling variants of one door', () => {
    const key = (l1: string, l2 = '', zip = '43215'): string => {
      const a = parseAddress(l1, l2);
      return householdKey(a.houseNumber, a.street, a.unitKey, zip5(zip));
    };
    expect(key('123 N High St', 'Apt 2')).toBe(key('123 NORTH HIGH STREET', '#2', '43215-1234'));
    expect(key('123 N High St', 'Unit 2')).toBe(key('123 n. high st. apt 2'));
    expect(key('123 N High St', 'Apt 2')).not.toBe(key('123 N High St', 'Apt 3'));
    expect(key('123 N High St')).not.toBe(key('123 N High St', '', '43216'));
  });

  it('normalises ZIP codes to five digits', () => {
    expect(zip5('43215-1234')).toBe('43215');
    expect(zip5('432151234')).toBe('43215');
    expect(zip5('2134')).toBe('02134');
    expect(zip5('')).toBe('');
    expect(zip5('n/a')).toBe('');
  });

  it('caching parser agrees with parseAddress on arbitrary input', () => {
    const parse = createAddressParser(50);
    const word = fc.constantFrom(
      'N',
      'NORTH',
      'HIGH',
      'ST',
      'STREET',
      'APT',
      '#',
      '2',
      '10',
      '1/2',
      '½',
      'B',
      'UNIT',
      'REAR',
      'Lot',
      '.',
      ',',
    );
    const line = fc
      .tuple(fc.option(fc.integer({ min: 0, max: 99999 })), fc.array(word, { maxLength: 6 }))
      .map(([n, words]) => [n === null ? '' : String(n), ...words].join(' '));
    fc.assert(
      fc.property(line, fc.oneof(fc.constant(''), line), (l1, l2) => {
        expect(parse(l1, l2)).toEqual(parseAddress(l1, l2));
      }),
      { numRuns: 300 },
    );
  });
});
