import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { speakersQueue, type MeetingEvent, type QueueEntry } from '../../../src/shared/meetings';
import { logBuilder } from './log';

const ids = (q: readonly QueueEntry[]) => q.map((e) => e.speakerId);

describe('speakers queue (progressive stack)', () => {
  it('puts people who have not spoken on this item ahead of those who have', () => {
    const log = logBuilder();
    log.add({ type: 'item-started', itemId: 'i1' });
    const ana = log.add({ type: 'speaker-added', speakerId: 'ana' });
    log.add({ type: 'speaker-started', entryId: ana });
    log.add({ type: 'speaker-added', speakerId: 'ana' }); // Ana wants to speak again
    log.add({ type: 'speaker-added', speakerId: 'ben' });
    log.add({ type: 'speaker-added', speakerId: 'cy' });
    const q = speakersQueue(log.events);
    expect(ids(q.queue)).toEqual(['ben', 'cy', 'ana']);
    expect(q.queue.map((e) => e.hasSpoken)).toEqual([false, false, true]);
    expect(q.current).toMatchObject({ speakerId: 'ana' });
  });

  it('lets points of order and information jump the queue, and a ruling clears the point', () => {
    const log = logBuilder();
    log.add({ type: 'item-started', itemId: 'i1' });
    log.add({ type: 'speaker-added', speakerId: 'ben' });
    const info = log.add({
      type: 'point-raised',
      kind: 'information',
      by: 'dee',
      text: 'What does it cost?',
    });
    const order = log.add({
      type: 'point-raised',
      kind: 'secured-right',
      by: 'eve',
      rightId: 'r2',
      text: 'Violates free expression',
    });
    expect(speakersQueue(log.events).queue.map((e) => e.entryId)).toEqual([info, order, 'e2']);
    log.add({ type: 'point-ruled', pointId: order, ruling: 'not-well-taken' });
    log.add({ type: 'speaker-started', entryId: info });
    const q = speakersQueue(log.events);
    expect(ids(q.queue)).toEqual(['ben']);
    // Raising a point is not debate: Dee still counts as a first-time speaker.
    expect(q.spoken).toEqual([]);
  });

  it('lets the chair move a speaker to the front or to a position', () => {
    const log = logBuilder();
    log.add({ type: 'item-started', itemId: 'i1' });
    const a = log.add({ type: 'speaker-added', speakerId: 'ana' });
    log.add({ type: 'speaker-started', entryId: a });
    const again = log.add({ type: 'speaker-added', speakerId: 'ana' });
    log.add({ type: 'speaker-added', speakerId: 'ben' });
    log.add({ type: 'speaker-added', speakerId: 'cy' });
    log.add({ type: 'speaker-moved', entryId: again, toIndex: 0 });
    expect(ids(speakersQueue(log.events).queue)).toEqual(['ana', 'ben', 'cy']);
    // A later first-time speaker does not pass someone the chair put first.
    log.add({ type: 'speaker-added', speakerId: 'dee' });
    expect(ids(speakersQueue(log.events).queue)).toEqual(['ana', 'ben', 'cy', 'dee']);
    log.add({ type: 'speaker-moved', entryId: again, toIndex: 2 });
    expect(ids(speakersQueue(log.events).queue)).toEqual(['ben', 'cy', 'ana', 'dee']);
    expect(speakersQueue(log.events).queue[2]!.movedByChair).toBe(true);
  });

  it('keeps each item its own queue and spoken list', () => {
    const log = logBuilder();
    log.add({ type: 'item-started', itemId: 'i1' });
    const a = log.add({ type: 'speaker-added', speakerId: 'ana' });
    log.add({ type: 'speaker-started', entryId: a });
    log.add({ type: 'speaker-added', speakerId: 'ben' });
    log.add({ type: 'item-started', itemId: 'i2' });
    log.add({ type: 'speaker-added', speakerId: 'ana' });
    const q = speakersQueue(log.events);
    expect(q.itemId).toBe('i2');
    expect(q.queue.map((e) => [e.speakerId, e.hasSpoken])).toEqual([['ana', false]]);
    // Moving to the next item ends the running speech.
    expect(q.speeches[0]!.finishedAt).toBe(log.events[4]!.at);
  });

  it('reports, and otherwise ignores, events that make no sense', () => {
    const log = logBuilder();
    log.add({ type: 'speaker-added', speakerId: 'ana' });
    log.add({ type: 'speaker-added', speakerId: 'ana' });
    log.add({ type: 'speaker-started', entryId: 'nope' });
    const q = speakersQueue(log.events);
    expect(q.queue).toHaveLength(1);
    expect(q.problems.map((p) => p.eventId)).toEqual(['e2', 'e3']);
  });
});

/* Property tests: random sessions built from commands that are valid at the moment they run. */
type Cmd =
  | { c: 'add'; who: number }
  | { c: 'point'; who: number; kind: 'order' | 'information' | 'secured-right' }
  | { c: 'start'; pick: number }
  | { c: 'finish' }
  | { c: 'remove'; pick: number }
  | { c: 'move'; pick: number; to: number }
  | { c: 'rule' }
  | { c: 'next-item' };

const cmd: fc.Arbitrary<Cmd> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ c: fc.constant('add' as const), who: fc.nat(6) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      c: fc.constant('point' as const),
      who: fc.nat(6),
      kind: fc.constantFrom('order' as const, 'information' as const, 'secured-right' as const),
    }),
  },
  { weight: 3, arbitrary: fc.record({ c: fc.constant('start' as const), pick: fc.nat(3) }) },
  { weight: 2, arbitrary: fc.constant({ c: 'finish' as const }) },
  { weight: 1, arbitrary: fc.record({ c: fc.constant('remove' as const), pick: fc.nat(8) }) },
  {
    weight: 2,
    arbitrary: fc.record({ c: fc.constant('move' as const), pick: fc.nat(8), to: fc.nat(8) }),
  },
  { weight: 1, arbitrary: fc.constant({ c: 'rule' as const }) },
  { weight: 1, arbitrary: fc.constant({ c: 'next-item' as const }) },
);

function checkInvariants(events: readonly MeetingEvent[], queue: readonly QueueEntry[]): void {
  const order = new Map(events.map((e, i) => [e.id, i]));
  // Every queued entry appears once, and nobody is in the debate queue twice.
  expect(new Set(queue.map((e) => e.entryId)).size).toBe(queue.length);
  const speakers = queue.filter((e) => e.kind === 'speak').map((e) => e.speakerId);
  expect(new Set(speakers).size).toBe(speakers.length);
  for (let i = 0; i < queue.length; i++) {
    for (let j = i + 1; j < queue.length; j++) {
      const a = queue[i]!;
      const b = queue[j]!;
      if (a.movedByChair || b.movedByChair) continue;
      // Points are never behind debate.
      expect(a.kind !== 'speak' || b.kind === 'speak').toBe(true);
      if (a.kind !== 'speak' || b.kind !== 'speak') continue;
      // A first-time speaker is never behind someone who has spoken.
      expect(a.hasSpoken && !b.hasSpoken).toBe(false);
      // Among equals, joining order.
      if (a.hasSpoken === b.hasSpoken)
        expect(order.get(a.entryId)!).toBeLessThan(order.get(b.entryId)!);
    }
  }
}

describe('speakers queue properties', () => {
  it('holds its ordering rules through any session', () => {
    fc.assert(
      fc.property(fc.array(cmd, { maxLength: 80 }), (cmds) => {
        const log = logBuilder();
        log.add({ type: 'item-started', itemId: 'item-0' });
        let items = 1;
        const open = new Set<string>(); // entries the model expects in the queue
        for (const c of cmds) {
          const before = speakersQueue(log.events);
          const q = before.queue;
          log.wait(0.5);
          switch (c.c) {
            case 'add':
              // The screen does not offer "add" for someone already waiting (tested above).
              if (!q.some((e) => e.kind === 'speak' && e.speakerId === `p${c.who}`)) {
                open.add(log.add({ type: 'speaker-added', speakerId: `p${c.who}` }));
              }
              break;
            case 'point':
              open.add(
                log.add(
                  c.kind === 'secured-right'
                    ? {
                        type: 'point-raised',
                        kind: c.kind,
                        by: `p${c.who}`,
                        rightId: 'r1',
                        text: '',
                      }
                    : { type: 'point-raised', kind: c.kind, by: `p${c.who}`, text: '' },
                ),
              );
              break;
            case 'start':
              if (q.length) {
                const e = q[Math.min(c.pick, q.length - 1)]!;
                log.add({ type: 'speaker-started', entryId: e.entryId });
                open.delete(e.entryId);
              }
              break;
            case 'finish':
              if (before.current)
                log.add({ type: 'speaker-finished', entryId: before.current.entryId });
              break;
            case 'remove':
              if (q.length) {
                const e = q[c.pick % q.length]!;
                log.add({ type: 'speaker-removed', entryId: e.entryId });
                open.delete(e.entryId);
              }
              break;
            case 'move':
              if (q.length) {
                const e = q[c.pick % q.length]!;
                log.add({ type: 'speaker-moved', entryId: e.entryId, toIndex: c.to });
                const after = speakersQueue(log.events).queue;
                expect(after.findIndex((x) => x.entryId === e.entryId)).toBe(
                  Math.min(c.to, q.length - 1),
                );
              }
              break;
            case 'rule': {
              const point = q.find((e) => e.kind === 'order' || e.kind === 'secured-right');
              if (point) {
                log.add({ type: 'point-ruled', pointId: point.entryId, ruling: 'well-taken' });
                open.delete(point.entryId);
              }
              break;
            }
            case 'next-item':
              log.add({ type: 'item-started', itemId: `item-${items++}` });
              open.clear();
              break;
          }
          const now = speakersQueue(log.events);
          expect(now.problems).toEqual([]);
          expect(new Set(now.queue.map((e) => e.entryId))).toEqual(open);
          checkInvariants(log.events, now.queue);
        }
      }),
      { numRuns: 300 },
    );
  });
});
