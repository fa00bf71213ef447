/**
 * Finding volunteers: "Spanish speakers who drive in Pike County on weekends" is
 * `{ language: 'Spanish', skills: ['driving'], county: '39131', availability: ['weekend'] }`.
 * Every condition given must hold (skills and times: all of those chosen); a county matches
 * a volunteer who lives there or will travel there. Volunteers marked do-not-contact are
 * left out unless asked for.
 */
import { z } from 'zod';
import { LIMITS } from '../limits';
import { listOf, optionalTrimmed } from '../schema/common';
import {
  AVAILABILITY,
  AvailabilitySchema,
  OptionalFipsSchema,
  SKILLS,
  SkillSchema,
  type VolunteerView,
} from './schema';

export const VolunteerFilterSchema = z.object({
  /** Part of a name, an email or a phone number. */
  text: optionalTrimmed('The search', LIMITS.name),
  skills: listOf(SkillSchema, SKILLS.length, 'skills').default([]),
  language: optionalTrimmed('The language', LIMITS.name),
  county: OptionalFipsSchema,
  availability: listOf(AvailabilitySchema, AVAILABILITY.length, 'times').default([]),
  includeDoNotContact: z.boolean().default(false),
});
export type VolunteerFilter = z.input<typeof VolunteerFilterSchema>;
type ParsedFilter = z.output<typeof VolunteerFilterSchema>;

const digits = (s: string) => s.replace(/\D/g, '');

function textMatches(v: VolunteerView, text: string): boolean {
  const q = text.toLowerCase();
  if (v.name.toLowerCase().includes(q) || (v.email ?? '').toLowerCase().includes(q)) return true;
  const d = digits(text);
  return d.length >= 3 && digits(v.phone ?? '').includes(d);
}

function matches(v: VolunteerView, f: ParsedFilter): boolean {
  if (v.doNotContact && !f.includeDoNotContact) return false;
  if (f.text && !textMatches(v, f.text)) return false;
  if (!f.skills.every((s) => v.skills.includes(s))) return false;
  if (!f.availability.every((a) => v.availability.includes(a))) return false;
  const language = f.language?.toLowerCase();
  if (language && !v.languages.some((l) => l.toLowerCase() === language)) return false;
  if (f.county && v.livesIn !== f.county && !v.travelCounties.includes(f.county)) return false;
  return true;
}

/** The volunteers who meet the filter, by name. */
export function findVolunteers(
  volunteers: readonly VolunteerView[],
  filter: VolunteerFilter,
): VolunteerView[] {
  const f = VolunteerFilterSchema.parse(filter);
  return volunteers.filter((v) => matches(v, f)).sort((a, b) => a.name.localeCompare(b.name));
}
