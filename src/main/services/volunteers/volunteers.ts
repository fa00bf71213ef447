/**
 * Volunteer records: add, change, list (found by a filter) and read with what they did. A
 * member's volunteer record is linked by id and keeps no copy of the member's name, email
 * or phone; a member has one volunteer record at most.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { StoreData } from '../../../shared/schema/store';
import { volunteerRecord, type VolunteerRecord } from '../../../shared/volunteers/activity';
import { findVolunteers, type VolunteerFilter } from '../../../shared/volunteers/filter';
import {
  volunteerView,
  type Volunteer,
  type VolunteerInputSchema,
  type VolunteerView,
} from '../../../shared/volunteers/schema';
import type { Session } from '../../session';
import { updateSettled } from '../settled';
import { shiftResults, type ResultsReader } from './results';

/** A volunteer's fields as the channel's schema gives them (checked and normalised). */
export type VolunteerFields = z.output<typeof VolunteerInputSchema>;

function membersById(data: StoreData) {
  return new Map(data.members.map((m) => [m.id, m]));
}

export function volunteerViews(data: StoreData): VolunteerView[] {
  const members = membersById(data);
  return data.volunteers.map((v) => volunteerView(v, members));
}

export function volunteerOf(data: StoreData, id: string): VolunteerView {
  const v = data.volunteers.find((x) => x.id === id);
  if (!v) throw new AppError('not-found', 'That volunteer is no longer on file.');
  return volunteerView(v, membersById(data));
}

/** Refuses a link to a member who is not on file, or who already has a volunteer record. */
export function checkMemberLink(data: StoreData, fields: VolunteerFields, self?: string): void {
  if (!fields.memberId) return;
  const member = data.members.find((m) => m.id === fields.memberId);
  if (!member)
    throw new AppError('not-found', 'That member is no longer on file.', [
      { path: 'memberId', message: 'Choose a member on file' },
    ]);
  if (data.volunteers.some((v) => v.memberId === fields.memberId && v.id !== self))
    throw new AppError('conflict', `${member.name} is already a volunteer.`, [
      { path: 'memberId', message: `${member.name} is already a volunteer` },
    ]);
}

/** New volunteer records for the fields (links checked one after the other). */
export function addVolunteers(
  data: StoreData,
  inputs: readonly VolunteerFields[],
  now: Date,
): { data: StoreData; added: Volunteer[] } {
  let next = data;
  const added: Volunteer[] = [];
  for (const fields of inputs) {
    checkMemberLink(next, fields);
    const volunteer: Volunteer = { ...fields, id: randomUUID(), addedAt: now.toISOString() };
    added.push(volunteer);
    next = { ...next, volunteers: [...next.volunteers, volunteer] };
  }
  return { data: next, added };
}

export function addVolunteer(session: Session, fields: VolunteerFields): Promise<Volunteer> {
  return updateSettled(session, (data) => {
    const { data: next, added } = addVolunteers(data, [fields], session.clock());
    const [volunteer] = added;
    if (!volunteer) throw new Error('addVolunteers returned nothing');
    return { data: next, result: volunteer };
  });
}

/** Replaces the volunteer's fields; their id and the date they were added stay. */
export function updateVolunteer(
  session: Session,
  id: string,
  fields: VolunteerFields,
): Promise<Volunteer> {
  return updateSettled(session, (data) => {
    const index = data.volunteers.findIndex((v) => v.id === id);
    const current = data.volunteers[index];
    if (!current) throw new AppError('not-found', 'That volunteer is no longer on file.');
    checkMemberLink(data, fields, id);
    const updated: Volunteer = { ...fields, id, addedAt: current.addedAt };
    return { data: { ...data, volunteers: data.volunteers.with(index, updated) }, result: updated };
  });
}

export function listVolunteers(session: Session, filter: VolunteerFilter = {}): VolunteerView[] {
  return findVolunteers(volunteerViews(session.current().data), filter);
}

/** The volunteer, their shifts and what those add up to (see src/shared/volunteers/activity.ts). */
export async function getVolunteer(
  session: Session,
  id: string,
  read: ResultsReader,
): Promise<{ volunteer: VolunteerView; record: VolunteerRecord }> {
  const data = session.current().data;
  const volunteer = volunteerOf(data, id);
  const theirs = data.shifts.filter((s) =>
    s.signups.some((x) => x.volunteerId === id && x.status === 'attended'),
  );
  const { results } = await shiftResults(data.shifts, theirs, read);
  return { volunteer, record: volunteerRecord(id, data.shifts, results) };
}
