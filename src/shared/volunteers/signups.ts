/**
 * Sign-ups: who is on a shift and what became of it. Rules:
 * - A place is taken by every sign-up that is not withdrawn (signed up, confirmed, attended
 *   or no-show), so the places taken never exceed the shift's capacity: a sign-up past it is
 *   refused, and so is lowering the capacity below the places taken.
 * - Signed up → confirmed → attended or no-show; anyone not yet marked may withdraw, and a
 *   withdrawn volunteer may sign up again (if a place is free). Attended and no-show can be
 *   corrected into each other, and are only marked once the shift has started.
 * - Every change is kept in the sign-up's history.
 */
import { AppError } from '../errors';
import { groupDigits } from '../voting/decimal';
import {
  SIGNUP_STATUS_LABELS,
  shiftSpan,
  type Shift,
  type ShiftFields,
  type Signup,
  type SignupStatus,
} from './shifts';

/** The statuses each status may change to. */
export const NEXT_STATUSES: Readonly<Record<SignupStatus, readonly SignupStatus[]>> = {
  'signed-up': ['confirmed', 'attended', 'no-show', 'withdrawn'],
  confirmed: ['attended', 'no-show', 'withdrawn'],
  attended: ['no-show'],
  'no-show': ['attended'],
  withdrawn: ['signed-up'],
};

/** Statuses that need the shift to have started. */
const AFTER_START: ReadonlySet<SignupStatus> = new Set(['attended', 'no-show']);

export function takesPlace(status: SignupStatus): boolean {
  return status !== 'withdrawn';
}

/** Places taken: every sign-up not withdrawn. */
export function placesTaken(shift: Pick<Shift, 'signups'>): number {
  return shift.signups.filter((s) => takesPlace(s.status)).length;
}

function places(n: number): string {
  return `${groupDigits(n)} ${n === 1 ? 'place' : 'places'}`;
}

function refuseIfFull(shift: Shift): void {
  if (placesTaken(shift) >= shift.capacity)
    throw new AppError(
      'conflict',
      `“${shift.title}” is full: all ${places(shift.capacity)} are taken. Raise its capacity, or mark someone withdrawn, to make room.`,
    );
}

/** The shift with the volunteer signed up (again, if they had withdrawn). */
export function signUp(shift: Shift, volunteerId: string, name: string, now: Date): Shift {
  const at = now.toISOString();
  const index = shift.signups.findIndex((s) => s.volunteerId === volunteerId);
  const existing = shift.signups[index];
  if (existing && takesPlace(existing.status))
    throw new AppError(
      'conflict',
      `${name} is already on “${shift.title}” (${SIGNUP_STATUS_LABELS[existing.status].toLowerCase()}).`,
    );
  refuseIfFull(shift);
  if (existing) return changeStatus(shift, volunteerId, name, 'signed-up', now);
  const signup: Signup = {
    volunteerId,
    status: 'signed-up',
    history: [{ status: 'signed-up', at }],
  };
  return { ...shift, signups: [...shift.signups, signup] };
}

/** The shift with the volunteer's status changed, if that change is allowed now. */
export function changeStatus(
  shift: Shift,
  volunteerId: string,
  name: string,
  status: SignupStatus,
  now: Date,
): Shift {
  const index = shift.signups.findIndex((s) => s.volunteerId === volunteerId);
  const signup = shift.signups[index];
  if (!signup) throw new AppError('not-found', `${name} is not signed up for “${shift.title}”.`);
  if (signup.status === status) return shift;
  if (!NEXT_STATUSES[signup.status].includes(status))
    throw new AppError(
      'conflict',
      `${name} is ${SIGNUP_STATUS_LABELS[signup.status].toLowerCase()}: they cannot be marked ${SIGNUP_STATUS_LABELS[status].toLowerCase()}.`,
    );
  if (AFTER_START.has(status) && shiftSpan(shift).from.getTime() > now.getTime())
    throw new AppError(
      'conflict',
      `“${shift.title}” has not started yet: mark who attended once it has.`,
    );
  if (!takesPlace(signup.status) && takesPlace(status)) refuseIfFull(shift);
  const at = now.toISOString();
  const next: Signup = { ...signup, status, history: [...signup.history, { status, at }] };
  return { ...shift, signups: shift.signups.with(index, next) };
}

/** The shift with its form's fields replaced; its sign-ups are kept, and must still fit. */
export function withFields(shift: Shift, fields: ShiftFields): Shift {
  const taken = placesTaken(shift);
  if (fields.capacity < taken)
    throw new AppError(
      'conflict',
      `${places(taken)} of “${shift.title}” are taken: its capacity cannot go below ${groupDigits(taken)}.`,
    );
  return { ...fields, id: shift.id, createdAt: shift.createdAt, signups: shift.signups };
}
