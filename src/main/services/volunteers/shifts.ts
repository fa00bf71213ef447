/**
 * Shifts and events: add and change them, sign volunteers up and mark what became of each
 * sign-up (the rules are src/shared/volunteers/signups.ts), and read a shift with its
 * roster and the doors counted for it.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { RosterEntry, ShiftSummary, ShiftView } from '../../../shared/contract/volunteers';
import { AppError } from '../../../shared/errors';
import type { StoreData } from '../../../shared/schema/store';
import {
  shiftSpan,
  type Shift,
  type ShiftInputSchema,
  type SignupStatus,
} from '../../../shared/volunteers/shifts';
import { changeStatus, placesTaken, signUp, withFields } from '../../../shared/volunteers/signups';
import type { Session } from '../../session';
import { updateSettled } from '../settled';
import { shiftResults, type ResultsReader } from './results';
import { volunteerOf, volunteerViews } from './volunteers';

export type ShiftFields = z.output<typeof ShiftInputSchema>;
type TurfCheck = (listId: string, turfId: string) => Promise<void>;

function byTime(a: Shift, b: Shift): number {
  return (
    `${a.date} ${a.start}`.localeCompare(`${b.date} ${b.start}`) || a.title.localeCompare(b.title)
  );
}

export function listShifts(session: Session): ShiftSummary[] {
  return [...session.current().data.shifts].sort(byTime).map(({ signups, ...shift }) => ({
    ...shift,
    taken: placesTaken({ signups }),
    attended: signups.filter((s) => s.status === 'attended').length,
  }));
}

function shiftOf(data: StoreData, id: string): Shift {
  const shift = data.shifts.find((s) => s.id === id);
  if (!shift) throw new AppError('not-found', 'That shift is no longer on file.');
  return shift;
}

/** The roster: sign-ups in the order they came, withdrawn ones last. */
function rosterOf(data: StoreData, shift: Shift): RosterEntry[] {
  const views = new Map(volunteerViews(data).map((v) => [v.id, v]));
  const entries = shift.signups.map((s): RosterEntry => {
    const v = views.get(s.volunteerId);
    return {
      ...s,
      name: v?.name ?? 'Former volunteer',
      email: v?.email,
      phone: v?.phone,
      languages: v?.languages ?? [],
      doNotContact: v?.doNotContact ?? false,
    };
  });
  return [
    ...entries.filter((e) => e.status !== 'withdrawn'),
    ...entries.filter((e) => e.status === 'withdrawn'),
  ];
}

export async function shiftView(
  data: StoreData,
  shift: Shift,
  read: ResultsReader,
  now: Date,
): Promise<ShiftView> {
  const { results, missing } = await shiftResults(data.shifts, [shift], read);
  return {
    ...shift,
    roster: rosterOf(data, shift),
    taken: placesTaken(shift),
    started: shiftSpan(shift).from.getTime() <= now.getTime(),
    results: results.get(shift.id) ?? null,
    resultsNote: missing.get(shift.id) ?? null,
  };
}

export function getShift(session: Session, id: string, read: ResultsReader): Promise<ShiftView> {
  const data = session.current().data;
  return shiftView(data, shiftOf(data, id), read, session.clock());
}

export async function addShift(
  session: Session,
  fields: ShiftFields,
  checkTurf: TurfCheck,
): Promise<Shift> {
  if (fields.turf) await checkTurf(fields.turf.listId, fields.turf.turfId);
  return updateSettled(session, (data) => {
    const shift: Shift = {
      ...fields,
      id: randomUUID(),
      createdAt: session.clock().toISOString(),
      signups: [],
    };
    return { data: { ...data, shifts: [...data.shifts, shift] }, result: shift };
  });
}

/** Changes one shift in one write; `change` may refuse (AppError), and then nothing is written. */
function replaceShift(
  session: Session,
  id: string,
  change: (shift: Shift, data: StoreData) => Shift,
): Promise<{ data: StoreData; shift: Shift }> {
  return updateSettled(session, (data) => {
    const index = data.shifts.findIndex((s) => s.id === id);
    const current = data.shifts[index];
    if (!current) throw new AppError('not-found', 'That shift is no longer on file.');
    const shift = change(current, data);
    const next = { ...data, shifts: data.shifts.with(index, shift) };
    return { data: next, result: { data: next, shift } };
  });
}

export async function updateShift(
  session: Session,
  id: string,
  fields: ShiftFields,
  checkTurf: TurfCheck,
): Promise<Shift> {
  const before = shiftOf(session.current().data, id).turf;
  const turf = fields.turf;
  if (turf && (turf.listId !== before?.listId || turf.turfId !== before.turfId))
    await checkTurf(turf.listId, turf.turfId);
  return (await replaceShift(session, id, (shift) => withFields(shift, fields))).shift;
}

export async function signUpVolunteer(
  session: Session,
  shiftId: string,
  volunteerId: string,
  read: ResultsReader,
): Promise<ShiftView> {
  const { data, shift } = await replaceShift(session, shiftId, (s, d) =>
    signUp(s, volunteerId, volunteerOf(d, volunteerId).name, session.clock()),
  );
  return shiftView(data, shift, read, session.clock());
}

export async function setSignupStatus(
  session: Session,
  input: { shiftId: string; volunteerId: string; status: SignupStatus },
  read: ResultsReader,
): Promise<ShiftView> {
  const { data, shift } = await replaceShift(session, input.shiftId, (s, d) => {
    const name = d.volunteers.some((v) => v.id === input.volunteerId)
      ? volunteerOf(d, input.volunteerId).name
      : 'That volunteer';
    return changeStatus(s, input.volunteerId, name, input.status, session.clock());
  });
  return shiftView(data, shift, read, session.clock());
}
