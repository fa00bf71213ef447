/**
 * The live meeting's undo: the chair can take back the last thing recorded (a misclicked
 * "Next item", an adjournment, a speaker removed…), one step at a time. Undoing removes that
 * last event from the log, so every reading of the log (state, minutes, decisions) is as if it
 * never happened. Events that started something kept elsewhere cannot be undone: a motion and
 * an appeal have their votes in the vote log, which never forgets, and a ruling of the chair
 * may already have become a finding in a policy's rights review.
 */
import type { MeetingEvent } from './events';

const KEPT: Partial<Record<MeetingEvent['type'], string>> = {
  'motion-made':
    'The last action was a motion: its vote is in the vote log and stays. Record its result instead.',
  'election-opened':
    'The last action opened an election: its ballots are in the vote log and stay. Certify its result instead.',
  'ruling-appealed':
    'The last action was an appeal: its vote is in the vote log and stays. Record its result instead.',
  'point-ruled':
    'The last action was a ruling of the chair: it stands, and the meeting may appeal it.',
};

export type UndoCheck = { ok: true; event: MeetingEvent } | { ok: false; reason: string };

/**
 * The event an undo would take back: the log's last (results merged in from the vote log are
 * not the meeting's own events and are passed over).
 */
export function lastUndoable(events: readonly MeetingEvent[]): UndoCheck {
  const event = events.findLast((e) => e.type !== 'vote-recorded');
  if (!event) return { ok: false, reason: 'Nothing has been recorded yet.' };
  const kept = KEPT[event.type];
  return kept ? { ok: false, reason: kept } : { ok: true, event };
}

/**
 * The log without its last event, when that is `eventId` (what the chair saw named on the undo
 * button: anything recorded since makes the undo refuse, rather than take back something else).
 */
export function undoLast(
  events: readonly MeetingEvent[],
  eventId: string,
): { ok: true; events: MeetingEvent[]; undone: MeetingEvent } | { ok: false; reason: string } {
  const check = lastUndoable(events);
  if (!check.ok) return check;
  if (check.event.id !== eventId)
    return {
      ok: false,
      reason: 'Something else was recorded since; look at the meeting again before undoing.',
    };
  return { ok: true, events: events.filter((e) => e !== check.event), undone: check.event };
}

/** How the undo button names an event: "Undo: start of “Reports”". */
export function describeEvent(
  event: MeetingEvent,
  events: readonly MeetingEvent[],
  look: { name: (id: string) => string; itemTitle: (id: string) => string },
): string {
  const speaker = (entryId: string) => {
    const added = events.find((e) => e.id === entryId);
    if (added?.type === 'speaker-added') return look.name(added.speakerId);
    if (added?.type === 'point-raised') return added.by;
    return 'the speaker';
  };
  switch (event.type) {
    case 'meeting-started':
      return 'call to order';
    case 'member-checked-in':
      return `check-in of ${look.name(event.memberId)}`;
    case 'member-checked-out':
      return `check-out of ${look.name(event.memberId)}`;
    case 'guests-set':
      return `guests set to ${event.count}`;
    case 'item-started':
      return `start of “${look.itemTitle(event.itemId)}”`;
    case 'item-ended':
      return `end of “${look.itemTitle(event.itemId)}”`;
    case 'speaker-added':
      return `${look.name(event.speakerId)} added to the queue`;
    case 'speaker-started':
      return `${speaker(event.entryId)} called to speak`;
    case 'speaker-finished':
      return `${speaker(event.entryId)} finished speaking`;
    case 'speaker-removed':
      return `${speaker(event.entryId)} removed from the queue`;
    case 'speaker-moved':
      return `${speaker(event.entryId)} moved in the queue`;
    case 'point-raised':
      return `point raised by ${event.by}`;
    case 'note-added':
      return 'note added';
    case 'action-item-added':
      return `action item for ${event.who}`;
    case 'action-item-done':
      return `“${event.what}” marked done`;
    case 'meeting-adjourned':
      return 'adjournment';
    case 'point-ruled':
      return 'ruling of the chair';
    case 'ruling-appealed':
      return 'appeal';
    case 'motion-made':
      return 'motion';
    case 'election-opened':
      return 'election';
    case 'vote-recorded':
      return 'result';
  }
}
