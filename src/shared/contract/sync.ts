/**
 * What sync leaves for a person to look at: member fields edited on two laptops from the same
 * value (an officer chooses), and records from other laptops set aside when the view was
 * rebuilt (what, from which device, why). Over the replica's conflicts() and setAside().
 */
import { z } from 'zod';
import { LIMITS } from '../limits';
import { IdSchema, boundedText } from '../schema/common';
import { channels } from './define';

const text = (max: number) => z.string().max(max);

export const ConflictViewSchema = z.object({
  key: text(LIMITS.short),
  memberId: text(LIMITS.id),
  memberName: text(LIMITS.name),
  /** The field in words ("Email", "Roles"…). */
  field: text(LIMITS.name),
  /** The value both edits started from, as shown. */
  previous: text(LIMITS.notes),
  /** The competing edits, oldest first; the last one shows until an officer chooses. */
  choices: z
    .array(
      z.object({
        eventId: text(LIMITS.id),
        value: text(LIMITS.notes),
        device: text(LIMITS.name),
        at: text(LIMITS.id),
      }),
    )
    .max(LIMITS.shortList),
});
export type ConflictView = z.infer<typeof ConflictViewSchema>;

export const ConflictsSchema = z.object({
  /** False while sync is off on this laptop. */
  on: z.boolean(),
  conflicts: z.array(ConflictViewSchema).max(LIMITS.list),
});
export type Conflicts = z.infer<typeof ConflictsSchema>;

export const SetAsideViewSchema = z.object({
  /** What it is, in words ("A result", "A member's edit"…) and the key it is kept under. */
  what: text(LIMITS.short),
  key: text(LIMITS.short),
  /** The device's name (its id when this laptop does not know it); null when nobody signed it. */
  device: text(LIMITS.name).nullable(),
  at: text(LIMITS.id).nullable(),
  reason: text(LIMITS.notes),
});
export type SetAsideView = z.infer<typeof SetAsideViewSchema>;

export const syncChannels = channels({
  'sync.conflicts': { input: z.undefined(), output: ConflictsSchema },
  'sync.resolveConflict': {
    input: z.object({ key: boundedText('The conflict’s key', LIMITS.short), eventId: IdSchema }),
    output: ConflictsSchema,
  },
  'sync.setAside': {
    input: z.undefined(),
    output: z.object({ on: z.boolean(), records: z.array(SetAsideViewSchema).max(LIMITS.list) }),
  },
});
