import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Voter } from '../../../src/shared/canvass/schema';
import { matchMembers, nameParts, normalName } from '../../../src/shared/gotv/match';

function voter(id: string, first: string, last: string, house = '12', street = 'N HIGH ST'): Voter {
  return {
    id,
    lastName: last,
    firstName: first,
    middleName: '',
    suffix: '',
    birthDate: '',
    birthYear: null,
    age: null,
    sex: '',
    party: '',
    status: 'ACTIVE',
    houseNumber: house,
    street,
    unit: '',
    city: 'COLUMBUS',
    zip: '43215',
    precinct: 'P1',
    county: 'Franklin',
    history: '',
    phone: '',
    householdKey: `${house} ${street}|43215`,
  };
}

const VOTERS = [
  voter('OH1', 'MARIA', 'MUÑOZ'),
  voter('OH2', 'MARIA', 'MUNOZ', '40', 'ELM ST'),
  voter('OH3', 'JAMES', 'OKAFOR'),
  voter('OH4', 'ANNA', 'VAN DER BERG', '7', 'OAK AVE'),
];

describe('member ↔ voter matcher', () => {
  it('normalises names: accents, case, punctuation, "Last, First", suffixes', () => {
    expect(normalName('Muñoz-Pérez, Jr.')).toBe('MUNOZ PEREZ JR');
    expect(nameParts('Okafor, James')).toEqual({ first: 'JAMES', last: 'OKAFOR' });
    expect(nameParts('James T. Okafor Jr.')).toEqual({ first: 'JAMES', last: 'OKAFOR' });
    expect(nameParts('Cher')).toBeNull();
  });

  it('an exact voter ID wins; otherwise name, narrowed by address; never a guess', () => {
    const [byId, twoMarias, oneMaria, james, anna, nobody] = matchMembers(
      [
        { id: 'a', name: 'Someone Else', voterId: 'OH3' },
        { id: 'b', name: 'María Muñoz' },
        { id: 'c', name: 'Maria Munoz', address: '40 Elm Street' },
        { id: 'd', name: 'James Okafor' },
        { id: 'e', name: 'Anna van der Berg' },
        { id: 'f', name: 'Nobody Here' },
      ],
      VOTERS,
    );
    expect(byId).toMatchObject({ how: 'voter ID', candidates: [{ id: 'OH3' }], shared: true });
    expect(twoMarias?.how).toBe('name');
    expect(twoMarias?.candidates.map((v) => v.id)).toEqual(['OH1', 'OH2']);
    expect(oneMaria).toMatchObject({ how: 'name and address', candidates: [{ id: 'OH2' }] });
    // James is proposed by name, and someone else typed his voter ID: both flagged.
    expect(james).toMatchObject({ how: 'name', shared: true });
    expect(anna?.candidates.map((v) => v.id)).toEqual(['OH4']);
    expect(nobody).toMatchObject({ how: null, candidates: [], shared: false });
  });

  it('never proposes one voter to two members without flagging both', () => {
    const names = ['MARIA', 'JAMES', 'ANNA', 'LI'];
    const lasts = ['MUNOZ', 'OKAFOR', 'BERG', 'WEI'];
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.constantFrom(...names), fc.constantFrom(...lasts), fc.nat(3)), {
          maxLength: 12,
          selector: (t) => t.join(),
        }),
        fc.array(
          fc.record({
            f: fc.constantFrom(...names),
            l: fc.constantFrom(...lasts),
            id: fc.option(fc.nat(12), { nil: undefined }),
          }),
          { maxLength: 8 },
        ),
        (vs, ms) => {
          const voters = vs.map(([f, l, n], i) => voter(`V${i}`, f, l, String(n + 1)));
          const matches = matchMembers(
            ms.map((m, i) => ({
              id: `m${i}`,
              name: `${m.f} ${m.l}`,
              voterId: m.id === undefined ? undefined : `V${m.id}`,
            })),
            voters,
          );
          const single = matches.filter((m) => m.candidates.length === 1);
          for (const m of single) {
            const others = single.filter(
              (o) => o !== m && o.candidates[0]?.id === m.candidates[0]?.id,
            );
            if (others.length) expect([m, ...others].every((x) => x.shared)).toBe(true);
            else expect(m.shared).toBe(false);
          }
          // A name match is always the member's own first and last name.
          matches.forEach((m, i) => {
            if (m.how === 'name')
              for (const v of m.candidates)
                expect(`${v.firstName} ${v.lastName}`).toBe(`${ms[i]?.f} ${ms[i]?.l}`);
          });
        },
      ),
    );
  });
});
