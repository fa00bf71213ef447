import { describe, expect, it } from 'vitest';
import type { MeetingView } from '../../../src/shared/contract/meetings';
import {
  describeEvent,
  lastUndoable,
  meetingState,
  undoLast,
  type MeetingEvent,
} from '../../../src/shared/meetings';
import { call, failure, memberInput, withChapter } from '../foundation/helpers';
import { logBuilder } from './log';

/** Called to order, two items, a queue of two; returns the log and the ids worth naming. */
function meeting() {
  const log = logBuilder();
  for (const id of ['ana', 'ben', 'cy']) log.add({ type: 'member-checked-in', memberId: id });
  log.add({ type: 'meeting-started', chair: 'Ana Ruiz' });
  log.add({ type: 'item-started', itemId: 'reports' });
  log.wait(3);
  const cy = log.add({ type: 'speaker-added', speakerId: 'cy' });
  const ben = log.add({ type: 'speaker-added', speakerId: 'ben' });
  return { log, cy, ben };
}

const state = (events: readonly MeetingEvent[]) => meetingState(events, { quorum: 2 });

function undone(events: readonly MeetingEvent[]): MeetingEvent[] {
  const check = lastUndoable(events);
  if (!check.ok) throw new Error(check.reason);
  const result = undoLast(events, check.event.id);
  if (!result.ok) throw new Error(result.reason);
  return result.events;
}

describe('undoing the live meeting’s last action', () => {
  it('an adjournment: the meeting is in session again, its item still running', () => {
    const { log } = meeting();
    const before = state(log.events);
    log.wait(1);
    log.add({ type: 'meeting-adjourned' });
    expect(state(log.events).phase).toBe('adjourned');
    const after = state(undone(log.events));
    expect(after.phase).toBe('in-session');
    expect(after.adjournedAt).toBeNull();
    expect(after.currentItemId).toBe('reports');
    expect(after.items).toEqual(before.items);
  });

  it('a "Next item": the item before is the current one again, its span still open', () => {
    const { log } = meeting();
    log.add({ type: 'item-started', itemId: 'old-business' });
    const back = state(undone(log.events));
    expect(back.currentItemId).toBe('reports');
    expect(back.items.map((i) => [i.itemId, i.running, i.spans.at(-1)?.end])).toEqual([
      ['reports', true, null],
    ]);
  });

  it('a speaker removed: back in the queue, in the same place', () => {
    const { log, cy } = meeting();
    const queued = state(log.events).speakers.queue.map((e) => e.entryId);
    log.add({ type: 'speaker-removed', entryId: cy });
    expect(state(log.events).speakers.queue.map((e) => e.entryId)).not.toContain(cy);
    expect(state(undone(log.events)).speakers.queue.map((e) => e.entryId)).toEqual(queued);
  });

  it('steps back one action at a time, and says when nothing is left', () => {
    const { log } = meeting();
    let events: MeetingEvent[] = log.events;
    for (let i = 0; i < log.events.length; i++) events = undone(events);
    expect(events).toEqual([]);
    expect(lastUndoable(events)).toEqual({ ok: false, reason: 'Nothing has been recorded yet.' });
  });

  it('a motion or an appeal stays (its vote is in the vote log), and so does a ruling', () => {
    const { log } = meeting();
    const motion = log.add({
      type: 'motion-made',
      text: 'That we hold a town hall.',
      mover: 'Ana Ruiz',
      seconder: null,
      threshold: 'majority-cast',
    });
    const check = lastUndoable(log.events);
    expect(check).toEqual({
      ok: false,
      reason: expect.stringMatching(/motion.*vote log/) as string,
    });
    expect(undoLast(log.events, motion).ok).toBe(false);
    const point = log.add({
      type: 'point-raised',
      kind: 'order',
      by: 'Ben Ode',
      text: 'Off topic',
    });
    log.add({ type: 'point-ruled', pointId: point, ruling: 'well-taken' });
    expect(lastUndoable(log.events).ok).toBe(false);
  });

  it('passes over results merged in from the vote log', () => {
    const { log, ben } = meeting();
    const note = log.add({ type: 'note-added', text: 'Flo will write to the board.' });
    log.add({
      type: 'vote-recorded',
      motionId: ben,
      outcome: 'adopted',
      sentence: 'Adopted.',
    });
    const check = lastUndoable(log.events);
    expect(check.ok && check.event.id).toBe(note);
  });

  it('refuses when something else was recorded since the chair saw the button', () => {
    const { log, ben } = meeting();
    const seen = log.add({ type: 'guests-set', count: 2 });
    log.add({ type: 'speaker-started', entryId: ben });
    expect(undoLast(log.events, seen)).toEqual({
      ok: false,
      reason: 'Something else was recorded since; look at the meeting again before undoing.',
    });
  });

  it('names what it would undo', () => {
    const { log, cy } = meeting();
    log.add({ type: 'speaker-removed', entryId: cy });
    log.add({ type: 'item-started', itemId: 'old-business' });
    log.add({ type: 'meeting-adjourned' });
    const look = {
      name: (id: string) => ({ cy: 'Cy Park', ben: 'Ben Ode' })[id] ?? id,
      itemTitle: (id: string) => (id === 'old-business' ? 'Old business' : id),
    };
    const labels = log.events.slice(-3).map((e) => describeEvent(e, log.events, look));
    expect(labels).toEqual([
      'Cy Park removed from the queue',
      'start of “Old business”',
      'adjournment',
    ]);
  });
});

describe('meetings.undo', () => {
  it('takes back an adjournment; refuses a stale id and a motion', async () => {
    const b = await withChapter();
    for (const name of ['Ana Ruiz', 'Ben Ode'])
      await call(b.dispatch, 'members.add', memberInput(name));
    const { id } = await call<{ id: string }>(b.dispatch, 'meetings.create', {
      title: 'March meeting',
      date: '2026-03-05',
      startTime: '19:00',
      place: 'Library',
      county: null,
      template: 'standard',
    });
    const event = (e: unknown) => call<MeetingView>(b.dispatch, 'meetings.event', { id, event: e });
    await event({ type: 'meeting-started' });
    let view = await event({ type: 'meeting-adjourned' });
    const adjourned = view.log.at(-1)!.id;
    view = await call<MeetingView>(b.dispatch, 'meetings.undo', { id, eventId: adjourned });
    expect(meetingState(view.log, { quorum: view.quorum }).phase).toBe('in-session');
    // The same undo again: the adjournment is gone, the last event is the call to order.
    expect((await failure(b.dispatch, 'meetings.undo', { id, eventId: adjourned })).message).toBe(
      'Something else was recorded since; look at the meeting again before undoing.',
    );
    await call(b.dispatch, 'meetings.motion', {
      meetingId: id,
      text: 'That we hold a town hall.',
      mover: 'Ana Ruiz',
      threshold: 'majority-cast',
    });
    view = await call<MeetingView>(b.dispatch, 'meetings.get', { id });
    const error = await failure(b.dispatch, 'meetings.undo', { id, eventId: view.log.at(-1)!.id });
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/motion.*vote log/);
  });
});
