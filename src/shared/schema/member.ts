import { z } from 'zod';
import { LIMITS } from '../limits';
import {
  DateSchema,
  FipsSchema,
  IdSchema,
  TimestampSchema,
  boundedText,
  listOf,
  optionalTrimmed,
  tooLong,
  trimmed,
} from './common';
import { patchOf } from './patch';

export const ROLES = ['chair', 'secretary', 'teller'] as const;
export const RoleSchema = z.enum(ROLES);

/** An optional email address: '' is none. */
export const OptionalEmailSchema = z
  .string()
  .trim()
  .max(LIMITS.title, tooLong('Email', LIMITS.title))
  .optional()
  .transform((v) => (v ? v : undefined))
  .pipe(z.email('Enter an email like name@example.org').optional());

export const MemberInputSchema = z.object({
  name: trimmed('Name', LIMITS.name),
  county: FipsSchema.optional(),
  email: OptionalEmailSchema,
  phone: optionalTrimmed('Phone', LIMITS.name),
  // Canonical order and no repeats, whatever order the boxes were ticked in.
  roles: z
    .array(RoleSchema)
    .max(LIMITS.shortList)
    .default([])
    .transform((roles) => ROLES.filter((r) => roles.includes(r))),
  joined: DateSchema,
});
export type MemberInput = z.input<typeof MemberInputSchema>;

/** `members.update`: the fields to change; a field left out keeps its value ('' clears one). */
export const MemberPatchSchema = patchOf(MemberInputSchema);
export type MemberPatch = z.output<typeof MemberPatchSchema>;

export const DeactivationSchema = z.object({
  reason: trimmed('Reason', LIMITS.short),
  at: TimestampSchema,
});

/** Status changes are kept, not overwritten: who left, when, why, and who came back. */
export const MemberStatusChangeSchema = z.object({
  at: TimestampSchema,
  change: z.enum(['deactivated', 'reactivated']),
  reason: boundedText('Reason', LIMITS.short).optional(),
});

export const MemberSchema = MemberInputSchema.extend({
  id: IdSchema,
  active: z.boolean(),
  deactivation: DeactivationSchema.optional(),
  history: listOf(MemberStatusChangeSchema, LIMITS.list, 'status changes'),
  /**
   * The member's state voter ID, once matched to a voter list (src/shared/gotv/match.ts):
   * an active member with one is in every GOTV universe. Optional, so older files need no
   * migration.
   */
  voterId: boundedText('The voter ID', LIMITS.id).min(1).optional(),
});
export type Member = z.infer<typeof MemberSchema>;
