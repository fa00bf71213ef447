import { z } from 'zod';
import { LIMITS } from '../limits';
import { boundedText, DateSchema, FipsSchema, IdSchema, listOf } from '../schema/common';

export const AGENDA_ITEM_KINDS = [
  'call-to-order',
  'attendance',
  'minutes-approval',
  'reports',
  'old-business',
  'new-business',
  'candidate-interviews',
  'outreach-planning',
  'open-floor',
  'adjournment',
  'other',
] as const;
export const AgendaItemKindSchema = z.enum(AGENDA_ITEM_KINDS);
export type AgendaItemKind = z.infer<typeof AgendaItemKindSchema>;

export const AgendaLinkSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('policy'), policyId: IdSchema }),
  z.object({ type: z.literal('candidate'), candidateId: IdSchema }),
  z.object({ type: z.literal('vote'), voteId: IdSchema }),
]);
export type AgendaLink = z.infer<typeof AgendaLinkSchema>;

export const AgendaItemSchema = z.object({
  id: IdSchema,
  kind: AgendaItemKindSchema,
  title: boundedText('An item title', LIMITS.title).trim().min(1),
  timeBoxMinutes: z.number().min(0).max(600),
  link: AgendaLinkSchema.nullable(),
  description: boundedText('An item description', LIMITS.paragraph),
});
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

export const ClockTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 19:00');

export const MeetingSchema = z.object({
  id: IdSchema,
  title: boundedText('The title', LIMITS.title).trim().min(1),
  date: DateSchema,
  startTime: ClockTimeSchema.nullable(),
  place: boundedText('The place', LIMITS.title),
  county: FipsSchema.nullable(),
  // Items placed by the app (accountability motions) may take an agenda past what a person
  // may set at once (LIMITS.agendaItems), so the stored agenda is bounded more loosely.
  agenda: listOf(AgendaItemSchema, LIMITS.list, 'agenda items'),
});
export type Meeting = z.infer<typeof MeetingSchema>;

export const MeetingTemplateSchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  items: z.array(AgendaItemSchema.pick({ kind: true, title: true, timeBoxMinutes: true })),
});
export type MeetingTemplate = z.infer<typeof MeetingTemplateSchema>;

/** The usual order of business, with time boxes that fit a two-and-a-quarter-hour evening. */
export const STANDARD_ORDER_OF_BUSINESS: MeetingTemplate = {
  id: 'standard',
  name: 'Standard order of business',
  items: [
    { kind: 'call-to-order', title: 'Call to order', timeBoxMinutes: 2 },
    { kind: 'attendance', title: 'Attendance and quorum', timeBoxMinutes: 5 },
    { kind: 'minutes-approval', title: 'Approval of the last minutes', timeBoxMinutes: 5 },
    { kind: 'reports', title: 'Reports', timeBoxMinutes: 15 },
    { kind: 'old-business', title: 'Old business', timeBoxMinutes: 20 },
    { kind: 'new-business', title: 'New business', timeBoxMinutes: 30 },
    { kind: 'candidate-interviews', title: 'Candidate interviews', timeBoxMinutes: 30 },
    { kind: 'outreach-planning', title: 'Outreach planning', timeBoxMinutes: 15 },
    { kind: 'open-floor', title: 'Open floor', timeBoxMinutes: 10 },
    { kind: 'adjournment', title: 'Adjournment', timeBoxMinutes: 2 },
  ],
};

/** Ids come from the caller so the function stays pure and repeatable. */
export function agendaFromTemplate(
  template: MeetingTemplate,
  makeId: (index: number) => string,
): AgendaItem[] {
  return template.items.map((item, i) => ({
    id: makeId(i),
    kind: item.kind,
    title: item.title,
    timeBoxMinutes: item.timeBoxMinutes,
    link: null,
    description: '',
  }));
}

export function addAgendaItem(
  agenda: readonly AgendaItem[],
  item: AgendaItem,
  index = agenda.length,
): AgendaItem[] {
  const next = agenda.filter((a) => a.id !== item.id);
  next.splice(Math.max(0, Math.min(index, next.length)), 0, item);
  return next;
}

export function totalTimeBoxMinutes(agenda: readonly AgendaItem[]): number {
  return agenda.reduce((sum, a) => sum + a.timeBoxMinutes, 0);
}

const toClock = (minutes: number) => {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

/** Planned clock times for the printed agenda, from a start time like "19:00". */
export function plannedSchedule(
  agenda: readonly AgendaItem[],
  startTime: string,
): { itemId: string; start: string; end: string }[] {
  const [h, m] = ClockTimeSchema.parse(startTime).split(':').map(Number);
  let at = h! * 60 + m!;
  return agenda.map((item) => {
    const start = toClock(at);
    at += item.timeBoxMinutes;
    return { itemId: item.id, start, end: toClock(at) };
  });
}
