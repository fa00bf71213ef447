import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../schema/common';
import type { MeetingEvent } from './events';

export const QueueEntryKindSchema = z.enum(['speak', 'order', 'information', 'secured-right']);

export const QueueEntrySchema = z.object({
  entryId: IdSchema,
  speakerId: z.string(),
  name: z.string().nullable(),
  kind: QueueEntryKindSchema,
  rightId: IdSchema.nullable(),
  /** Has this person already spoken in debate on the current item? */
  hasSpoken: z.boolean(),
  movedByChair: z.boolean(),
  addedAt: TimestampSchema,
});
export type QueueEntry = z.infer<typeof QueueEntrySchema>;

export const CurrentSpeakerSchema = QueueEntrySchema.pick({
  entryId: true,
  speakerId: true,
  name: true,
  kind: true,
  rightId: true,
}).extend({ startedAt: TimestampSchema });
export type CurrentSpeaker = z.infer<typeof CurrentSpeakerSchema>;

export const SpeechSchema = z.object({
  entryId: IdSchema,
  speakerId: z.string(),
  kind: QueueEntryKindSchema,
  itemId: IdSchema.nullable(),
  startedAt: TimestampSchema,
  finishedAt: TimestampSchema.nullable(),
});
export type Speech = z.infer<typeof SpeechSchema>;

export const SpeakersQueueSchema = z.object({
  itemId: IdSchema.nullable(),
  queue: z.array(QueueEntrySchema),
  current: CurrentSpeakerSchema.nullable(),
  /** Who has spoken in debate on the current item, in the order they first spoke. */
  spoken: z.array(z.string()),
  speeches: z.array(SpeechSchema),
  problems: z.array(z.object({ eventId: IdSchema, message: z.string() })),
});
export type SpeakersQueue = z.infer<typeof SpeakersQueueSchema>;

/*
 * Progressive stack as sort keys: [bucket, seq].
 *   bucket 0 = points of order / information (they jump the queue),
 *   bucket 1 = moved to the front by the chair,
 *   bucket 2 = has not spoken on this item yet, bucket 3 = has spoken;
 *   seq = position of the joining event in the log, so equals keep their joining order.
 * A chair's move gives the entry a key between its new neighbours, so later arrivals still
 * sort by the ordinary rule around it. All seqs stay below the current event index.
 */
type Key = readonly [number, number];
type Entry = Omit<QueueEntry, 'hasSpoken'> & { key: Key };
type Scope = { entries: Map<string, Entry>; spoken: string[]; current: CurrentSpeaker | null };

const cmp = (a: Key, b: Key) => a[0] - b[0] || a[1] - b[1];

function ordered(scope: Scope): Entry[] {
  return [...scope.entries.values()].sort((x, y) => cmp(x.key, y.key));
}

function keyForMove(others: readonly Entry[], toIndex: number, eventIndex: number): Key | null {
  const k = Math.min(toIndex, others.length);
  const before = others[k - 1];
  const after = others[k];
  if (!before && !after) return null;
  if (!before) return after!.key[0] <= 1 ? [after!.key[0], after!.key[1] - 1] : [1, 0];
  if (!after || after.key[0] !== before.key[0])
    return [before.key[0], (before.key[1] + eventIndex) / 2];
  return [before.key[0], (before.key[1] + after.key[1]) / 2];
}

const POINT_KIND = {
  order: 'order',
  information: 'information',
  'secured-right': 'secured-right',
} as const;

/** The speakers' queue for the current item, computed from the meeting's events alone. */
export function speakersQueue(events: readonly MeetingEvent[]): SpeakersQueue {
  const scopes = new Map<string, Scope>();
  const scopeOf = (itemId: string | null) => {
    const key = itemId ?? '';
    let s = scopes.get(key);
    if (!s) scopes.set(key, (s = { entries: new Map(), spoken: [], current: null }));
    return s;
  };
  let itemId: string | null = null;
  const speeches: Speech[] = [];
  const problems: { eventId: string; message: string }[] = [];
  const finishCurrent = (scope: Scope, at: string) => {
    if (!scope.current) return;
    const speech = speeches.findLast((s) => s.entryId === scope.current!.entryId);
    if (speech && !speech.finishedAt) speech.finishedAt = at;
    scope.current = null;
  };

  events.forEach((e, index) => {
    const scope = scopeOf(itemId);
    switch (e.type) {
      case 'item-started':
        finishCurrent(scope, e.at);
        itemId = e.itemId;
        break;
      case 'item-ended':
        finishCurrent(scope, e.at);
        if (itemId === e.itemId) itemId = null;
        break;
      case 'speaker-added': {
        const queued = [...scope.entries.values()].some(
          (x) => x.speakerId === e.speakerId && x.kind === 'speak',
        );
        if (queued) {
          problems.push({
            eventId: e.id,
            message: `${e.name ?? e.speakerId} is already in the queue.`,
          });
          break;
        }
        const bucket = scope.spoken.includes(e.speakerId) ? 3 : 2;
        scope.entries.set(e.id, {
          entryId: e.id,
          speakerId: e.speakerId,
          name: e.name ?? null,
          kind: 'speak',
          rightId: null,
          movedByChair: false,
          addedAt: e.at,
          key: [bucket, index],
        });
        break;
      }
      case 'point-raised':
        scope.entries.set(e.id, {
          entryId: e.id,
          speakerId: e.by,
          name: null,
          kind: POINT_KIND[e.kind],
          rightId: e.rightId ?? null,
          movedByChair: false,
          addedAt: e.at,
          key: [0, index],
        });
        break;
      case 'point-ruled':
        // A ruled point no longer waits to be heard.
        scope.entries.delete(e.pointId);
        break;
      case 'speaker-started': {
        const entry = scope.entries.get(e.entryId);
        if (!entry) {
          problems.push({ eventId: e.id, message: 'That speaker is not in the current queue.' });
          break;
        }
        finishCurrent(scope, e.at);
        scope.entries.delete(e.entryId);
        scope.current = {
          entryId: entry.entryId,
          speakerId: entry.speakerId,
          name: entry.name,
          kind: entry.kind,
          rightId: entry.rightId,
          startedAt: e.at,
        };
        speeches.push({
          entryId: entry.entryId,
          speakerId: entry.speakerId,
          kind: entry.kind,
          itemId,
          startedAt: e.at,
          finishedAt: null,
        });
        // Only debate counts as having spoken; raising a point does not cost a place.
        if (entry.kind === 'speak' && !scope.spoken.includes(entry.speakerId))
          scope.spoken.push(entry.speakerId);
        break;
      }
      case 'speaker-finished':
        if (scope.current?.entryId === e.entryId) finishCurrent(scope, e.at);
        else problems.push({ eventId: e.id, message: 'That speaker is not speaking now.' });
        break;
      case 'speaker-removed':
        if (!scope.entries.delete(e.entryId))
          problems.push({ eventId: e.id, message: 'That speaker is not in the current queue.' });
        break;
      case 'speaker-moved': {
        const entry = scope.entries.get(e.entryId);
        if (!entry) {
          problems.push({ eventId: e.id, message: 'That speaker is not in the current queue.' });
          break;
        }
        const others = ordered(scope).filter((x) => x.entryId !== e.entryId);
        const key = keyForMove(others, e.toIndex, index);
        if (key) scope.entries.set(e.entryId, { ...entry, key, movedByChair: true });
        break;
      }
      case 'meeting-adjourned':
        finishCurrent(scope, e.at);
        break;
      default:
        break;
    }
  });

  const scope = scopeOf(itemId);
  return {
    itemId,
    queue: ordered(scope).map((x) => ({
      entryId: x.entryId,
      speakerId: x.speakerId,
      name: x.name,
      kind: x.kind,
      rightId: x.rightId,
      hasSpoken: scope.spoken.includes(x.speakerId),
      movedByChair: x.movedByChair,
      addedAt: x.addedAt,
    })),
    current: scope.current,
    spoken: [...scope.spoken],
    speeches,
    problems,
  };
}
