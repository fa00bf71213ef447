import { z } from 'zod';
import { LIMITS } from '../limits';
import { DateSchema, FipsSchema, IdSchema, TimestampSchema, tooLong } from '../schema/common';
import {
  AgendaItemSchema,
  CarriedActionSchema,
  ClockTimeSchema,
  MeetingEventSchema,
  MotionSubjectSchema,
  PointKindSchema,
} from '../meetings';
import { StoredMeetingSchema } from '../meetings/stored';
import { RulingSchema } from '../platform/points-of-order';
import { ElectionDefinitionSchema, MotionMethodSchema } from '../voteLog/definition';
import { CountedThresholdSchema } from '../voting/motion';
import { SavedFileSchema } from './app';
import { channels } from './define';

const id = { id: IdSchema };
const person = z
  .string()
  .trim()
  .min(1, 'Name the person')
  .max(LIMITS.name, tooLong('A name', LIMITS.name));
const text = (label: string, max: number) =>
  z.string().trim().min(1, `${label} is required`).max(max, tooLong(label, max));
const optionalText = (label: string, max: number) =>
  z.string().trim().max(max, tooLong(label, max));

export const MeetingDetailsSchema = z.object({
  title: text('Title', LIMITS.title),
  date: DateSchema,
  startTime: ClockTimeSchema.nullable(),
  place: optionalText('The place', LIMITS.title),
  county: FipsSchema.nullable(),
});
export type MeetingDetails = z.input<typeof MeetingDetailsSchema>;

export const AgendaInputSchema = z
  .array(
    AgendaItemSchema.extend({
      title: text('Item title', LIMITS.title),
      description: z.string().max(LIMITS.paragraph, tooLong('A description', LIMITS.paragraph)),
    }),
  )
  .max(LIMITS.agendaItems, `An agenda has at most ${LIMITS.agendaItems} items`)
  .refine((items) => new Set(items.map((i) => i.id)).size === items.length, {
    message: 'Two agenda items share an id',
  });

/** What the chair's and secretary's screens may append to the log (motions go through `meetings.motion`). */
export const LiveEventInputSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('meeting-started'),
    chair: person.optional(),
    secretary: person.optional(),
  }),
  z.object({ type: z.literal('member-checked-in'), memberId: IdSchema }),
  z.object({ type: z.literal('member-checked-out'), memberId: IdSchema }),
  z.object({ type: z.literal('guests-set'), count: z.int().min(0).max(100_000) }),
  z.object({ type: z.literal('item-started'), itemId: IdSchema }),
  z.object({ type: z.literal('item-ended'), itemId: IdSchema }),
  z.object({ type: z.literal('speaker-added'), speakerId: IdSchema, name: person.optional() }),
  z.object({ type: z.literal('speaker-started'), entryId: IdSchema }),
  z.object({ type: z.literal('speaker-finished'), entryId: IdSchema }),
  z.object({ type: z.literal('speaker-removed'), entryId: IdSchema }),
  z.object({
    type: z.literal('speaker-moved'),
    entryId: IdSchema,
    toIndex: z.int().min(0).max(10_000),
  }),
  z.object({
    type: z.literal('point-raised'),
    kind: PointKindSchema,
    by: person,
    rightId: IdSchema.optional(),
    policyId: IdSchema.optional(),
    text: optionalText('The point', LIMITS.notes),
  }),
  z.object({
    type: z.literal('point-ruled'),
    pointId: IdSchema,
    ruling: RulingSchema,
    note: optionalText('The note', LIMITS.notes).optional(),
  }),
  z.object({
    type: z.literal('note-added'),
    text: text('Note', LIMITS.paragraph),
    itemId: IdSchema.optional(),
  }),
  z.object({
    type: z.literal('action-item-added'),
    what: text('What', LIMITS.short),
    who: person,
    due: DateSchema.optional(),
    itemId: IdSchema.optional(),
  }),
  z.object({
    type: z.literal('action-item-done'),
    actionItemId: IdSchema,
    itemId: IdSchema.optional(),
  }),
  z.object({ type: z.literal('meeting-adjourned') }),
]);
export type LiveEventInput = z.input<typeof LiveEventInputSchema>;

export const MotionInputSchema = z.object({
  meetingId: IdSchema,
  itemId: IdSchema.optional(),
  text: text('Motion text', LIMITS.paragraph),
  mover: person,
  seconder: person.optional(),
  threshold: CountedThresholdSchema,
  method: MotionMethodSchema.default('show-of-hands'),
  subject: MotionSubjectSchema.optional(),
});

export const MeetingSummarySchema = z.object({
  id: IdSchema,
  title: z.string(),
  date: z.string(),
  startTime: z.string().nullable(),
  place: z.string(),
  county: z.string().nullable(),
  items: z.int(),
  phase: z.enum(['not-started', 'in-session', 'adjourned']),
  minutes: z.enum(['none', 'draft', 'approval-pending', 'approved']),
});
export type MeetingSummary = z.infer<typeof MeetingSummarySchema>;

/** A vote started in this meeting (motion or appeal), with where it stands in the vote log. */
export const MeetingVoteSchema = z.object({
  eventId: IdSchema,
  voteId: IdSchema,
  title: z.string(),
  status: z.enum(['open', 'certified']),
  summary: z.string().nullable(),
});
export type MeetingVote = z.infer<typeof MeetingVoteSchema>;

export const MeetingViewSchema = z.object({
  meeting: StoredMeetingSchema.omit({ events: true }),
  /** The meeting's events with each certified result merged in as a `vote-recorded` event. */
  log: z.array(MeetingEventSchema),
  votes: z.array(MeetingVoteSchema),
  quorum: z.int().min(0),
  names: z.record(z.string(), z.string()),
  members: z.array(z.object({ id: IdSchema, name: z.string() })),
  /** Minutes approval: derived from the linked votes. */
  minutes: z.enum(['none', 'draft', 'approval-pending', 'approved']),
  /** Meetings whose minutes are still waiting for approval (to approve at this one). */
  pendingMinutes: z.array(z.object({ id: IdSchema, title: z.string(), date: z.string() })),
  countyName: z.string().nullable(),
  now: TimestampSchema,
  /** When the vote approving these minutes was certified; null until they are approved. */
  minutesApprovedAt: TimestampSchema.nullable(),
  /** The active members with the chair's and the secretary's roles, to fill the call to order. */
  officers: z.object({ chair: z.string().nullable(), secretary: z.string().nullable() }),
  /** Action items of earlier meetings still open, or reported done at this one (old business). */
  carriedActions: z.array(CarriedActionSchema),
});
export type MeetingView = z.infer<typeof MeetingViewSchema>;

export const meetingsChannels = channels({
  'meetings.list': { input: z.undefined(), output: z.array(MeetingSummarySchema) },
  'meetings.get': { input: z.object(id), output: MeetingViewSchema },
  'meetings.create': {
    input: MeetingDetailsSchema.extend({ template: z.enum(['standard', 'blank']) }),
    output: z.object(id),
  },
  'meetings.update': {
    input: z.object({ ...id, details: MeetingDetailsSchema }),
    output: MeetingViewSchema,
  },
  'meetings.remove': { input: z.object(id), output: z.object({ removed: z.boolean() }) },
  'meetings.setAgenda': {
    input: z.object({ ...id, agenda: AgendaInputSchema }),
    output: MeetingViewSchema,
  },
  'meetings.event': {
    input: z.object({ ...id, event: LiveEventInputSchema }),
    output: MeetingViewSchema,
  },
  /** Takes back the live meeting's last event, named by its id (see shared/meetings/undo.ts). */
  'meetings.undo': { input: z.object({ ...id, eventId: IdSchema }), output: MeetingViewSchema },
  'meetings.motion': { input: MotionInputSchema, output: z.object({ voteId: IdSchema }) },
  'meetings.appeal': {
    input: z.object({ ...id, pointId: IdSchema, by: person, seconder: person.optional() }),
    output: z.object({ voteId: IdSchema }),
  },
  /** An election held at the meeting, under the item on the floor; its presence is the check-in. */
  'meetings.election': {
    input: z.object({
      meetingId: IdSchema,
      itemId: IdSchema.optional(),
      definition: ElectionDefinitionSchema,
    }),
    output: z.object({ voteId: IdSchema }),
  },
  'meetings.saveNotes': {
    input: z.object({
      ...id,
      secretaryNotes: z.string().max(LIMITS.long, tooLong('The notes', LIMITS.long)),
    }),
    output: MeetingViewSchema,
  },
  'meetings.saveMinutesDraft': {
    input: z.object({
      ...id,
      markdown: z.string().max(LIMITS.minutes, tooLong('The minutes', LIMITS.minutes)).nullable(),
    }),
    output: MeetingViewSchema,
  },
  'meetings.exportMinutesMarkdown': { input: z.object(id), output: SavedFileSchema },
  'meetings.openProjector': { input: z.object(id), output: z.object({ opened: z.boolean() }) },
  'meetings.minutesMarkdown': { input: z.object(id), output: z.object({ markdown: z.string() }) },
});
