/** Volunteers and shifts for the domain tests, built through the schemas. */
import type { ResultEntry } from '../../../src/shared/canvass/results';
import {
  VolunteerInputSchema,
  volunteerView,
  type VolunteerInput,
  type VolunteerView,
} from '../../../src/shared/volunteers/schema';
import { ShiftSchema, type Shift } from '../../../src/shared/volunteers/shifts';

export const PIKE = '39131';
export const ROSS = '39141';
export const FRANKLIN = '39049';

/** A supporter's view (no member link) from form-like input. */
export function supporter(id: string, input: Omit<VolunteerInput, 'memberId'>): VolunteerView {
  const fields = VolunteerInputSchema.parse(input);
  return volunteerView({ ...fields, id, addedAt: '2026-01-01T00:00:00.000Z' }, new Map());
}

export function shift(id: string, extra: Partial<Shift> = {}): Shift {
  return ShiftSchema.parse({
    id,
    kind: 'canvass',
    title: `Shift ${id}`,
    place: 'Library',
    date: '2026-03-07',
    start: '10:00',
    end: '13:00',
    capacity: 3,
    createdAt: '2026-03-01T00:00:00.000Z',
    signups: [],
    ...extra,
  });
}

let n = 0;
/** A result entry on a turf at a time. */
export function entry(
  householdKey: string,
  at: string,
  extra: Partial<ResultEntry> = {},
): ResultEntry {
  n++;
  return {
    id: `e-${n}`,
    voterId: null,
    householdKey,
    turfId: 'T001',
    mode: 'door',
    code: 'NH',
    support: null,
    volunteer: false,
    yardSign: false,
    needsRide: false,
    language: '',
    issues: {},
    notes: '',
    canvasser: '',
    at,
    ...extra,
  };
}
