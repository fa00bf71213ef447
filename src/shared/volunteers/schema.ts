/**
 * Volunteers: who will do what, where and when. A volunteer is either a member (linked by
 * `memberId`: the name, email and phone are the member's, never a second copy) or a
 * supporter who is not a member (their own name and contact details).
 */
import { z } from 'zod';
import { LIMITS } from '../limits';
import {
  FipsSchema,
  IdSchema,
  TimestampSchema,
  listOf,
  optionalTrimmed,
  trimmed,
} from '../schema/common';
import { OptionalEmailSchema } from '../schema/member';

export const SKILLS = [
  'canvassing',
  'phone-banking',
  'data-entry',
  'translation',
  'driving',
  'social-media',
  'tabling',
  'other',
] as const;
export const SkillSchema = z.enum(SKILLS);
export type Skill = z.infer<typeof SkillSchema>;

export const SKILL_LABELS: Readonly<Record<Skill, string>> = {
  canvassing: 'Canvassing',
  'phone-banking': 'Phone banking',
  'data-entry': 'Data entry',
  translation: 'Translation',
  driving: 'Driving',
  'social-media': 'Social media',
  tabling: 'Tabling',
  other: 'Other',
};

export const AVAILABILITY = ['weekday', 'evening', 'weekend'] as const;
export const AvailabilitySchema = z.enum(AVAILABILITY);
export type Availability = z.infer<typeof AvailabilitySchema>;

export const AVAILABILITY_LABELS: Readonly<Record<Availability, string>> = {
  weekday: 'Weekdays',
  evening: 'Evenings',
  weekend: 'Weekends',
};

/** The values of `all` that `chosen` holds, in `all`'s order, each once. */
export function canonicalOrder<T extends string>(all: readonly T[]) {
  return (chosen: readonly T[]): T[] => all.filter((v) => chosen.includes(v));
}

/** Each language once (whatever its case), as first written: "Spanish, spanish" is Spanish. */
export function distinctLanguages(languages: readonly string[]): string[] {
  const seen = new Set<string>();
  return languages.filter((l) => {
    const key = l.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A choice a `<select>` may leave empty: '' (or nothing) is none. */
function optionalChoice<T extends z.ZodType<string>>(schema: T) {
  return schema
    .optional()
    .or(z.literal(''))
    .transform((v) => (v ? v : undefined));
}

const OptionalIdSchema = optionalChoice(IdSchema);
/** A county (FIPS code), or none. */
export const OptionalFipsSchema = optionalChoice(FipsSchema);

/** The fields a volunteer's form edits, as stored. */
export const VolunteerFieldsSchema = z.object({
  /** The member this volunteer is; unset for a supporter who is not a member. */
  memberId: OptionalIdSchema,
  /** A supporter's own name and contact details (a member's come from the member). */
  name: optionalTrimmed('Name', LIMITS.name),
  email: OptionalEmailSchema,
  phone: optionalTrimmed('Phone', LIMITS.name),
  skills: listOf(SkillSchema, SKILLS.length, 'skills')
    .default([])
    .transform(canonicalOrder(SKILLS)),
  /** What "other" is ("sign language", "graphic design"). */
  otherSkill: optionalTrimmed('The other skill', LIMITS.name),
  languages: listOf(trimmed('A language', LIMITS.name), LIMITS.languages, 'languages')
    .default([])
    .transform(distinctLanguages),
  homeCounty: OptionalFipsSchema,
  /** Counties of the chapter's state they will travel to (besides their home county). */
  travelCounties: listOf(FipsSchema, LIMITS.counties, 'counties')
    .default([])
    .transform((list) => [...new Set(list)].sort()),
  availability: listOf(AvailabilitySchema, AVAILABILITY.length, 'times')
    .default([])
    .transform(canonicalOrder(AVAILABILITY)),
  /** Never call, text or email them (they may still sign themselves up). */
  doNotContact: z.boolean().default(false),
  notes: optionalTrimmed('Notes', LIMITS.notes),
});

/**
 * `volunteers.add` / `volunteers.update`: a supporter needs a name; a member's volunteer
 * record keeps no name or contact details of its own (the member's are shown).
 */
export const VolunteerInputSchema = VolunteerFieldsSchema.superRefine((v, ctx) => {
  if (!v.memberId && !v.name)
    ctx.addIssue({ code: 'custom', path: ['name'], message: 'Name is required' });
}).transform((v) =>
  v.memberId ? { ...v, name: undefined, email: undefined, phone: undefined } : v,
);
export type VolunteerInput = z.input<typeof VolunteerInputSchema>;

export const VolunteerSchema = VolunteerFieldsSchema.extend({
  id: IdSchema,
  addedAt: TimestampSchema,
});
export type Volunteer = z.infer<typeof VolunteerSchema>;

/** A volunteer as screens and documents show them, with their contact details resolved. */
export const VolunteerViewSchema = VolunteerSchema.extend({
  name: z.string(),
  /** Where they live: their own home county, else their member record's county. */
  livesIn: z.string().optional(),
  /** For a member's volunteer record: the member, and whether they are active. */
  member: z.object({ id: z.string(), active: z.boolean() }).nullable(),
});
export type VolunteerView = z.infer<typeof VolunteerViewSchema>;

interface MemberContact {
  id: string;
  name: string;
  email?: string | undefined;
  phone?: string | undefined;
  county?: string | undefined;
  active: boolean;
}

/**
 * The volunteer with a linked member's name, email and phone read from the member (and
 * where they live: the member's county when the volunteer record gives none); a link to a
 * member no longer on file shows "Former member".
 */
export function volunteerView(
  v: Volunteer,
  members: ReadonlyMap<string, MemberContact>,
): VolunteerView {
  if (!v.memberId) return { ...v, name: v.name ?? '', livesIn: v.homeCounty, member: null };
  const m = members.get(v.memberId);
  if (!m) return { ...v, name: 'Former member', livesIn: v.homeCounty, member: null };
  return {
    ...v,
    name: m.name,
    email: m.email,
    phone: m.phone,
    livesIn: v.homeCounty ?? m.county,
    member: { id: m.id, active: m.active },
  };
}
