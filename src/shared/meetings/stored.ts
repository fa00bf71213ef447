import type { z } from 'zod';
import { LIMITS } from '../limits';
import { boundedText, TimestampSchema } from '../schema/common';
import { MeetingSchema } from './agenda';
import { MeetingEventLogSchema } from './events';

/**
 * A meeting as stored: its agenda, its event log (everything that happened), the secretary's
 * notes and the minutes draft. Vote results are NOT stored here: each motion (or appeal)
 * event is linked to its vote in the vote log (`link.purpose` = `motion:<event id>`), and
 * results — including the approval of these minutes at a later meeting — are read from there.
 */
export const StoredMeetingSchema = MeetingSchema.extend({
  createdAt: TimestampSchema,
  events: MeetingEventLogSchema.default([]),
  secretaryNotes: boundedText('The notes', LIMITS.long).default(''),
  /** The secretary's edited minutes (Markdown); null while the generated minutes are used. */
  minutesDraft: boundedText('The minutes', LIMITS.minutes).nullable().default(null),
});
export type StoredMeeting = z.infer<typeof StoredMeetingSchema>;
