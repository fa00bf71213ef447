/**
 * A chapter with decisions of every kind waiting on open votes, made through the real
 * services; the tests then certify those votes in memory (as a file from an older version,
 * or one written before a vote's effect was applied, would hold them).
 */
import { join } from 'node:path';
import { startBackend } from '../../../src/main/dispatch';
import { appendVoteEvents } from '../../../src/main/services/voteLog';
import type { StoreData } from '../../../src/shared/schema/store';
import { CHAPTER, call, fakeHost, manualClock, memberInput, tempDir } from '../foundation/helpers';

export type Backend = Awaited<ReturnType<typeof backend>>;

export async function backend() {
  const dir = await tempDir();
  const clock = manualClock('2026-03-01T12:00:00.000Z');
  const { dispatch, session } = await startBackend(dir, fakeHost(join(dir, 'saved')), clock.clock);
  await call(dispatch, 'chapter.create', CHAPTER);
  for (const name of ['Ann', 'Bob', 'Cy', 'Di', 'Ed', 'Flo']) {
    await call(dispatch, 'members.add', memberInput(name));
  }
  return { dir, dispatch, session, clock };
}

const voteOf = (r: { voteId: string }) => r.voteId;

/**
 * With one Secured Right already adopted: two more proposed, a policy's adoption, a policy laid
 * on the table, an appeal from the chair's ruling that a third policy violates the right, and
 * two endorsements — each waiting on its vote.
 */
export async function openDecisions(b: Backend) {
  const { dispatch } = b;
  const right = (title: string) =>
    call<{ voteId: string }>(dispatch, 'platform.proposeRight', {
      change: 'adopt',
      title,
      text: `${title} for everyone.`,
      mover: 'Ann',
    }).then(voteOf);
  const reviewedPolicy = async (title: string) => {
    const { id } = await call<{ id: string }>(dispatch, 'platform.createPolicy', {
      areaId: 'education',
      title,
      summary: '',
      text: `${title}.`,
      sponsors: ['Ann'],
    });
    await call(dispatch, 'platform.transition', { policyId: id, to: 'rights-review' });
    return id;
  };
  const readyPolicy = async (title: string) => {
    const id = await reviewedPolicy(title);
    await call(dispatch, 'platform.recordFinding', {
      ...{ policyId: id, rightId: conscience, finding: 'no-conflict', note: '', by: 'Cy' },
    });
    await call(dispatch, 'platform.transition', { policyId: id, to: 'ready' });
    return id;
  };
  const endorsement = async (name: string) => {
    const { id } = await call<{ id: string }>(dispatch, 'candidates.add', {
      name,
      office: 'City Council',
      jurisdiction: { kind: 'district', name: 'District 4' },
      electionDate: '2026-11-03',
      contact: {},
    });
    await call(dispatch, 'candidates.setStatus', { id, to: 'interviewed', reason: '' });
    const opened = await call<{ voteId: string }>(dispatch, 'candidates.openEndorsementVote', {
      id,
      conditional: false,
      conditions: [],
      reviewDate: null,
      method: 'show-of-hands',
    });
    return { candidateId: id, voteId: opened.voteId };
  };

  const founding = await right('Freedom of conscience');
  await call(dispatch, 'votes.freezePresence', { id: founding, present: 6 });
  await call(dispatch, 'votes.recordCounts', { id: founding, yes: 6, no: 0, abstain: 0 });
  await call(dispatch, 'votes.certify', { id: founding });
  const conscience = b.session.current().data.platform.rights[0]!.id;

  const rightA = await right('Equal protection');
  const rightB = await right('Due process');
  const meals = await readyPolicy('Free school meals');
  const adoptMeals = voteOf(
    await call(dispatch, 'platform.putToVote', {
      subject: { type: 'policy-adoption', policyId: meals },
      mover: 'Bob',
      threshold: 'majority-cast',
    }),
  );
  const clinics = await readyPolicy('Clinic hours');
  const tableClinics = voteOf(
    await call(dispatch, 'platform.putToVote', {
      subject: { type: 'policy-status', policyId: clinics, to: 'tabled' },
      mover: 'Bob',
      threshold: 'majority-cast',
    }),
  );
  const apprenticeships = await reviewedPolicy('Apprenticeships');
  const appeal = await appealedPoint(b, { rightId: conscience, policyId: apprenticeships });
  const rosa = await endorsement('Rosa Parks');
  const bo = await endorsement('Bo Diaz');
  return {
    data: b.session.current().data,
    rightA,
    rightB,
    meals,
    adoptMeals,
    clinics,
    tableClinics,
    apprenticeships,
    appeal,
    rosa,
    bo,
    votes: [rightA, rightB, adoptMeals, tableClinics, appeal, rosa.voteId, bo.voteId],
  };
}

/** A meeting where the chair rules that the policy violates the right, and the ruling is appealed. */
async function appealedPoint(b: Backend, on: { rightId: string; policyId: string }) {
  const { dispatch } = b;
  const { id } = await call<{ id: string }>(dispatch, 'meetings.create', {
    ...{ title: 'March meeting', date: '2026-03-01', startTime: null, place: '', county: null },
    template: 'blank',
  });
  const event = (e: Record<string, unknown>) => call(dispatch, 'meetings.event', { id, event: e });
  await event({ type: 'meeting-started' });
  await event({ type: 'point-raised', kind: 'secured-right', by: 'Ed', ...on, text: 'Hearings' });
  const raised = b.session
    .current()
    .data.meetings.find((m) => m.id === id)!
    .events.at(-1)!;
  await event({ type: 'point-ruled', pointId: raised.id, ruling: 'well-taken' });
  const appeal = await call<{ voteId: string }>(dispatch, 'meetings.appeal', {
    ...{ id, pointId: raised.id, by: 'Ann' },
  });
  return appeal.voteId;
}

/** `data` with the vote certified at `at` with `outcome`, as the vote log records it. */
export function certified(data: StoreData, voteId: string, outcome: string, at: string) {
  return appendVoteEvents(data, [
    { type: 'certified', voteId, at, outcome, winners: [], summary: `The vote: ${outcome}.` },
  ]);
}
