import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meetingFromTemplate } from '../../../src/main/services/meetings';
import { appendVoteEvents } from '../../../src/main/services/voteLog';
import { DATA_FILE } from '../../../src/main/store/chapterStore';
import type { CandidatesOverview } from '../../../src/shared/contract/candidates';
import type { PlatformView } from '../../../src/shared/contract/platform';
import {
  logWithResults,
  MOTION_PURPOSE,
  minutesApprovals,
  minutesStatuses,
  indexVotes,
  settleAll,
  voteResultOf,
  votesOfMeeting,
} from '../../../src/shared/decisions';
import { emptyStore, type StoreData } from '../../../src/shared/schema/store';
import { MotionDefinitionSchema } from '../../../src/shared/voteLog/definition';
import { OUTCOMES } from '../../../src/shared/voting/result';
import { call, memberInput } from '../foundation/helpers';
import { backend, certified, openDecisions } from './fixture';

const T0 = Date.parse('2026-03-02T19:00:00.000Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

function motion(link: Record<string, string> = { purpose: 'test' }) {
  return MotionDefinitionSchema.parse({
    kind: 'motion',
    title: 'A motion',
    text: 'That we do it.',
    method: 'show-of-hands',
    threshold: 'majority-cast',
    link,
  });
}

function opened(data: StoreData, voteId: string, link?: Record<string, string>): StoreData {
  return appendVoteEvents(data, [
    { type: 'vote-opened', voteId, at: at(0), definition: motion(link) },
  ]);
}

const decisionOf = (data: StoreData, voteId: string) =>
  data.platform.decisions.find((d) => d.voteId === voteId)!;
const candidateDecisionOf = (data: StoreData, voteId: string) =>
  data.candidateDecisions.find((d) => d.voteId === voteId)!;

describe('voteResultOf', () => {
  it('reads adopted and no-quorum as they are, every other outcome as failed', () => {
    for (const outcome of OUTCOMES) {
      const data = certified(opened(emptyStore(), 'v1'), 'v1', outcome, at(1));
      const expected = outcome === 'adopted' || outcome === 'no-quorum' ? outcome : 'failed';
      expect(voteResultOf(data, 'v1')).toEqual({
        outcome: expected,
        sentence: `The vote: ${outcome}.`,
        threshold: 'majority-cast',
        voteId: 'v1',
      });
    }
  });

  it('is null while the vote is open, and for a vote the log does not hold', () => {
    const data = opened(emptyStore(), 'v1');
    expect(voteResultOf(data, 'v1')).toBeNull();
    expect(voteResultOf(data, 'v2')).toBeNull();
  });
});

describe('settleAll', () => {
  it('changes nothing while every vote is open', async () => {
    const fx = await openDecisions(await backend());
    expect(settleAll(fx.data)).toBe(fx.data);
  });

  it('adopts a Secured Right with a new platform version, settled when its vote was certified', async () => {
    const fx = await openDecisions(await backend());
    const settled = settleAll(certified(fx.data, fx.rightA, 'adopted', at(5)));
    expect(settled.platform.rights.map((r) => r.versions[0]?.title)).toEqual([
      'Freedom of conscience',
      'Equal protection',
    ]);
    expect(settled.platform.versions.at(-1)?.cause.kind).toBe('right-adopted');
    expect(decisionOf(settled, fx.rightA)).toMatchObject({ settledAt: at(5), problem: null });
    expect(decisionOf(settled, fx.rightB).settledAt).toBeNull();
  });

  it('records that no quorum decided nothing; a failed vote changes nothing', async () => {
    const fx = await openDecisions(await backend());
    let data = certified(fx.data, fx.rightA, 'no-quorum', at(5));
    data = certified(data, fx.rightB, 'failed', at(6));
    const settled = settleAll(data);
    expect(settled.platform.rights).toBe(fx.data.platform.rights);
    expect(settled.platform.versions).toBe(fx.data.platform.versions);
    expect(decisionOf(settled, fx.rightA).problem).toBe(
      'Nothing was decided: The vote: no-quorum.',
    );
    expect(decisionOf(settled, fx.rightB)).toMatchObject({ settledAt: at(6), problem: null });
  });

  it('rejects a policy whose adoption fails; lays a policy on the table when that passes', async () => {
    const fx = await openDecisions(await backend());
    let data = certified(fx.data, fx.adoptMeals, 'failed', at(5));
    data = certified(data, fx.tableClinics, 'adopted', at(6));
    const settled = settleAll(data);
    const status = (id: string) => settled.platform.policies.find((p) => p.id === id)?.status;
    expect(status(fx.meals)).toBe('rejected');
    expect(status(fx.clinics)).toBe('tabled');
  });

  it('records the finding that a decided appeal calls for, once', async () => {
    const fx = await openDecisions(await backend());
    const findings = (data: StoreData) =>
      data.platform.policies.find((p) => p.id === fx.apprenticeships)!.findings;
    // The chair's ruling that the policy violates the right is already a conflict finding.
    expect(findings(fx.data).map((f) => f.finding)).toEqual(['conflict']);
    const overturned = settleAll(certified(fx.data, fx.appeal, 'adopted', at(5)));
    expect(findings(overturned).map((f) => [f.finding, f.by])).toEqual([
      ['conflict', 'the chair'],
      ['no-conflict', 'the meeting, on appeal'],
    ]);
    expect(settleAll(overturned)).toBe(overturned);
    const upheld = certified(fx.data, fx.appeal, 'failed', at(5));
    expect(findings(settleAll(upheld))).toBe(findings(fx.data));
  });

  it('endorses on an adopted vote; an outcome that is not a motion’s counts as failed', async () => {
    const fx = await openDecisions(await backend());
    let data = certified(fx.data, fx.rosa.voteId, 'adopted', at(5));
    data = certified(data, fx.bo.voteId, 'elected', at(6));
    const settled = settleAll(data);
    const candidate = (id: string) => settled.candidates.find((c) => c.id === id)!;
    expect(candidate(fx.rosa.candidateId).status).toBe('endorsed');
    expect(candidate(fx.rosa.candidateId).endorsement?.vote.voteId).toBe(fx.rosa.voteId);
    expect(candidateDecisionOf(settled, fx.rosa.voteId)).toMatchObject({
      settledAt: at(5),
      note: 'Rosa Parks is now endorsed.',
    });
    expect(candidate(fx.bo.candidateId).status).toBe('not-endorsed');
    expect(candidate(fx.bo.candidateId).history.at(-1)?.vote?.outcome).toBe('failed');
    expect(candidateDecisionOf(settled, fx.bo.voteId)).toMatchObject({
      settledAt: at(6),
      note: 'Not endorsed: The vote: elected.',
    });
  });

  it('is idempotent, and settling after every certification equals settling once at the end', async () => {
    const fx = await openDecisions(await backend());
    // Mostly adopted, so that decisions interact (rights numbered in the order adopted).
    const outcome = fc.oneof(
      { arbitrary: fc.constant('adopted'), weight: 3 },
      { arbitrary: fc.constantFrom(...OUTCOMES), weight: 1 },
    );
    const certifications = fc
      .shuffledSubarray(fx.votes)
      .chain((ids) =>
        fc
          .array(outcome, { minLength: ids.length, maxLength: ids.length })
          .map((outcomes) => ids.map((voteId, i) => ({ voteId, outcome: outcomes[i]! }))),
      );
    fc.assert(
      fc.property(certifications, (list) => {
        let stepwise = fx.data;
        let all = fx.data;
        list.forEach(({ voteId, outcome }, i) => {
          stepwise = settleAll(certified(stepwise, voteId, outcome, at(i + 1)));
          all = certified(all, voteId, outcome, at(i + 1));
        });
        const once = settleAll(all);
        expect(settleAll(once)).toBe(once);
        expect(stepwise).toEqual(once);
        // Every certified decision is settled at its certification, and only those.
        const when = new Map(list.map(({ voteId }, i) => [voteId, at(i + 1)]));
        for (const d of [...once.platform.decisions, ...once.candidateDecisions]) {
          if (fx.votes.includes(d.voteId)) expect(d.settledAt).toBe(when.get(d.voteId) ?? null);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('minutes approval', () => {
  it('is pending while the motion is open, approved once it is adopted, neither when it fails', () => {
    const now = new Date(T0);
    const march = meetingFromTemplate({ title: 'March', date: '2026-03-02', now });
    const april = {
      ...meetingFromTemplate({ title: 'April', date: '2026-04-06', now }),
      events: [
        { type: 'meeting-started' as const, id: 'e1', at: at(0) },
        {
          type: 'motion-made' as const,
          id: 'e2',
          at: at(1),
          text: 'That the March minutes be approved.',
          mover: 'Ann',
          seconder: null,
          threshold: 'majority-cast' as const,
          subject: { type: 'minutes-approval' as const, meetingId: march.id },
        },
      ],
    };
    const open = opened({ ...emptyStore(), meetings: [march, april] }, 'v1', {
      meetingId: april.id,
      purpose: `${MOTION_PURPOSE}e2`,
    });
    const status = (data: StoreData) => minutesStatuses(data, indexVotes(data)).get(march.id);
    expect(status(open)).toBe('approval-pending');
    const adopted = certified(open, 'v1', 'adopted', at(2));
    expect(status(adopted)).toBe('approved');
    // The printed minutes' "Date approved" is the day the approving vote was certified.
    expect(minutesApprovals(adopted, indexVotes(adopted)).get(march.id)).toEqual({
      status: 'approved',
      approvedAt: at(2),
    });
    expect(minutesApprovals(open, indexVotes(open)).get(march.id)).toEqual({
      status: 'approval-pending',
      approvedAt: null,
    });
    expect(status(certified(open, 'v1', 'failed', at(2)))).toBeUndefined();
    // The result shows in the meeting's log only as read back from the vote log.
    const log = logWithResults(april, votesOfMeeting(adopted, april.id), indexVotes(adopted));
    expect(log.at(-1)).toMatchObject({ type: 'vote-recorded', motionId: 'e2', outcome: 'adopted' });
  });
});

describe('where decisions are settled', () => {
  it('certifying a vote applies what it decides in the same write', async () => {
    const b = await backend();
    const fx = await openDecisions(b);
    await call(b.dispatch, 'votes.freezePresence', { id: fx.rightA, present: 6 });
    await call(b.dispatch, 'votes.recordCounts', { id: fx.rightA, yes: 6, no: 0, abstain: 0 });
    await call(b.dispatch, 'votes.certify', { id: fx.rightA });
    const stored = b.session.current().data;
    expect(decisionOf(stored, fx.rightA).settledAt).not.toBeNull();
    expect(stored.platform.rights).toHaveLength(2);
  });

  it('reads never write: a file holding certified, unsettled decisions reads settled and is stored so with the next change', async () => {
    const b = await backend();
    const fx = await openDecisions(b);
    // Written as an older version would have left it: the votes certified, nothing applied.
    await b.session.current().update((data) => ({
      data: certified(
        certified(data, fx.rightA, 'adopted', at(5)),
        fx.rosa.voteId,
        'adopted',
        at(6),
      ),
    }));
    const file = join(b.dir, DATA_FILE);
    const before = await readFile(file);

    const platform = await call<PlatformView>(b.dispatch, 'platform.get');
    expect(platform.platform.rights).toHaveLength(2);
    expect(platform.decisions.find((d) => d.voteId === fx.rightA)?.status).toBe('certified');
    const overview = await call<CandidatesOverview>(b.dispatch, 'candidates.list');
    const rosa = overview.candidates.find((c) => c.candidate.id === fx.rosa.candidateId);
    expect(rosa?.candidate.status).toBe('endorsed');
    for (const [channel, input] of [
      ['candidates.get', { id: fx.rosa.candidateId }],
      ['candidates.keyVotes', undefined],
      ['meetings.list', undefined],
      ['votes.list', undefined],
    ] as const) {
      expect((await b.dispatch(channel, input)).ok).toBe(true);
    }
    const options = await call<{ platformVersion: number }>(
      b.dispatch,
      'outreach.highlightOptions',
    );
    expect(options.platformVersion).toBe(2);
    expect((await readFile(file)).equals(before)).toBe(true);
    expect(decisionOf(b.session.current().data, fx.rightA).settledAt).toBeNull();

    await call(b.dispatch, 'members.add', memberInput('Gus'));
    const stored = JSON.parse(await readFile(file, 'utf8')) as StoreData;
    expect(decisionOf(stored, fx.rightA).settledAt).toBe(at(5));
    expect(candidateDecisionOf(stored, fx.rosa.voteId).settledAt).toBe(at(6));
    expect(stored.candidates.find((c) => c.id === fx.rosa.candidateId)?.status).toBe('endorsed');
  });
});
