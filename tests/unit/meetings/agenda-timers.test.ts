import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addAgendaItem,
  agendaFromTemplate,
  AgendaItemSchema,
  formatDuration,
  itemTimer,
  moveDown,
  moveToIndex,
  moveUp,
  plannedSchedule,
  speakerTimer,
  STANDARD_ORDER_OF_BUSINESS,
  totalTimeBoxMinutes,
} from '../../../src/shared/meetings';

const agenda = agendaFromTemplate(STANDARD_ORDER_OF_BUSINESS, (i) => `it${i + 1}`);

describe('agenda', () => {
  it('follows the standard order of business with time boxes', () => {
    expect(agenda.map((a) => a.title)).toEqual([
      'Call to order',
      'Attendance and quorum',
      'Approval of the last minutes',
      'Reports',
      'Old business',
      'New business',
      'Candidate interviews',
      'Outreach planning',
      'Open floor',
      'Adjournment',
    ]);
    expect(agenda.every((a) => AgendaItemSchema.safeParse(a).success)).toBe(true);
    expect(totalTimeBoxMinutes(agenda)).toBe(134);
    expect(plannedSchedule(agenda, '19:00').at(-1)).toEqual({
      itemId: 'it10',
      start: '21:12',
      end: '21:14',
    });
  });

  it('moves items up, down and to an index, harmlessly at the edges', () => {
    const ids = (l: readonly { id: string }[]) => l.map((x) => x.id);
    const three = agenda.slice(0, 3);
    expect(ids(moveUp(three, 'it2'))).toEqual(['it2', 'it1', 'it3']);
    expect(ids(moveUp(three, 'it1'))).toEqual(['it1', 'it2', 'it3']);
    expect(ids(moveDown(three, 'it3'))).toEqual(['it1', 'it2', 'it3']);
    expect(ids(moveDown(three, 'it1'))).toEqual(['it2', 'it1', 'it3']);
    expect(ids(moveToIndex(three, 'it3', 0))).toEqual(['it3', 'it1', 'it2']);
    expect(ids(moveToIndex(three, 'nope', 0))).toEqual(['it1', 'it2', 'it3']);
    const linked = {
      id: 'x',
      kind: 'new-business' as const,
      title: 'Free school meals',
      timeBoxMinutes: 20,
      link: { type: 'policy' as const, policyId: 'p1' },
      description: '',
    };
    expect(ids(addAgendaItem(three, linked, 1))).toEqual(['it1', 'x', 'it2', 'it3']);
  });

  it('moveToIndex keeps every item exactly once and lands where asked', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.nat(), fc.nat(20), (n, pick, to) => {
        const list = Array.from({ length: n }, (_, i) => ({ id: `i${i}` }));
        const id = `i${pick % n}`;
        const moved = moveToIndex(list, id, to);
        expect([...moved].map((x) => x.id).sort()).toEqual(list.map((x) => x.id).sort());
        expect(moved.findIndex((x) => x.id === id)).toBe(Math.min(to, n - 1));
      }),
    );
  });
});

describe('timers', () => {
  const start = '2025-04-03T19:00:00-05:00';
  it('counts an item down across resumed spans and flags overrun', () => {
    const spans = [
      { start, end: '2025-04-03T19:03:00-05:00' },
      { start: '2025-04-03T19:10:00-05:00', end: null },
    ];
    expect(itemTimer(spans, 5, '2025-04-03T19:11:00-05:00')).toEqual({
      elapsedMs: 240_000,
      remainingMs: 60_000,
      overrun: false,
      overrunMs: 0,
    });
    const over = itemTimer(spans, 5, '2025-04-03T19:12:30-05:00');
    expect(over).toMatchObject({ overrun: true, overrunMs: 30_000 });
    expect(formatDuration(over.remainingMs)).toBe('−0:30');
  });

  it('gives speakers two minutes by default', () => {
    expect(speakerTimer(start, '2025-04-03T19:01:45-05:00')).toMatchObject({
      remainingMs: 15_000,
      overrun: false,
    });
    expect(speakerTimer(start, '2025-04-03T19:02:01-05:00').overrun).toBe(true);
    expect(speakerTimer(start, '2025-04-03T19:02:01-05:00', 3).overrun).toBe(false);
    expect(formatDuration(3_723_000)).toBe('1:02:03');
  });
});
