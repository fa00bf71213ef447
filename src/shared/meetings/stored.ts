import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../schema/common';
import { MeetingSchema } from './agenda';
import { MeetingEventLogSchema } from './events';

/**
 * A meeting as stored: its agenda, its event log (everything that happened), the secretary's
 * notes and the minutes draft. Vote results are NOT stored here: `motionVotes` links each
 * motion (or appeal) event to its vote in the vote log, and results are read from there.
 */
export const StoredMeetingSchema = MeetingSchema.extend({
  createdAt: TimestampSchema,
  events: MeetingEventLogSchema.default([]),
  /** motion-made / ruling-appealed event id -> vote id in the vote log. */
  motionVotes: z.record(IdSchema, IdSchema).default({}),
  secretaryNotes: z.string().max(50_000).default(''),
  /** The secretary's edited minutes (Markdown); null while the generated minutes are used. */
  minutesDraft: z.string().max(200_000).nullable().default(null),
  /** The vote (usually held at the next meeting) that approves these minutes. */
  minutesApprovalVoteId: IdSchema.nullable().default(null),
});
export type StoredMeeting = z.infer<typeof StoredMeetingSchema>;
