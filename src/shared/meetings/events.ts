import { z } from 'zod';
import { LIMITS } from '../limits';
import { boundedText, DateSchema, IdSchema, listOf, TimestampSchema } from '../schema/common';
import { VoteResultSchema } from '../platform/outcome';
import { MotionThresholdSchema } from '../voting/motion';
import { RulingSchema } from '../platform/points-of-order';

/**
 * Everything that happens in a meeting is an event appended to the meeting's log; screens,
 * timers and minutes are all computed from the log, and corrections are new events.
 * The log's array order is the order things happened in; `at` is the wall-clock time.
 */
const base = { id: IdSchema, at: TimestampSchema };
const person = boundedText('A name', LIMITS.name).min(1);

export const PointKindSchema = z.enum(['order', 'information', 'secured-right']);

/** What a motion is about, so that its result can be applied to the right record afterwards. */
export const MotionSubjectSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('policy-adoption'), policyId: IdSchema }),
  z.object({ type: z.literal('amendment'), policyId: IdSchema, amendmentId: IdSchema }),
  z.object({
    type: z.literal('policy-status'),
    policyId: IdSchema,
    to: boundedText('The status', LIMITS.id).min(1),
  }),
  z.object({ type: z.literal('right-change'), rightId: IdSchema.nullable() }),
  z.object({ type: z.literal('endorsement'), candidateId: IdSchema }),
  z.object({ type: z.literal('accountability'), candidateId: IdSchema }),
  z.object({ type: z.literal('minutes-approval'), meetingId: IdSchema }),
  z.object({ type: z.literal('other') }),
]);
export type MotionSubject = z.infer<typeof MotionSubjectSchema>;

export const MeetingEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('meeting-started'),
    ...base,
    chair: person.optional(),
    secretary: person.optional(),
  }),
  z.object({
    type: z.literal('member-checked-in'),
    ...base,
    memberId: IdSchema,
    name: boundedText('A name', LIMITS.name).optional(),
  }),
  z.object({ type: z.literal('member-checked-out'), ...base, memberId: IdSchema }),
  z.object({ type: z.literal('guests-set'), ...base, count: z.int().min(0) }),
  z.object({ type: z.literal('item-started'), ...base, itemId: IdSchema }),
  z.object({ type: z.literal('item-ended'), ...base, itemId: IdSchema }),
  /** Joins the current item's speakers' queue; the event id becomes the queue entry id. */
  z.object({
    type: z.literal('speaker-added'),
    ...base,
    speakerId: person,
    name: boundedText('A name', LIMITS.name).optional(),
  }),
  z.object({ type: z.literal('speaker-started'), ...base, entryId: IdSchema }),
  z.object({ type: z.literal('speaker-finished'), ...base, entryId: IdSchema }),
  z.object({ type: z.literal('speaker-removed'), ...base, entryId: IdSchema }),
  /** Chair override: put a queued entry at a position (0 = next to speak). */
  z.object({
    type: z.literal('speaker-moved'),
    ...base,
    entryId: IdSchema,
    toIndex: z.int().min(0),
  }),
  /** A point of order or information; it also enters the queue ahead of debate (entry id = event id). */
  z
    .object({
      type: z.literal('point-raised'),
      ...base,
      kind: PointKindSchema,
      by: person,
      rightId: IdSchema.optional(),
      policyId: IdSchema.optional(),
      text: boundedText('The point', LIMITS.notes),
    })
    .refine((e) => e.kind !== 'secured-right' || e.rightId !== undefined, {
      message: 'A point that a Secured Right is violated must name the right',
      path: ['rightId'],
    }),
  z.object({
    type: z.literal('point-ruled'),
    ...base,
    pointId: IdSchema,
    ruling: RulingSchema,
    note: boundedText('The note', LIMITS.notes).optional(),
  }),
  /** The appeal is itself the motion "to overturn the ruling": its vote-recorded uses this event's id. */
  z.object({
    type: z.literal('ruling-appealed'),
    ...base,
    pointId: IdSchema,
    by: person,
    seconder: person.optional(),
  }),
  z.object({
    type: z.literal('motion-made'),
    ...base,
    text: boundedText('The motion', LIMITS.paragraph).trim().min(1),
    mover: person,
    seconder: person.nullable(),
    threshold: MotionThresholdSchema,
    itemId: IdSchema.optional(),
    subject: MotionSubjectSchema.optional(),
  }),
  /**
   * An election opened from the meeting (its ballots are counted in the vote log, which links
   * back to this event's id as it does for a motion).
   */
  z.object({
    type: z.literal('election-opened'),
    ...base,
    title: boundedText('The title', LIMITS.title).trim().min(1),
    seats: z.int().min(1),
    itemId: IdSchema.optional(),
  }),
  /**
   * The counted result comes from the voting module; a later event for the same motion corrects
   * it. `motionId` names the motion, appeal or election it decides; an election's carries its
   * winners.
   */
  z.object({
    type: z.literal('vote-recorded'),
    ...base,
    motionId: IdSchema,
    ...VoteResultSchema.shape,
    winners: listOf(boundedText('A name', LIMITS.name), LIMITS.ballotChoices, 'winners').optional(),
  }),
  z.object({
    type: z.literal('note-added'),
    ...base,
    text: boundedText('The note', LIMITS.paragraph).min(1),
    itemId: IdSchema.optional(),
  }),
  z.object({
    type: z.literal('action-item-added'),
    ...base,
    what: boundedText('The action', LIMITS.short).trim().min(1),
    who: person,
    due: DateSchema.optional(),
    itemId: IdSchema.optional(),
  }),
  /**
   * An action item of an earlier meeting reported done (its text is copied, so this meeting's
   * minutes read on their own). See carriedActions (actions.ts).
   */
  z.object({
    type: z.literal('action-item-done'),
    ...base,
    actionItemId: IdSchema,
    what: boundedText('The action', LIMITS.short),
    who: person,
    itemId: IdSchema.optional(),
  }),
  z.object({ type: z.literal('meeting-adjourned'), ...base }),
]);
export type MeetingEvent = z.infer<typeof MeetingEventSchema>;

export const MeetingEventLogSchema = listOf(
  MeetingEventSchema,
  LIMITS.collection,
  'events in a meeting’s log',
).refine((events) => new Set(events.map((e) => e.id)).size === events.length, {
  message: 'Two events in the meeting log share an id',
});
