import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockers, foldVote } from '../../../src/shared/voteLog/state';
import { presenceProblem } from '../../../src/shared/voteLog/presence';
import type { VoteView } from '../../../src/shared/voteLog/view';
import type { VoteEvent } from '../../../src/shared/voteLog/events';
import { call, failure, memberInput, withChapter } from '../foundation/helpers';

describe('presence counts members only', () => {
  it('refuses more present than the membership, in plain words', () => {
    expect(presenceProblem(12, 12)).toBeNull();
    expect(presenceProblem(0, 0)).toBeNull();
    expect(presenceProblem(25, 12)).toBe(
      '25 present, but the chapter has 12 active members. Count members only: guests are counted apart and never toward quorum.',
    );
    expect(presenceProblem(2, 1)).toMatch(/has 1 active member\./);
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), (present, members) => {
        expect(presenceProblem(present, members) === null).toBe(present <= members);
      }),
    );
  });

  it('a presence frozen beyond the membership before this check blocks certifying', () => {
    const at = '2026-03-01T19:00:00.000Z';
    const events = [
      {
        type: 'vote-opened',
        voteId: 'v',
        at,
        definition: {
          kind: 'motion',
          title: 'A motion',
          text: '',
          method: 'show-of-hands',
          threshold: 'majority-cast',
          link: {},
        },
      },
      { type: 'presence-frozen', voteId: 'v', at, present: 25, members: 12, quorum: 7 },
      { type: 'counts-recorded', voteId: 'v', at, yes: 20, no: 5, abstain: 0 },
    ] as VoteEvent[];
    const state = foldVote(events)!;
    expect(blockers(state)).toEqual([presenceProblem(25, 12)]);
  });
});

describe('votes.freezePresence', () => {
  it('refuses 25 present of 12 members, and a member marked present twice', async () => {
    const b = await withChapter();
    const ids: string[] = [];
    for (let i = 1; i <= 12; i++)
      ids.push((await call<{ id: string }>(b.dispatch, 'members.add', memberInput(`M ${i}`))).id);
    const open = (method: string) =>
      call<{ id: string }>(b.dispatch, 'votes.open', {
        kind: 'motion',
        title: 'Adopt the plank',
        method,
        threshold: 'majority-cast',
      });
    const { id } = await open('show-of-hands');
    const error = await failure(b.dispatch, 'votes.freezePresence', { id, present: 25 });
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe(presenceProblem(25, 12));
    const view = await call<VoteView>(b.dispatch, 'votes.freezePresence', { id, present: 12 });
    expect(view.presence).toMatchObject({ present: 12, members: 12 });

    const { id: roll } = await open('roll-call');
    const twice = await failure(b.dispatch, 'votes.freezePresence', {
      id: roll,
      present: 3,
      presentIds: [ids[0], ids[1], ids[0]],
    });
    expect(twice.message).toBe('Someone is marked present twice.');
  });
});
