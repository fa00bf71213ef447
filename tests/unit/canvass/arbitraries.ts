/** fast-check arbitraries for canvassing tests: voters on a few streets and precincts. */
import fc from 'fast-check';
import { parseAddress } from '../../../src/shared/canvass/address';
import { householdKey } from '../../../src/shared/canvass/household';
import type { Voter } from '../../../src/shared/canvass/schema';

export function voter(partial: Partial<Voter> & Pick<Voter, 'id'>): Voter {
  const base: Voter = {
    id: partial.id,
    lastName: 'DOE',
    firstName: 'JO',
    middleName: '',
    suffix: '',
    birthDate: '',
    birthYear: null,
    age: null,
    sex: '',
    party: '',
    status: 'ACTIVE',
    houseNumber: '1',
    street: 'MAIN ST',
    unit: '',
    city: 'COLUMBUS',
    zip: '43215',
    precinct: 'P1',
    county: 'Franklin',
    history: '',
    phone: '',
    householdKey: '',
  };
  const v = { ...base, ...partial };
  return {
    ...v,
    householdKey: partial.householdKey ?? householdKey(v.houseNumber, v.street, v.unit, v.zip),
  };
}

const houseText = fc
  .tuple(fc.integer({ min: 1, max: 400 }), fc.constantFrom('', '', '', '½', 'A', 'B', ' 1/2', '-C'))
  .map(([n, s]) => `${n}${s}`);
const unitText = fc.constantFrom(
  '',
  '',
  '',
  '',
  'APT 1',
  'APT 2',
  'APT 10',
  '#2',
  'UNIT 3B',
  'LOT 7',
);
const streetText = fc.constantFrom(
  'MAIN ST',
  'Main Street',
  'N HIGH ST',
  'OAK AVE',
  '2ND ST',
  '10TH ST',
  'ELM CT',
);

/** Raw addresses normalised the way the importer does, several voters per door. */
export const votersArb = fc
  .array(
    fc.record({
      house: houseText,
      street: streetText,
      unit: unitText,
      precinct: fc.constantFrom('P1', 'P2', 'P10', 'P3'),
      zip: fc.constantFrom('43215', '43215', '43201'),
      occupants: fc.integer({ min: 1, max: 4 }),
    }),
    { maxLength: 160 },
  )
  .map((doors) => {
    const voters: Voter[] = [];
    let n = 0;
    for (const d of doors) {
      const a = parseAddress(`${d.house} ${d.street}`, d.unit);
      for (let i = 0; i < d.occupants; i++) {
        voters.push(
          voter({
            id: `V${n++}`,
            houseNumber: a.houseNumber,
            street: a.street,
            unit: a.unit,
            zip: d.zip,
            precinct: d.precinct,
            householdKey: householdKey(a.houseNumber, a.street, a.unitKey, d.zip),
          }),
        );
      }
    }
    return voters;
  });
