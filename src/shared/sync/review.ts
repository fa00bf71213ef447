/**
 * Words for what sync leaves a person to look at: a member field's name, a value as shown, and
 * what a set-aside record is (from the map it was kept under).
 */
import type { MemberField } from './memberEvents';

export const MEMBER_FIELD_WORDS: Record<MemberField, string> = {
  name: 'Name',
  county: 'County',
  email: 'Email',
  phone: 'Phone',
  roles: 'Roles',
  joined: 'Joined',
  active: 'Active',
  deactivation: 'Deactivation',
  history: 'History',
  voterId: 'Voter ID',
};

/** A stored JSON value as a person reads it: `null` is a field left empty. */
export function shownValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.length ? value.map(shownValue).join(', ') : '(none)';
  return JSON.stringify(value);
}

const WHAT: Record<string, string> = {
  results: 'A canvass or call result',
  volunteers: 'A volunteer',
  shifts: 'A shift or event',
  signups: 'A sign-up for a shift',
  chapter: 'The chapter’s details',
  members: 'A member',
  memberEvents: 'A change to a member',
  volunteerContacts: 'A volunteer’s contact details',
};

/** What a set-aside record is, from its key (`<map>/<id>`). */
export function setAsideWhat(key: string): string {
  return WHAT[key.split('/')[0] ?? ''] ?? 'A record';
}
