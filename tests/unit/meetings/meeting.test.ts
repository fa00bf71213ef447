import { describe, expect, it } from 'vitest';
import {
  agendaFromTemplate,
  generateMinutes,
  meetingState,
  MeetingEventLogSchema,
  MeetingEventSchema,
  MinutesSchema,
  minutesToMarkdown,
  nextItemId,
  STANDARD_ORDER_OF_BUSINESS,
  type Meeting,
} from '../../../src/shared/meetings';
import { logBuilder } from './log';

const PASSED = 'The motion is adopted, 5 in favor, 1 against, 0 abstaining.';
const TWO_THIRDS = 'The motion is adopted by two-thirds, 5 in favor, 1 against.';
const APPEAL_FAILED = 'The motion fails, 2 in favor, 4 against.';

const meeting: Meeting = {
  id: 'mtg-apr',
  title: 'April chapter meeting',
  date: '2025-04-03',
  startTime: '19:00',
  place: 'Eastside Library, Room B',
  county: '48453',
  agenda: agendaFromTemplate(STANDARD_ORDER_OF_BUSINESS, (i) => `it${i + 1}`),
};
const names = {
  ana: 'Ana Ruiz',
  ben: 'Ben Ode',
  cy: 'Cy Park',
  dee: 'Dee Fox',
  eve: 'Eve Lin',
  fay: 'Fay Moss',
};

/** A small but whole meeting: check-in, a policy debate with a queue, an amendment, adoption, a point of order, adjournment. */
function smallMeeting() {
  const log = logBuilder('2025-04-03T18:55:00-05:00');
  for (const id of ['ana', 'ben', 'cy', 'dee'])
    log.add({ type: 'member-checked-in', memberId: id });
  log.wait(5);
  log.add({ type: 'meeting-started', chair: 'ana', secretary: 'ben' });
  log.add({ type: 'item-started', itemId: 'it1' });
  log.wait(2);
  log.add({ type: 'item-started', itemId: 'it2' }); // one keystroke: starting the next item ends this one
  log.add({ type: 'member-checked-in', memberId: 'eve' });
  log.add({ type: 'guests-set', count: 2 });
  log.wait(3);
  log.add({ type: 'item-ended', itemId: 'it2' });
  log.add({ type: 'item-started', itemId: 'it6' }); // new business
  const s1 = log.add({ type: 'speaker-added', speakerId: 'cy' });
  log.add({ type: 'speaker-added', speakerId: 'dee' });
  log.add({ type: 'speaker-started', entryId: s1 });
  log.wait(2);
  log.add({ type: 'speaker-finished', entryId: s1 });
  const amend = log.add({
    type: 'motion-made',
    text: 'Amend "Free school meals" to add summer meals.',
    mover: 'cy',
    seconder: 'dee',
    threshold: 'majority-cast',
    subject: { type: 'amendment', policyId: 'p-meals', amendmentId: 'am1' },
  });
  log.wait(1);
  log.add({ type: 'vote-recorded', motionId: amend, outcome: 'adopted', sentence: PASSED });
  const point = log.add({
    type: 'point-raised',
    kind: 'secured-right',
    by: 'eve',
    rightId: 'r-speech',
    policyId: 'p-meals',
    text: 'Section 3 limits leafleting',
  });
  log.add({
    type: 'point-ruled',
    pointId: point,
    ruling: 'not-well-taken',
    note: 'Section 3 was struck by the amendment.',
  });
  const appeal = log.add({ type: 'ruling-appealed', pointId: point, by: 'eve', seconder: 'cy' });
  log.add({ type: 'vote-recorded', motionId: appeal, outcome: 'failed', sentence: APPEAL_FAILED });
  const adopt = log.add({
    type: 'motion-made',
    text: 'Adopt "Free school meals" as amended.',
    mover: 'dee',
    seconder: 'ana',
    threshold: 'two-thirds-cast',
    subject: { type: 'policy-adoption', policyId: 'p-meals' },
  });
  log.wait(2);
  log.add({ type: 'vote-recorded', motionId: adopt, outcome: 'adopted', sentence: TWO_THIRDS });
  log.add({
    type: 'action-item-added',
    what: 'Send the adopted text to the printer',
    who: 'ben',
    due: '2025-04-10',
  });
  log.add({ type: 'note-added', text: 'Members asked for a Spanish edition.' });
  log.add({ type: 'member-checked-out', memberId: 'dee' });
  log.wait(10);
  log.add({ type: 'meeting-adjourned' });
  return log;
}

describe('meeting state', () => {
  it('validates the log with the event union', () => {
    const { events } = smallMeeting();
    expect(MeetingEventLogSchema.safeParse(events).success).toBe(true);
    expect(
      MeetingEventSchema.safeParse({
        type: 'point-raised',
        id: 'x',
        at: events[0]!.at,
        kind: 'secured-right',
        by: 'a',
        text: '',
      }).success,
    ).toBe(false);
    expect(
      MeetingEventSchema.safeParse({ type: 'guests-set', id: 'x', at: 'yesterday', count: 1 })
        .success,
    ).toBe(false);
  });

  it('tracks items, elapsed time, presence and quorum', () => {
    const log = logBuilder('2025-04-03T19:00:00-05:00');
    log.add({ type: 'member-checked-in', memberId: 'ana' });
    log.add({ type: 'meeting-started' });
    log.add({ type: 'item-started', itemId: 'it1' });
    log.wait(3);
    log.add({ type: 'member-checked-in', memberId: 'ben', name: 'Ben Ode' });
    log.add({ type: 'member-checked-in', memberId: 'ben' }); // double tap is harmless
    const s = meetingState(log.events, { quorum: 2, now: '2025-04-03T19:04:30-05:00' });
    expect(s.phase).toBe('in-session');
    expect(s.currentItemId).toBe('it1');
    expect(s.items[0]!.elapsedMs).toBe(4.5 * 60_000);
    expect(s.present.map((p) => p.memberId)).toEqual(['ana', 'ben']);
    expect(s.quorum).toEqual({ required: 2, present: 2, met: true });
    expect(s.quorumChanges.map((c) => c.met)).toEqual([false, true]);
    expect(s.names).toEqual({ ben: 'Ben Ode' });
    expect(nextItemId(meeting.agenda, s)).toBe('it2');
  });

  it('freezes presence at each vote and ends everything at adjournment', () => {
    const s = meetingState(smallMeeting().events, { quorum: 4 });
    expect(s.phase).toBe('adjourned');
    expect(s.currentItemId).toBeNull();
    expect(s.items.every((i) => !i.running)).toBe(true);
    expect(s.motions.map((m) => [m.presentAtVote, m.quorumMetAtVote])).toEqual([
      [5, true],
      [5, true],
    ]);
    expect(s.points[0]).toMatchObject({ kind: 'secured-right', appealId: 'e20', itemId: 'it6' });
    expect(s.points[0]!.summary).toContain('sustained');
    expect(s.pendingMotionIds).toEqual([]);
    expect(s.problems).toEqual([]);
  });

  it('reports events after adjournment and a vote on an unknown motion', () => {
    const log = smallMeeting();
    log.add({ type: 'item-started', itemId: 'it7' });
    log.add({ type: 'vote-recorded', motionId: 'nope', outcome: 'adopted', sentence: PASSED });
    const s = meetingState(log.events, { quorum: 4 });
    expect(s.problems.map((p) => p.message)).toEqual([
      'The meeting was already adjourned; this was ignored.',
      'No motion or appeal with that id was made.',
    ]);
  });
});

describe('minutes', () => {
  const minutes = generateMinutes(meeting, smallMeeting().events, {
    quorum: 4,
    names,
    secretaryNotes: 'Draft for approval in May.',
  });

  it('is a valid minutes object with attendance and quorum', () => {
    expect(MinutesSchema.safeParse(minutes).success).toBe(true);
    expect(minutes.chair).toBe('Ana Ruiz');
    expect(minutes.secretary).toBe('Ben Ode');
    expect(minutes.attendance.members.map((m) => m.name)).toEqual([
      'Ana Ruiz',
      'Ben Ode',
      'Cy Park',
      'Dee Fox',
      'Eve Lin',
    ]);
    expect(minutes.attendance.quorumAtCallToOrder).toEqual({ required: 4, present: 4, met: true });
    expect(minutes.attendance.guests).toBe(2);
  });

  it('lists each item with its times, motions and results verbatim', () => {
    const byId = new Map(minutes.items.map((i) => [i.itemId, i]));
    expect(byId.get('it1')).toMatchObject({
      startedAt: '2025-04-03T19:00:00-05:00',
      endedAt: '2025-04-03T19:02:00-05:00',
      minutesUsed: 2,
    });
    expect(byId.get('it3')!.takenUp).toBe(false);
    const nb = byId.get('it6')!;
    expect(nb.motions.map((m) => [m.mover, m.seconder, m.result?.sentence])).toEqual([
      ['Cy Park', 'Dee Fox', PASSED],
      ['Dee Fox', 'Ana Ruiz', TWO_THIRDS],
    ]);
    expect(nb.points[0]).toMatchObject({
      raisedBy: 'Eve Lin',
      right: 'Secured Right r-speech',
      appeal: { by: 'Eve Lin', result: { outcome: 'failed' } },
    });
    expect(nb.actionItems).toMatchObject([
      { what: 'Send the adopted text to the printer', who: 'Ben Ode', due: '2025-04-10' },
    ]);
    expect(nb.notes.map((n) => n.text)).toEqual(['Members asked for a Spanish edition.']);
    expect(minutes.items).toHaveLength(10);
  });

  it('renders Markdown', () => {
    const md = minutesToMarkdown(
      generateMinutes(meeting, smallMeeting().events, {
        quorum: 4,
        names,
        rights: [{ id: 'r-speech', number: 2, title: 'Free expression', text: '', version: 1 }],
        secretaryNotes: 'Draft for approval in May.',
        countyName: 'Travis County',
      }),
    );
    expect(md).toMatchSnapshot();
    expect(md).toContain(`Result: ${TWO_THIRDS}`);
    expect(md).toContain('violates Secured Right 2 (Free expression)');
    expect(md).toContain('### 3. Approval of the last minutes — not taken up');
    expect(md).toContain('2025-04-03 · Eastside Library, Room B · Travis County');
    // Business within an item is told in the order it happened.
    expect(md.indexOf('Point of order')).toBeGreaterThan(md.indexOf('Amend "Free school meals"'));
    expect(md.indexOf('Point of order')).toBeLessThan(md.indexOf('Adopt "Free school meals"'));
  });
});
