/**
 * Action items across meetings: one recorded at a meeting stays open until a later meeting
 * reports it done (an `action-item-done` event), and every open one is carried to the next
 * meetings' old business, on the agenda, the live screen and the minutes.
 */
import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../schema/common';
import type { StoredMeeting } from './stored';

export const CarriedActionSchema = z.object({
  /** The id of the `action-item-added` event. */
  id: IdSchema,
  what: z.string(),
  who: z.string(),
  due: z.string().nullable(),
  from: z.object({ meetingId: IdSchema, title: z.string(), date: z.string() }),
  /** When this meeting reported it done; null while it is open. */
  doneAt: TimestampSchema.nullable(),
});
export type CarriedAction = z.infer<typeof CarriedActionSchema>;

type Dated = Pick<StoredMeeting, 'id' | 'date' | 'createdAt'>;

const byDate = (a: Dated, b: Dated) =>
  a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt);

/**
 * The action items of the meetings before this one that no other meeting has reported done:
 * open ones, and those this meeting reported done (with when), oldest meeting first.
 */
export function carriedActions(
  meetings: readonly StoredMeeting[],
  meetingId: string,
): CarriedAction[] {
  const meeting = meetings.find((m) => m.id === meetingId);
  if (!meeting) return [];
  const doneHere = new Map<string, string>();
  const doneElsewhere = new Set<string>();
  for (const m of meetings)
    for (const e of m.events)
      if (e.type === 'action-item-done') {
        if (m.id === meetingId) doneHere.set(e.actionItemId, e.at);
        else doneElsewhere.add(e.actionItemId);
      }
  const earlier = meetings.filter((m) => m.id !== meetingId && byDate(m, meeting) < 0);
  return earlier.sort(byDate).flatMap((m) =>
    m.events.flatMap((e) =>
      e.type === 'action-item-added' && !doneElsewhere.has(e.id)
        ? [
            {
              id: e.id,
              what: e.what,
              who: e.who,
              due: e.due ?? null,
              from: { meetingId: m.id, title: m.title, date: m.date },
              doneAt: doneHere.get(e.id) ?? null,
            },
          ]
        : [],
    ),
  );
}
