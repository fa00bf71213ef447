/**
 * Households: everyone registered at one door. The key is the normalised street address
 * (house number + street) + unit + ZIP5, so 'Apt 2' and '#2' at '12 N High Street'
 * and '12 North High St.' are one door, and the same address in two ZIPs is two.
 */
import type { Household, Voter } from './schema';

/** Household key: 'HOUSE STREET|UNITKEY|ZIP5' (the city stands in when the ZIP is missing). */
export function householdKey(
  houseNumber: string,
  street: string,
  unitKey: string,
  zip: string,
  city = '',
): string {
  return `${houseNumber} ${street}|${unitKey}|${zip || city}`;
}

/** Groups voters into households, in order of first appearance; occupants keep list order. */
export function buildHouseholds(voters: Iterable<Voter>): Household[] {
  const byKey = new Map<string, Household>();
  for (const v of voters) {
    const h = byKey.get(v.householdKey);
    if (h) h.voterIds.push(v.id);
    else {
      byKey.set(v.householdKey, {
        key: v.householdKey,
        houseNumber: v.houseNumber,
        street: v.street,
        unit: v.unit,
        city: v.city,
        zip: v.zip,
        precinct: v.precinct,
        voterIds: [v.id],
      });
    }
  }
  return [...byKey.values()];
}

/** '12½ N HIGH ST APT 2'. */
export function formatStreetAddress(h: Pick<Household, 'houseNumber' | 'street' | 'unit'>): string {
  return [h.houseNumber, h.street, h.unit].filter(Boolean).join(' ');
}

/** Walk-sheet name: 'MUÑOZ, Maria J.' (last name as filed, first name in mixed case). */
export function formatName(
  v: Pick<Voter, 'lastName' | 'firstName' | 'middleName' | 'suffix'>,
): string {
  const first = mixedCase(v.firstName);
  const middle = v.middleName ? `${v.middleName.charAt(0).toUpperCase()}.` : '';
  const given = [first, middle].filter(Boolean).join(' ');
  const last = [v.lastName, v.suffix].filter(Boolean).join(' ');
  return given ? `${last}, ${given}` : last;
}

function mixedCase(s: string): string {
  if (s !== s.toUpperCase()) return s;
  return s
    .toLowerCase()
    .replace(/(^|[\s'-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
