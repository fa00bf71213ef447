import { describe, expect, it } from 'vitest';
import type { MeetingView } from '../../../src/shared/contract/meetings';
import { meetingState } from '../../../src/shared/meetings';
import type { VoteView } from '../../../src/shared/voteLog/view';
import { call, memberInput, withChapter } from '../foundation/helpers';

/** A meeting in session on its first item, with two of three members checked in. */
async function inSession() {
  const b = await withChapter();
  const ids: string[] = [];
  for (const name of ['Ana Diaz', 'Ben Cole', 'Cam Fox'])
    ids.push((await call<{ id: string }>(b.dispatch, 'members.add', memberInput(name))).id);
  const { id } = await call<{ id: string }>(b.dispatch, 'meetings.create', {
    title: 'Annual meeting',
    date: '2026-03-05',
    startTime: '19:00',
    place: 'Library',
    county: null,
    template: 'standard',
  });
  const event = (e: unknown) => call<MeetingView>(b.dispatch, 'meetings.event', { id, event: e });
  for (const memberId of ids.slice(0, 2)) await event({ type: 'member-checked-in', memberId });
  await event({ type: 'meeting-started' });
  const view = await event({ type: 'guests-set', count: 4 });
  const itemId = view.meeting.agenda[1]!.id;
  await event({ type: 'item-started', itemId });
  return { ...b, id, itemId, event };
}

describe('an election held in the meeting', () => {
  it('takes its presence from the check-in, is on the floor until certified, and is minuted with its winner', async () => {
    const { dispatch, id, itemId } = await inSession();
    const { voteId } = await call<{ voteId: string }>(dispatch, 'meetings.election', {
      meetingId: id,
      itemId,
      definition: {
        kind: 'election',
        title: 'Chair',
        method: 'irv',
        candidates: ['Ana Diaz', 'Ben Cole'],
      },
    });
    let vote = await call<VoteView>(dispatch, 'votes.get', { id: voteId });
    // Two members present (guests are not members); secret, so no names.
    expect(vote.presence).toMatchObject({ present: 2 });
    expect(vote.definition.link).toMatchObject({ meetingId: id, itemId });
    let view = await call<MeetingView>(dispatch, 'meetings.get', { id });
    let state = meetingState(view.log, { quorum: view.quorum });
    expect(state.floor).toEqual({ kind: 'election', id: state.elections[0]!.id });
    expect(view.votes.map((v) => v.voteId)).toEqual([voteId]);

    for (const text of ['1', '1 2']) {
      await call(dispatch, 'votes.enterBallot', { id: voteId, teller: 1, text });
      await call(dispatch, 'votes.enterBallot', { id: voteId, teller: 2, text });
    }
    await call(dispatch, 'votes.reconcile', { id: voteId, issued: 2, spoiled: 0 });
    vote = await call<VoteView>(dispatch, 'votes.certify', { id: voteId, expectedBallots: 2 });
    expect(vote.certified?.winners).toEqual(['Ana Diaz']);

    view = await call<MeetingView>(dispatch, 'meetings.get', { id });
    state = meetingState(view.log, { quorum: view.quorum });
    expect(state.floor).toBeNull();
    expect(state.elections[0]?.result?.winners).toEqual(['Ana Diaz']);
    const { markdown } = await call<{ markdown: string }>(dispatch, 'meetings.minutesMarkdown', {
      id,
    });
    const item = markdown.split('### ').find((s) => s.includes('- **Election**: Chair'));
    expect(item).toBeDefined();
    expect(item).toContain('  - Elected: Ana Diaz');
    expect(item).not.toContain('No business recorded');
  });

  it('an endorsement moved from the floor is the meeting’s motion and the candidate’s open decision', async () => {
    const { dispatch, id, itemId } = await inSession();
    const candidate = await call<{ id: string }>(dispatch, 'candidates.add', {
      name: 'Rosa Lind',
      office: 'City Council',
      jurisdiction: { kind: 'district', name: 'District 4' },
      electionDate: '2026-11-03',
      contact: {},
    });
    await call(dispatch, 'candidates.setStatus', {
      id: candidate.id,
      to: 'interviewed',
      reason: '',
    });
    const { voteId } = await call<{ voteId: string }>(dispatch, 'meetings.motion', {
      meetingId: id,
      itemId,
      text: 'That the chapter endorse Rosa Lind.',
      mover: 'Ana Diaz',
      threshold: 'majority-cast',
      subject: { type: 'endorsement', candidateId: candidate.id },
    });
    const vote = await call<VoteView>(dispatch, 'votes.get', { id: voteId });
    expect(vote.definition).toMatchObject({ kind: 'motion', threshold: 'two-thirds-cast' });
    expect(vote.presence).toMatchObject({ present: 2 });
    const view = await call<MeetingView>(dispatch, 'meetings.get', { id });
    const state = meetingState(view.log, { quorum: view.quorum });
    expect(state.motions.at(-1)).toMatchObject({ itemId, mover: 'Ana Diaz' });
    expect(state.floor).toEqual({ kind: 'motion', id: state.motions.at(-1)!.id });
  });
});
