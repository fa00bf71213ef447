import { z } from 'zod';
import {
  DateSchema,
  FipsSchema,
  IdSchema,
  TimestampSchema,
  optionalTrimmed,
  trimmed,
} from './common';
import { patchOf } from './patch';

export const ROLES = ['chair', 'secretary', 'teller'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

const email = z
  .string()
  .trim()
  .max(200)
  .optional()
  .transform((v) => (v ? v : undefined))
  .pipe(z.email('Enter an email like name@example.org').optional());

export const MemberInputSchema = z.object({
  name: trimmed('Name', 120),
  county: FipsSchema.optional(),
  email,
  phone: optionalTrimmed('Phone', 40),
  // Canonical order and no repeats, whatever order the boxes were ticked in.
  roles: z
    .array(RoleSchema)
    .max(10)
    .default([])
    .transform((roles) => ROLES.filter((r) => roles.includes(r))),
  joined: DateSchema,
});
export type MemberInput = z.input<typeof MemberInputSchema>;

/** `members.update`: the fields to change; a field left out keeps its value ('' clears one). */
export const MemberPatchSchema = patchOf(MemberInputSchema);
export type MemberPatch = z.output<typeof MemberPatchSchema>;

export const DeactivationSchema = z.object({
  reason: trimmed('Reason', 300),
  at: TimestampSchema,
});

/** Status changes are kept, not overwritten: who left, when, why, and who came back. */
export const MemberStatusChangeSchema = z.object({
  at: TimestampSchema,
  change: z.enum(['deactivated', 'reactivated']),
  reason: z.string().max(300).optional(),
});

export const MemberSchema = MemberInputSchema.extend({
  id: IdSchema,
  active: z.boolean(),
  deactivation: DeactivationSchema.optional(),
  history: z.array(MemberStatusChangeSchema).max(1000),
});
export type Member = z.infer<typeof MemberSchema>;
