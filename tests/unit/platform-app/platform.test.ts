import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBackend, type Dispatch } from '../../../src/main/dispatch';
import { startDecision } from '../../../src/main/services/decisions';
import { DATA_FILE } from '../../../src/main/store/chapterStore';
import { AppError } from '../../../src/shared/errors';
import type { PlatformView } from '../../../src/shared/contract/platform';
import type { MeetingView } from '../../../src/shared/contract/meetings';
import { generateMinutes, meetingState, minutesToMarkdown } from '../../../src/shared/meetings';
import { CHAPTER, call, fakeHost, memberInput, tempDir } from '../foundation/helpers';

async function backend() {
  const dir = await tempDir();
  const host = fakeHost(join(dir, 'saved'));
  const { dispatch, session } = await startBackend(dir, host);
  await call(dispatch, 'chapter.create', CHAPTER);
  const ids: string[] = [];
  for (const name of ['Ann', 'Bob', 'Cy', 'Di', 'Ed', 'Flo']) {
    ids.push((await call<{ id: string }>(dispatch, 'members.add', memberInput(name))).id);
  }
  return { dir, host, dispatch, session, ids, file: join(dir, DATA_FILE) };
}

/** Counts and certifies a vote (presence as given). */
async function decide(dispatch: Dispatch, voteId: string, yes: number, no: number, present = 6) {
  const view = await call<{ presence: unknown }>(dispatch, 'votes.get', { id: voteId });
  if (!view.presence) await call(dispatch, 'votes.freezePresence', { id: voteId, present });
  await call(dispatch, 'votes.recordCounts', { id: voteId, yes, no, abstain: 0 });
  await call(dispatch, 'votes.certify', { id: voteId });
}

async function adoptRight(dispatch: Dispatch, title: string) {
  const { voteId } = await call<{ voteId: string }>(dispatch, 'platform.proposeRight', {
    change: 'adopt',
    title,
    text: `${title} for everyone.`,
    mover: 'Ann',
  });
  await decide(dispatch, voteId, 5, 1);
  return voteId;
}

describe('platform service', () => {
  it('adopts Secured Rights at the chapter supermajority and keeps each version with its vote', async () => {
    const { dispatch } = await backend();
    const voteId = await adoptRight(dispatch, 'Equal protection');
    let view = await call<PlatformView>(dispatch, 'platform.get');
    expect(view.platform.rights).toHaveLength(1);
    const right = view.platform.rights[0]!;
    expect(right.versions[0]?.vote?.voteId).toBe(voteId);
    expect(right.versions[0]?.vote?.threshold).toBe('two-thirds-cast');
    expect(view.platform.versions.map((v) => v.cause.kind)).toEqual(['right-adopted']);

    // 4 of 6 is two-thirds: passes. 3 yes 2 no is a majority but not two-thirds: fails.
    const { voteId: amend } = await call<{ voteId: string }>(dispatch, 'platform.proposeRight', {
      change: 'amend',
      rightId: right.id,
      title: 'Equal protection of the laws',
      text: 'Equal protection of the laws for everyone.',
      mover: 'Bob',
    });
    await decide(dispatch, amend, 3, 2);
    view = await call<PlatformView>(dispatch, 'platform.get');
    expect(view.platform.rights[0]!.versions).toHaveLength(1);
    expect(view.decisions[0]?.status).toBe('certified');

    // The setting changes the rule for the next proposal.
    await call(dispatch, 'settings.update', { rightsThreshold: 'majority-cast' });
    const { voteId: again } = await call<{ voteId: string }>(dispatch, 'platform.proposeRight', {
      change: 'amend',
      rightId: right.id,
      title: 'Equal protection of the laws',
      text: 'Equal protection of the laws for everyone.',
      mover: 'Bob',
    });
    await decide(dispatch, again, 3, 2);
    view = await call<PlatformView>(dispatch, 'platform.get');
    expect(view.platform.rights[0]!.versions.map((v) => v.change)).toEqual(['adopted', 'amended']);
    expect(view.platform.versions).toHaveLength(2);
  });

  it('a policy with an open conflict cannot be put to an adoption vote; once clear it is adopted and versioned', async () => {
    const { dispatch, file } = await backend();
    await adoptRight(dispatch, 'Equal protection');
    await adoptRight(dispatch, 'Due process');
    const { id: policyId } = await call<{ id: string }>(dispatch, 'platform.createPolicy', {
      areaId: 'education',
      title: 'Free school meals',
      summary: 'Meals for every pupil',
      text: 'Every public school serves free breakfast and lunch.',
      sponsors: ['Ann'],
    });
    await call(dispatch, 'platform.transition', { policyId, to: 'rights-review' });
    let view = await call<PlatformView>(dispatch, 'platform.get');
    const [r1, r2] = view.platform.rights;
    await call(dispatch, 'platform.recordFinding', {
      policyId,
      rightId: r1!.id,
      finding: 'no-conflict',
      note: '',
      by: 'Cy',
    });
    await call(dispatch, 'platform.recordFinding', {
      policyId,
      rightId: r2!.id,
      finding: 'conflict',
      note: 'Means-testing hearings',
      by: 'Di',
    });
    // Not ready while a conflict is open; no vote, no change on disk.
    const before = await readFile(file);
    const ready = await dispatch('platform.transition', { policyId, to: 'ready' });
    expect(ready.ok).toBe(false);
    const vote = await dispatch('platform.putToVote', {
      subject: { type: 'policy-adoption', policyId },
      threshold: 'two-thirds-cast',
      mover: 'Ann',
    });
    expect(vote.ok).toBe(false);
    if (!vote.ok) expect(vote.error.message).toMatch(/ready for a vote/);
    expect((await readFile(file)).equals(before)).toBe(true);

    await call(dispatch, 'platform.recordFinding', {
      policyId,
      rightId: r2!.id,
      finding: 'no-conflict',
      note: 'Resolved: no hearings',
      by: 'Di',
    });
    await call(dispatch, 'platform.transition', { policyId, to: 'ready' });

    // An amendment, voted and applied.
    const { id: amendmentId } = await call<{ id: string }>(dispatch, 'platform.proposeAmendment', {
      policyId,
      newText: 'Every public school serves free breakfast, lunch and dinner.',
      by: 'Ed',
      rationale: 'Evening programmes',
    });
    const { voteId: amendVote } = await call<{ voteId: string }>(dispatch, 'platform.putToVote', {
      subject: { type: 'amendment', amendmentId },
      threshold: 'majority-cast',
      mover: 'Ed',
    });
    // While the amendment vote is open, adoption waits.
    const early = await dispatch('platform.putToVote', {
      subject: { type: 'policy-adoption', policyId },
      threshold: 'two-thirds-cast',
      mover: 'Ann',
    });
    expect(early.ok).toBe(false);
    await decide(dispatch, amendVote, 4, 2);
    view = await call<PlatformView>(dispatch, 'platform.get');
    expect(view.platform.policies[0]!.text).toContain('lunch and dinner');
    expect(view.platform.amendments[0]!.status).toBe('adopted');

    // The amendment changed the text the review looked at: adoption waits for a new review.
    const unreviewed = await dispatch('platform.putToVote', {
      subject: { type: 'policy-adoption', policyId },
      threshold: 'two-thirds-cast',
      mover: 'Ann',
    });
    expect(unreviewed.ok).toBe(false);
    if (!unreviewed.ok)
      expect(unreviewed.error.message).toMatch(/before the policy’s text was amended/);
    for (const right of [r1!, r2!])
      await call(dispatch, 'platform.recordFinding', {
        policyId,
        rightId: right.id,
        finding: 'no-conflict',
        note: 'Reviewed the amended text',
        by: 'Cy',
      });

    const { voteId } = await call<{ voteId: string }>(dispatch, 'platform.putToVote', {
      subject: { type: 'policy-adoption', policyId },
      threshold: 'two-thirds-cast',
      mover: 'Ann',
    });
    await decide(dispatch, voteId, 4, 2);
    view = await call<PlatformView>(dispatch, 'platform.get');
    expect(view.platform.policies[0]!.status).toBe('adopted');
    const last = view.platform.versions.at(-1)!;
    expect(last.number).toBe(3);
    expect(last.cause).toMatchObject({ kind: 'policy-adopted', refId: policyId });
    expect(last.policies.map((p) => p.title)).toEqual(['Free school meals']);
    expect(last.cause.vote?.voteId).toBe(voteId);
  });
});

describe('meetings service', () => {
  it('opens a motion’s vote in the same write as what depends on it: all of it or none', async () => {
    const { session, file } = await backend();
    const before = await readFile(file, 'utf8');
    const motion = {
      title: 'That we hold a town hall in May',
      text: 'That we hold a town hall in May.',
      mover: 'Cy',
      method: 'show-of-hands' as const,
      threshold: 'majority-cast' as const,
      purpose: 'test',
    };
    const failing = startDecision(session, {
      ...motion,
      record: () => {
        throw new AppError('conflict', 'what depends on the vote could not be recorded');
      },
    });
    await expect(failing).rejects.toThrow('could not be recorded');
    expect(session.current().data.votes).toHaveLength(0);
    expect(await readFile(file, 'utf8')).toBe(before);
    const { voteId } = await startDecision(session, motion);
    expect(session.current().data.votes.map((r) => r.event.voteId)).toEqual([voteId]);
  });

  it('runs a meeting: check-in, items, queue, motion as a linked vote, point of order and appeal, minutes', async () => {
    const { dispatch, ids, host } = await backend();
    const { id } = await call<{ id: string }>(dispatch, 'meetings.create', {
      title: 'March meeting',
      date: '2026-03-01',
      startTime: '19:00',
      place: 'Library',
      county: null,
      template: 'standard',
    });
    let view = await call<MeetingView>(dispatch, 'meetings.get', { id });
    expect(view.meeting.agenda).toHaveLength(10);
    // Nothing but check-in before the call to order.
    expect(
      (
        await dispatch('meetings.event', {
          id,
          event: { type: 'item-started', itemId: view.meeting.agenda[0]!.id },
        })
      ).ok,
    ).toBe(false);
    for (const memberId of ids.slice(0, 5))
      await call(dispatch, 'meetings.event', {
        id,
        event: { type: 'member-checked-in', memberId },
      });
    await call(dispatch, 'meetings.event', { id, event: { type: 'guests-set', count: 2 } });
    await call(dispatch, 'meetings.event', {
      id,
      event: { type: 'meeting-started', chair: 'Ann', secretary: 'Bob' },
    });
    const item = view.meeting.agenda[5]!;
    await call(dispatch, 'meetings.event', {
      id,
      event: { type: 'item-started', itemId: item.id },
    });
    view = await call<MeetingView>(dispatch, 'meetings.get', { id });
    const state = meetingState(view.log, { quorum: view.quorum });
    expect(state.quorum).toEqual({ required: 4, present: 5, met: true });
    expect(state.currentItemId).toBe(item.id);

    const { voteId } = await call<{ voteId: string }>(dispatch, 'meetings.motion', {
      meetingId: id,
      itemId: item.id,
      text: 'That we hold a town hall in May.',
      mover: 'Cy',
      seconder: 'Di',
      threshold: 'majority-cast',
    });
    const vote = await call<{
      presence: { present: number } | null;
      definition: { link: Record<string, string> };
    }>(dispatch, 'votes.get', { id: voteId });
    expect(vote.presence?.present).toBe(5);
    expect(vote.definition.link).toMatchObject({ meetingId: id, itemId: item.id });
    await decide(dispatch, voteId, 4, 1);

    await call(dispatch, 'meetings.event', {
      id,
      event: { type: 'point-raised', kind: 'order', by: 'Ed', text: 'Debate is off topic' },
    });
    view = await call<MeetingView>(dispatch, 'meetings.get', { id });
    const pointId = meetingState(view.log, { quorum: view.quorum }).points[0]!.id;
    await call(dispatch, 'meetings.event', {
      id,
      event: { type: 'point-ruled', pointId, ruling: 'not-well-taken' },
    });
    const { voteId: appeal } = await call<{ voteId: string }>(dispatch, 'meetings.appeal', {
      id,
      pointId,
      by: 'Ed',
    });
    await decide(dispatch, appeal, 1, 4);
    await call(dispatch, 'meetings.event', {
      id,
      event: { type: 'note-added', text: 'Volunteers: Flo', itemId: item.id },
    });
    await call(dispatch, 'meetings.event', { id, event: { type: 'meeting-adjourned' } });
    // Nothing but notes after adjournment.
    expect(
      (await dispatch('meetings.event', { id, event: { type: 'guests-set', count: 3 } })).ok,
    ).toBe(false);

    view = await call<MeetingView>(dispatch, 'meetings.get', { id });
    const minutes = generateMinutes({ ...view.meeting }, view.log, {
      quorum: view.quorum,
      names: view.names,
    });
    const md = minutesToMarkdown(minutes);
    expect(md).toContain('That we hold a town hall in May.');
    expect(md).toMatch(/Result: Adopted: 4 yes, 1 no/);
    expect(md).toMatch(/The ruling is sustained/);
    expect(md).toContain('Volunteers: Flo');
    expect(view.minutes).toBe('draft');

    const saved = await call<{ saved: boolean }>(dispatch, 'meetings.exportMinutesMarkdown', {
      id,
    });
    expect(saved.saved).toBe(true);
    expect(await readFile(host.saved.at(-1)!, 'utf8')).toContain('# Minutes — March meeting');

    // The secretary's notes go into the generated minutes; an edited draft replaces them until discarded.
    await call(dispatch, 'meetings.saveNotes', {
      id,
      secretaryNotes: 'Thanks to the library staff.',
    });
    let md2 = await call<{ markdown: string }>(dispatch, 'meetings.minutesMarkdown', { id });
    expect(md2.markdown).toContain('Thanks to the library staff.');
    await call(dispatch, 'meetings.saveMinutesDraft', {
      id,
      markdown: '# Minutes\n\nEdited by hand.\n',
    });
    md2 = await call<{ markdown: string }>(dispatch, 'meetings.minutesMarkdown', { id });
    expect(md2.markdown).toBe('# Minutes\n\nEdited by hand.\n');
    await call(dispatch, 'meetings.saveMinutesDraft', { id, markdown: null });
    md2 = await call<{ markdown: string }>(dispatch, 'meetings.minutesMarkdown', { id });
    expect(md2.markdown).toContain('That we hold a town hall in May.');

    // Approved at the next meeting by vote.
    const { id: next } = await call<{ id: string }>(dispatch, 'meetings.create', {
      title: 'April meeting',
      date: '2026-04-01',
      startTime: null,
      place: '',
      county: null,
      template: 'standard',
    });
    await call(dispatch, 'meetings.event', { id: next, event: { type: 'meeting-started' } });
    const nextView = await call<MeetingView>(dispatch, 'meetings.get', { id: next });
    expect(nextView.pendingMinutes.map((m) => m.id)).toEqual([id]);
    const { voteId: approve } = await call<{ voteId: string }>(dispatch, 'meetings.motion', {
      meetingId: next,
      text: 'That the minutes of the March meeting be approved.',
      mover: 'Bob',
      threshold: 'majority-cast',
      subject: { type: 'minutes-approval', meetingId: id },
    });
    expect((await call<MeetingView>(dispatch, 'meetings.get', { id })).minutes).toBe(
      'approval-pending',
    );
    await decide(dispatch, approve, 5, 0);
    expect((await call<MeetingView>(dispatch, 'meetings.get', { id })).minutes).toBe('approved');
    expect((await dispatch('meetings.saveMinutesDraft', { id, markdown: 'x' })).ok).toBe(false);
  });
});

describe('points of order against a Secured Right', () => {
  it('an upheld point becomes a conflict finding that blocks adoption; overturned on appeal, it no longer blocks', async () => {
    const { dispatch, ids } = await backend();
    await adoptRight(dispatch, 'Due process');
    const { id: policyId } = await call<{ id: string }>(dispatch, 'platform.createPolicy', {
      areaId: 'education',
      title: 'School meals',
      summary: '',
      text: 'Free meals.',
      sponsors: [],
    });
    await call(dispatch, 'platform.transition', { policyId, to: 'rights-review' });
    let view = await call<PlatformView>(dispatch, 'platform.get');
    const rightId = view.platform.rights[0]!.id;
    await call(dispatch, 'platform.recordFinding', {
      policyId,
      rightId,
      finding: 'no-conflict',
      note: '',
      by: 'Cy',
    });
    await call(dispatch, 'platform.transition', { policyId, to: 'ready' });

    const { id } = await call<{ id: string }>(dispatch, 'meetings.create', {
      title: 'M',
      date: '2026-03-01',
      startTime: null,
      place: '',
      county: null,
      template: 'blank',
    });
    for (const memberId of ids.slice(0, 5))
      await call(dispatch, 'meetings.event', {
        id,
        event: { type: 'member-checked-in', memberId },
      });
    await call(dispatch, 'meetings.event', { id, event: { type: 'meeting-started' } });
    await call(dispatch, 'meetings.event', {
      id,
      event: {
        type: 'point-raised',
        kind: 'secured-right',
        by: 'Ed',
        rightId,
        policyId,
        text: 'Hearings',
      },
    });
    const meeting = await call<MeetingView>(dispatch, 'meetings.get', { id });
    const pointId = meetingState(meeting.log, { quorum: meeting.quorum }).points[0]!.id;
    await call(dispatch, 'meetings.event', {
      id,
      event: { type: 'point-ruled', pointId, ruling: 'well-taken' },
    });

    view = await call<PlatformView>(dispatch, 'platform.get');
    expect(view.platform.policies[0]!.findings.at(-1)).toMatchObject({
      finding: 'conflict',
      by: 'the chair',
    });
    const blocked = await dispatch('platform.putToVote', {
      subject: { type: 'policy-adoption', policyId },
      threshold: 'majority-cast',
      mover: 'Ann',
    });
    expect(blocked.ok).toBe(false);

    const { voteId } = await call<{ voteId: string }>(dispatch, 'meetings.appeal', {
      id,
      pointId,
      by: 'Ann',
    });
    await decide(dispatch, voteId, 4, 1);
    view = await call<PlatformView>(dispatch, 'platform.get');
    expect(view.platform.policies[0]!.findings.at(-1)).toMatchObject({
      finding: 'no-conflict',
      by: 'the meeting, on appeal',
    });
    // Applying again changes nothing.
    const again = await call<PlatformView>(dispatch, 'platform.get');
    expect(again.platform.policies[0]!.findings).toHaveLength(
      view.platform.policies[0]!.findings.length,
    );
    const open = await dispatch('platform.putToVote', {
      subject: { type: 'policy-adoption', policyId },
      threshold: 'majority-cast',
      mover: 'Ann',
    });
    expect(open.ok).toBe(true);
  });
});

describe('tabling a policy', () => {
  it('lays a ready policy on the table by majority vote and takes it back', async () => {
    const { dispatch } = await backend();
    await adoptRight(dispatch, 'Equal protection');
    const { id: policyId } = await call<{ id: string }>(dispatch, 'platform.createPolicy', {
      areaId: 'climate',
      title: 'Community solar',
      summary: '',
      text: 'Panels on schools.',
      sponsors: [],
    });
    await call(dispatch, 'platform.transition', { policyId, to: 'rights-review' });
    const rightId = (await call<PlatformView>(dispatch, 'platform.get')).platform.rights[0]!.id;
    await call(dispatch, 'platform.recordFinding', {
      policyId,
      rightId,
      finding: 'no-conflict',
      note: '',
      by: 'Cy',
    });
    await call(dispatch, 'platform.transition', { policyId, to: 'ready' });
    const table = async (to: 'tabled' | 'ready') => {
      const { voteId } = await call<{ voteId: string }>(dispatch, 'platform.putToVote', {
        subject: { type: 'policy-status', policyId, to },
        threshold: 'majority-cast',
        mover: 'Ann',
      });
      await decide(dispatch, voteId, 4, 2);
      return (await call<PlatformView>(dispatch, 'platform.get')).platform.policies[0]!;
    };
    expect((await table('tabled')).status).toBe('tabled');
    const adopt = await dispatch('platform.putToVote', {
      subject: { type: 'policy-adoption', policyId },
      threshold: 'majority-cast',
      mover: 'Ann',
    });
    expect(adopt.ok).toBe(false);
    const back = await table('ready');
    expect(back.status).toBe('ready');
    expect(back.history.map((h) => h.to)).toEqual(['rights-review', 'ready', 'tabled', 'ready']);
  });
});
