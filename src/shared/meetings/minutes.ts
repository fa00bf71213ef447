import { z } from 'zod';
import { MotionThresholdSchema } from '../voting/motion';
import { DateSchema, IdSchema, TimestampSchema } from '../schema/common';
import { VoteResultSchema } from '../platform/outcome';
import { ChairRulingSchema } from '../platform/points-of-order';
import type { CurrentRight } from '../platform/rights';
import type { Meeting } from './agenda';
import { PointKindSchema, type MeetingEvent } from './events';
import { meetingState } from './state';
import { ElectionRecordSchema, QuorumStatusSchema, type MeetingState } from './stateSchema';

const MinutesMotionSchema = z.object({
  id: IdSchema,
  text: z.string(),
  mover: z.string(),
  seconder: z.string().nullable(),
  threshold: MotionThresholdSchema,
  madeAt: TimestampSchema,
  /** The voting module's sentence, verbatim. */
  result: VoteResultSchema.extend({ at: TimestampSchema }).nullable(),
  presentAtVote: z.int().nullable(),
  quorumMetAtVote: z.boolean().nullable(),
  corrected: z.boolean(),
  seq: z.int(),
});

const MinutesPointSchema = z.object({
  id: IdSchema,
  kind: PointKindSchema,
  raisedBy: z.string(),
  raisedAt: TimestampSchema,
  right: z.string().nullable(),
  text: z.string(),
  ruling: ChairRulingSchema.nullable(),
  appeal: z
    .object({
      by: z.string(),
      at: TimestampSchema,
      result: VoteResultSchema.pick({ outcome: true, sentence: true }).nullable(),
    })
    .nullable(),
  summary: z.string(),
  seq: z.int(),
});

export const MinutesItemSchema = z.object({
  /** Null for business done outside any agenda item. */
  itemId: IdSchema.nullable(),
  kind: z.string().nullable(),
  title: z.string(),
  timeBoxMinutes: z.number().nullable(),
  startedAt: TimestampSchema.nullable(),
  endedAt: TimestampSchema.nullable(),
  minutesUsed: z.int().nullable(),
  takenUp: z.boolean(),
  motions: z.array(MinutesMotionSchema),
  elections: z.array(ElectionRecordSchema.omit({ itemId: true })),
  points: z.array(MinutesPointSchema),
  notes: z.array(z.object({ at: TimestampSchema, text: z.string(), seq: z.int() })),
  actionItems: z.array(
    z.object({
      at: TimestampSchema,
      what: z.string(),
      who: z.string(),
      due: z.string().nullable(),
      seq: z.int(),
    }),
  ),
  /** Action items of earlier meetings reported done under this item. */
  actionsDone: z.array(
    z.object({ at: TimestampSchema, what: z.string(), who: z.string(), seq: z.int() }),
  ),
});
export type MinutesItem = z.infer<typeof MinutesItemSchema>;

export const MinutesSchema = z.object({
  meeting: z.object({
    id: IdSchema,
    title: z.string(),
    date: DateSchema,
    place: z.string(),
    county: z.string().nullable(),
  }),
  chair: z.string().nullable(),
  secretary: z.string().nullable(),
  calledToOrderAt: TimestampSchema.nullable(),
  adjournedAt: TimestampSchema.nullable(),
  attendance: z.object({
    /** One row per member: first arrival, and last departure if they left before the end. */
    members: z.array(
      z.object({
        id: IdSchema,
        name: z.string(),
        arrivedAt: TimestampSchema,
        leftAt: TimestampSchema.nullable(),
      }),
    ),
    guests: z.int().min(0),
    quorumRequired: z.int().min(0),
    quorumAtCallToOrder: QuorumStatusSchema.nullable(),
    quorumChanges: z.array(QuorumStatusSchema.extend({ at: TimestampSchema })),
  }),
  items: z.array(MinutesItemSchema),
  actionItems: z.array(z.object({ what: z.string(), who: z.string(), due: z.string().nullable() })),
  secretaryNotes: z.string(),
  /** What the minutes were generated from, so a reader can tell a stale draft. */
  source: z.object({
    eventCount: z.int().min(0),
    lastEventAt: TimestampSchema.nullable(),
    problems: z.array(z.string()),
  }),
});
export type Minutes = z.infer<typeof MinutesSchema>;

export type MinutesOptions = {
  quorum: number;
  /** Display names by member or person id; names given in the log are the fallback. */
  names?: Readonly<Record<string, string>>;
  /** Current Secured Rights, to name the right in a point of order. */
  rights?: readonly CurrentRight[];
  secretaryNotes?: string;
  /** The county's name for the heading (the meeting stores its FIPS code). */
  countyName?: string;
};

const t = (iso: string) => Date.parse(iso);

function presentAt(state: MeetingState, at: string): number {
  const ids = new Set(
    state.attendance
      .filter((a) => t(a.arrivedAt) <= t(at) && (!a.leftAt || t(a.leftAt) > t(at)))
      .map((a) => a.memberId),
  );
  return ids.size;
}

/** Minutes as data, generated only from the meeting's plan and its event log. */
export function generateMinutes(
  meeting: Meeting,
  events: readonly MeetingEvent[],
  opts: MinutesOptions,
): Minutes {
  const state = meetingState(events, { quorum: opts.quorum });
  const name = (id: string) => opts.names?.[id] ?? state.names[id] ?? id;
  const rightLabel = (id: string | null) => {
    if (!id) return null;
    const r = opts.rights?.find((x) => x.id === id);
    return r ? `Secured Right ${r.number} (${r.title})` : `Secured Right ${id}`;
  };

  const motionsFor = (itemId: string | null) =>
    state.motions
      .filter((m) => m.itemId === itemId)
      .map((m) => ({
        id: m.id,
        text: m.text,
        mover: name(m.mover),
        seconder: m.seconder === null ? null : name(m.seconder),
        threshold: m.threshold,
        madeAt: m.madeAt,
        result: m.result,
        presentAtVote: m.presentAtVote,
        quorumMetAtVote: m.quorumMetAtVote,
        corrected: m.corrected,
        seq: m.seq,
      }));
  const electionsFor = (itemId: string | null) =>
    state.elections.filter((e) => e.itemId === itemId).map(({ itemId: _item, ...e }) => e);
  const pointsFor = (itemId: string | null) =>
    state.points
      .filter((p) => p.itemId === itemId)
      .map((p) => ({
        id: p.id,
        kind: p.kind,
        raisedBy: name(p.raisedBy),
        raisedAt: p.raisedAt,
        right: rightLabel(p.rightId),
        text: p.text,
        ruling: p.ruling,
        appeal: p.appeal ? { by: name(p.appeal.by), at: p.appeal.at, result: p.appeal.vote } : null,
        summary: p.summary,
        seq: p.seq,
      }));
  const notesFor = (itemId: string | null) =>
    state.notes
      .filter((n) => n.itemId === itemId)
      .map((n) => ({ at: n.at, text: n.text, seq: n.seq }));
  const actionsFor = (itemId: string | null) =>
    state.actionItems
      .filter((a) => a.itemId === itemId)
      .map((a) => ({ at: a.at, what: a.what, who: name(a.who), due: a.due, seq: a.seq }));
  const doneFor = (itemId: string | null) =>
    [...events.entries()].flatMap(([seq, e]) =>
      e.type === 'action-item-done' &&
      (e.itemId ?? null) === itemId &&
      state.problems.every((p) => p.eventId !== e.id)
        ? [{ at: e.at, what: e.what, who: e.who, seq }]
        : [],
    );

  const section = (
    itemId: string | null,
    head: Pick<MinutesItem, 'kind' | 'title' | 'timeBoxMinutes'>,
  ): MinutesItem => {
    const progress = itemId ? state.items.find((i) => i.itemId === itemId) : undefined;
    const spans = progress?.spans ?? [];
    return {
      itemId,
      ...head,
      startedAt: spans[0]?.start ?? null,
      endedAt: spans.at(-1)?.end ?? null,
      minutesUsed: progress ? Math.round(progress.elapsedMs / 60_000) : null,
      takenUp: spans.length > 0,
      motions: motionsFor(itemId),
      elections: electionsFor(itemId),
      points: pointsFor(itemId),
      notes: notesFor(itemId),
      actionItems: actionsFor(itemId),
      actionsDone: doneFor(itemId),
    };
  };

  const planned = new Set(meeting.agenda.map((a) => a.id));
  const items = meeting.agenda.map((a) =>
    section(a.id, { kind: a.kind, title: a.title, timeBoxMinutes: a.timeBoxMinutes }),
  );
  // Items taken up but later dropped from the agenda still happened, so they stay in the minutes.
  for (const p of state.items) {
    if (!planned.has(p.itemId))
      items.push(
        section(p.itemId, {
          kind: null,
          title: 'Item no longer on the agenda',
          timeBoxMinutes: null,
        }),
      );
  }
  const loose = section(null, { kind: null, title: 'Outside the agenda', timeBoxMinutes: null });
  if (
    loose.motions.length +
      loose.elections.length +
      loose.points.length +
      loose.notes.length +
      loose.actionItems.length +
      loose.actionsDone.length >
    0
  )
    items.push(loose);

  const members = new Map<string, Minutes['attendance']['members'][number]>();
  for (const stay of state.attendance) {
    const row = members.get(stay.memberId);
    if (!row)
      members.set(stay.memberId, {
        id: stay.memberId,
        name: name(stay.memberId),
        arrivedAt: stay.arrivedAt,
        leftAt: stay.leftAt,
      });
    else row.leftAt = stay.leftAt;
  }
  const atStart = state.startedAt ? presentAt(state, state.startedAt) : null;

  return {
    meeting: {
      id: meeting.id,
      title: meeting.title,
      date: meeting.date,
      place: meeting.place,
      county: opts.countyName ?? meeting.county,
    },
    chair: state.chair ? name(state.chair) : null,
    secretary: state.secretary ? name(state.secretary) : null,
    calledToOrderAt: state.startedAt,
    adjournedAt: state.adjournedAt,
    attendance: {
      members: [...members.values()].sort((a, b) => a.name.localeCompare(b.name, 'en')),
      guests: state.guests,
      quorumRequired: opts.quorum,
      quorumAtCallToOrder:
        atStart === null
          ? null
          : { required: opts.quorum, present: atStart, met: atStart >= opts.quorum },
      quorumChanges: state.quorumChanges,
    },
    items,
    actionItems: state.actionItems.map((a) => ({ what: a.what, who: name(a.who), due: a.due })),
    secretaryNotes: opts.secretaryNotes ?? '',
    source: {
      eventCount: events.length,
      lastEventAt: state.lastEventAt,
      problems: state.problems.map((p) => `${p.eventId}: ${p.message}`),
    },
  };
}
