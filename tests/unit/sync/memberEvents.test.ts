import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  conflictKey,
  eventsForEdit,
  foldMember,
  type MemberEvent,
} from '../../../src/shared/sync/memberEvents';
import type { Member } from '../../../src/shared/schema/member';

const base: Member = {
  id: 'm1',
  phone: undefined,
  name: 'Ada',
  roles: [],
  joined: '2026-01-01',
  active: true,
  history: [],
};

/** Events on a few members and fields, drawing values and previous values from small pools. */
const eventArb = fc.record({
  id: fc.uuid(),
  memberId: fc.constantFrom('m1', 'm2'),
  field: fc.constantFrom('name' as const, 'phone' as const),
  value: fc.constantFrom('A', 'B', 'C', null),
  previous: fc.constantFrom('A', 'B', null),
  device: fc.constantFrom('d1', 'd2', 'd3'),
  at: fc.integer({ min: 0, max: 5 }).map((n) => `2026-03-01T12:00:0${n}.000Z`),
}) satisfies fc.Arbitrary<MemberEvent>;
const eventsArb = fc.uniqueArray(eventArb, { selector: (e) => e.id, maxLength: 12 });

const none = new Map<string, string>();

describe('member field events', () => {
  it('folding is independent of the order events arrived in', () => {
    fc.assert(
      fc.property(eventsArb, fc.func(fc.integer()), (events, rank) => {
        const shuffled = [...events].sort((a, b) => rank(a.id) - rank(b.id));
        expect(foldMember(base, shuffled, none)).toEqual(foldMember(base, events, none));
        // Two laptops holding overlapping halves converge on the union.
        const half = Math.floor(events.length / 2);
        const union = [...events.slice(half), ...events.slice(0, half + 1), ...events];
        expect(foldMember(base, union, none)).toEqual(foldMember(base, events, none));
      }),
    );
  });

  it('loses no event: same-previous edits with different values are flagged until resolved', () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const { conflicts } = foldMember(base, events, none);
        const flagged = new Set(conflicts.flatMap((c) => c.events.map((e) => e.id)));
        for (const a of events)
          for (const b of events) {
            if (conflictKey(a) === conflictKey(b) && a.value !== b.value) {
              expect(flagged.has(a.id) && flagged.has(b.id)).toBe(true);
            }
          }
        // Resolving every conflict clears the list, and the chosen values are what shows.
        const chosen = new Map(conflicts.map((c) => [c.key, c.events[0]!.id]));
        const resolved = foldMember(base, events, chosen);
        expect(resolved.conflicts).toEqual([]);
      }),
    );
  });

  it('shows the later edit meanwhile, and the chosen one once resolved', () => {
    const a: MemberEvent = {
      id: 'e1',
      memberId: 'm1',
      field: 'name',
      value: 'Ada L.',
      previous: 'Ada',
      device: 'd1',
      at: '2026-03-01T12:00:00.000Z',
    };
    const b: MemberEvent = {
      ...a,
      id: 'e2',
      value: 'Ada Lovelace',
      device: 'd2',
      at: '2026-03-01T12:00:05.000Z',
    };
    const open = foldMember(base, [b, a], none);
    expect(open.record.name).toBe('Ada Lovelace');
    expect(open.conflicts).toEqual([
      { key: conflictKey(a), memberId: 'm1', field: 'name', previous: 'Ada', events: [a, b] },
    ]);
    const settled = foldMember(base, [a, b], new Map([[conflictKey(a), 'e1']]));
    expect(settled).toEqual({ record: { ...base, name: 'Ada L.' }, conflicts: [] });
  });

  it('records one event per changed field, unset fields as null', () => {
    const after: Member = { ...base, phone: '555-0100', roles: ['chair'], name: 'Ada' };
    let n = 0;
    const events = eventsForEdit({ ...base, phone: undefined }, after, {
      device: 'd1',
      at: '2026-03-01T12:00:00.000Z',
      newId: () => `e${++n}`,
    });
    expect(events.map((e) => [e.field, e.value, e.previous])).toEqual([
      ['phone', '555-0100', null],
      ['roles', ['chair'], []],
    ]);
    expect(foldMember(base, events, none).record).toEqual(after);
  });
});
