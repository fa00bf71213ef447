/** The shapes of a meeting's state as screens and minutes read it (folded in state.ts). */
import { z } from 'zod';
import { MotionThresholdSchema } from '../voting/motion';
import { IdSchema, TimestampSchema } from '../schema/common';
import { VoteResultSchema } from '../platform/outcome';
import { PointOfOrderSchema } from '../platform/points-of-order';
import { MotionSubjectSchema, PointKindSchema } from './events';
import { SpeakersQueueSchema } from './queue';
import { TimeSpanSchema } from './timers';

export const ItemProgressSchema = z.object({
  itemId: IdSchema,
  spans: z.array(TimeSpanSchema),
  elapsedMs: z.number().min(0),
  running: z.boolean(),
});

/** One stay in the room: a member who leaves and comes back has two rows. */
export const AttendanceSchema = z.object({
  memberId: IdSchema,
  name: z.string().nullable(),
  arrivedAt: TimestampSchema,
  leftAt: TimestampSchema.nullable(),
});

export const QuorumStatusSchema = z.object({
  required: z.int().min(0),
  present: z.int().min(0),
  met: z.boolean(),
});

export const MotionRecordSchema = z.object({
  id: IdSchema,
  text: z.string(),
  mover: z.string(),
  seconder: z.string().nullable(),
  threshold: MotionThresholdSchema,
  itemId: IdSchema.nullable(),
  subject: MotionSubjectSchema.nullable(),
  madeAt: TimestampSchema,
  result: VoteResultSchema.extend({ at: TimestampSchema }).nullable(),
  /** Frozen at the moment the vote was recorded: who could have voted, and whether that was a quorum. */
  presentAtVote: z.int().min(0).nullable(),
  quorumMetAtVote: z.boolean().nullable(),
  /** True when a later vote-recorded replaced an earlier result. */
  corrected: z.boolean(),
  /** Position of the event in the log, for putting different kinds of business in order. */
  seq: z.int().min(0),
});
export type MotionRecord = z.infer<typeof MotionRecordSchema>;

/** An election opened in the meeting, and its certified result (with who was elected). */
export const ElectionRecordSchema = z.object({
  id: IdSchema,
  title: z.string(),
  seats: z.int().min(1),
  itemId: IdSchema.nullable(),
  openedAt: TimestampSchema,
  result: VoteResultSchema.extend({ at: TimestampSchema, winners: z.array(z.string()) }).nullable(),
  seq: z.int().min(0),
});
export type ElectionRecord = z.infer<typeof ElectionRecordSchema>;

export const PointRecordSchema = PointOfOrderSchema.extend({
  kind: PointKindSchema,
  itemId: IdSchema.nullable(),
  /** Id of the ruling-appealed event; the appeal's vote is recorded against it. */
  appealId: IdSchema.nullable(),
  summary: z.string(),
  seq: z.int().min(0),
});
export type PointRecord = z.infer<typeof PointRecordSchema>;

export const NoteRecordSchema = z.object({
  id: IdSchema,
  at: TimestampSchema,
  text: z.string(),
  itemId: IdSchema.nullable(),
  seq: z.int().min(0),
});
export const ActionItemRecordSchema = z.object({
  id: IdSchema,
  at: TimestampSchema,
  what: z.string(),
  who: z.string(),
  due: z.string().nullable(),
  itemId: IdSchema.nullable(),
  seq: z.int().min(0),
});
export type ActionItemRecord = z.infer<typeof ActionItemRecordSchema>;

export const MeetingStateSchema = z.object({
  phase: z.enum(['not-started', 'in-session', 'adjourned']),
  startedAt: TimestampSchema.nullable(),
  adjournedAt: TimestampSchema.nullable(),
  chair: z.string().nullable(),
  secretary: z.string().nullable(),
  currentItemId: IdSchema.nullable(),
  items: z.array(ItemProgressSchema),
  attendance: z.array(AttendanceSchema),
  present: z.array(
    z.object({ memberId: IdSchema, name: z.string().nullable(), since: TimestampSchema }),
  ),
  guests: z.int().min(0),
  quorum: QuorumStatusSchema,
  /** Each time the quorum was gained or lost, starting with the first check-in. */
  quorumChanges: z.array(QuorumStatusSchema.extend({ at: TimestampSchema })),
  speakers: SpeakersQueueSchema,
  motions: z.array(MotionRecordSchema),
  /** Motions made and not yet voted on; the last one is immediately pending. */
  pendingMotionIds: z.array(IdSchema),
  elections: z.array(ElectionRecordSchema),
  /** What is before the meeting now: the latest motion or election still without a result. */
  floor: z.object({ kind: z.enum(['motion', 'election']), id: IdSchema }).nullable(),
  points: z.array(PointRecordSchema),
  notes: z.array(NoteRecordSchema),
  actionItems: z.array(ActionItemRecordSchema),
  /** Names people were given in the log (check-in, speaker-added), by id. */
  names: z.record(z.string(), z.string()),
  problems: z.array(z.object({ eventId: IdSchema, message: z.string() })),
  lastEventAt: TimestampSchema.nullable(),
});
export type MeetingState = z.infer<typeof MeetingStateSchema>;
