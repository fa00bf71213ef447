import { describe, expect, it } from 'vitest';
import type { MeetingView } from '../../../src/shared/contract/meetings';
import {
  carriedActions,
  generateMinutes,
  minutesToMarkdown,
  type MeetingEvent,
} from '../../../src/shared/meetings';
import type { StoredMeeting } from '../../../src/shared/meetings/stored';
import { call, failure, memberInput, withChapter } from '../foundation/helpers';

function meeting(id: string, date: string, events: MeetingEvent[]): StoredMeeting {
  return {
    id,
    title: `Meeting ${id}`,
    date,
    startTime: null,
    place: '',
    county: null,
    agenda: [
      {
        id: `${id}-old`,
        kind: 'old-business',
        title: 'Old business',
        timeBoxMinutes: 10,
        link: null,
        description: '',
      },
      {
        id: `${id}-end`,
        kind: 'adjournment',
        title: 'Adjournment',
        timeBoxMinutes: 2,
        link: null,
        description: '',
      },
    ],
    createdAt: `${date}T00:00:00.000Z`,
    events,
    secretaryNotes: '',
    minutesDraft: null,
  };
}

const at = (date: string, hhmm: string) => `${date}T${hhmm}:00.000Z`;
const added = (id: string, date: string, what: string, who: string): MeetingEvent => ({
  type: 'action-item-added',
  id,
  at: at(date, '19:30'),
  what,
  who,
});
const done = (
  id: string,
  date: string,
  actionItemId: string,
  what: string,
  itemId?: string,
): MeetingEvent => ({
  type: 'action-item-done',
  id,
  at: at(date, '19:10'),
  actionItemId,
  what,
  who: 'someone',
  ...(itemId ? { itemId } : {}),
});

describe('action items carried to later meetings', () => {
  const march = meeting('mar', '2026-03-05', [
    added('a1', '2026-03-05', 'Book the hall', 'Ann'),
    added('a2', '2026-03-05', 'Print flyers', 'Bo'),
  ]);
  const april = meeting('apr', '2026-04-02', [
    added('a3', '2026-04-02', 'Call the library', 'Cy'),
    done('d1', '2026-04-02', 'a1', 'Book the hall'),
  ]);
  const may = meeting('may', '2026-05-07', []);
  const all = [may, april, march];

  it('carries the open ones of every earlier meeting, oldest first', () => {
    expect(carriedActions(all, 'may').map((a) => [a.what, a.from.title, a.doneAt])).toEqual([
      ['Print flyers', 'Meeting mar', null],
      ['Call the library', 'Meeting apr', null],
    ]);
  });

  it('shows those this meeting reported done as done, and nothing of later meetings', () => {
    expect(carriedActions(all, 'apr').map((a) => [a.id, a.doneAt])).toEqual([
      ['a1', at('2026-04-02', '19:10')],
      ['a2', null],
    ]);
    expect(carriedActions(all, 'mar')).toEqual([]);
    expect(carriedActions(all, 'nope')).toEqual([]);
  });

  it('the minutes say which were reported done, under the item they were reported in', () => {
    const log: MeetingEvent[] = [
      { type: 'meeting-started', id: 's', at: at('2026-04-02', '19:00') },
      { type: 'item-started', id: 'i', at: at('2026-04-02', '19:05'), itemId: 'apr-old' },
      done('d1', '2026-04-02', 'a1', 'Book the hall', 'apr-old'),
      { type: 'meeting-adjourned', id: 'z', at: at('2026-04-02', '19:25') },
    ];
    const minutes = generateMinutes(april, log, { quorum: 1 });
    expect(minutes.items[0]?.actionsDone).toEqual([
      { at: at('2026-04-02', '19:10'), what: 'Book the hall', who: 'someone', seq: 2 },
    ]);
    const md = minutesToMarkdown(minutes);
    expect(md).toContain('- Action item done: Book the hall — someone');
    // Adjourning without taking up the Adjournment item: no "not taken up" beside the time.
    expect(md).toContain('### 2. Adjournment — the meeting adjourned at 19:25');
    expect(md).not.toMatch(/Adjournment — not taken up/);
  });
});

describe('meetings: officers, and reporting a carried action item done', () => {
  it('prefills the officers and checks an action item before marking it done', async () => {
    const b = await withChapter();
    await call(b.dispatch, 'members.add', memberInput('Zed Chair', { roles: ['chair'] }));
    await call(
      b.dispatch,
      'members.add',
      memberInput('Ann Sec', { roles: ['secretary', 'teller'] }),
    );
    const create = (title: string, date: string) =>
      call<{ id: string }>(b.dispatch, 'meetings.create', {
        title,
        date,
        startTime: '19:00',
        place: '',
        county: null,
        template: 'standard',
      });
    const event = (id: string, e: unknown) =>
      call<MeetingView>(b.dispatch, 'meetings.event', { id, event: e });
    const { id: first } = await create('March', '2026-03-05');
    await event(first, { type: 'meeting-started' });
    const view = await event(first, {
      type: 'action-item-added',
      what: 'Book the hall',
      who: 'Ann',
    });
    const actionId = view.log.at(-1)!.id;
    expect(view.officers).toEqual({ chair: 'Zed Chair', secretary: 'Ann Sec' });

    const { id: second } = await create('April', '2026-04-02');
    let april = await call<MeetingView>(b.dispatch, 'meetings.get', { id: second });
    expect(april.carriedActions.map((a) => [a.what, a.who, a.doneAt])).toEqual([
      ['Book the hall', 'Ann', null],
    ]);
    const refusedDone = (actionItemId: string) =>
      failure(b.dispatch, 'meetings.event', {
        id: second,
        event: { type: 'action-item-done', actionItemId },
      });
    // Not before the call to order, and only an open action item of an earlier meeting.
    expect((await refusedDone(actionId)).code).toBe('conflict');
    await event(second, { type: 'meeting-started' });
    expect((await refusedDone('nope')).code).toBe('not-found');
    april = await event(second, { type: 'action-item-done', actionItemId: actionId });
    expect(april.log.at(-1)).toMatchObject({ what: 'Book the hall', who: 'Ann' });
    expect(april.carriedActions[0]?.doneAt).not.toBeNull();
    expect((await refusedDone(actionId)).message).toBe('That action item is already done.');
    // A later meeting no longer carries it.
    const { id: third } = await create('May', '2026-05-07');
    expect(
      (await call<MeetingView>(b.dispatch, 'meetings.get', { id: third })).carriedActions,
    ).toEqual([]);
  });
});
