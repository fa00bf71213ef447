import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanImportPreview } from '../../../src/shared/contract/gotv';
import {
  latestPlans,
  planProblems,
  readPlanWord,
  VotePlanInputSchema,
  type VotePlanEntry,
} from '../../../src/shared/gotv/plans';
import { call, failure } from '../foundation/helpers';
import { answer, gotvSetup } from './setup';

const entry = (voterId: string, at: string, extra: Partial<VotePlanEntry> = {}): VotePlanEntry => ({
  voterId,
  plan: 'early',
  needsRide: false,
  rideDate: '',
  rideTime: '',
  ballotRequested: '',
  ballotReturned: '',
  at,
  ...extra,
});

describe('vote plans (pure)', () => {
  it('reads the words people write for a plan, and refuses others', () => {
    expect(readPlanWord('By mail')).toBe('mail');
    expect(readPlanWord('Absentee')).toBe('mail');
    expect(readPlanWord('Election Day')).toBe('election-day');
    expect(readPlanWord(' ')).toBeNull();
    expect(readPlanWord('carrier pigeon')).toBeInstanceOf(Error);
  });

  it('ballot dates need a mail plan, in order; a ride time needs a ride', () => {
    const base = { plan: 'mail' as const, needsRide: false, rideDate: '', rideTime: '' };
    expect(
      planProblems({ ...base, ballotRequested: '2026-10-01', ballotReturned: '2026-10-09' }),
    ).toEqual([]);
    expect(
      planProblems({ ...base, plan: 'early', ballotRequested: '2026-10-01', ballotReturned: '' }),
    ).toHaveLength(1);
    expect(
      planProblems({ ...base, ballotRequested: '2026-10-09', ballotReturned: '2026-10-01' })[0]
        ?.message,
    ).toMatch(/before it was requested/);
    const ride = VotePlanInputSchema.safeParse({ voterId: 'X', rideTime: '10:00' });
    expect(ride.success).toBe(false);
  });

  it('the latest entry of each voter wins, whatever the order; an empty one clears', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            voter: fc.constantFrom('A', 'B', 'C'),
            t: fc.integer({ min: 0, max: 1000 }),
            plan: fc.constantFrom('early', 'mail', null),
          }),
          { maxLength: 30 },
        ),
        (rows) => {
          const entries = rows.map((r, i) =>
            entry(r.voter, new Date(Date.UTC(2026, 9, 1, 0, 0, r.t, i)).toISOString(), {
              plan: r.plan as VotePlanEntry['plan'],
            }),
          );
          const plans = latestPlans(entries);
          for (const v of ['A', 'B', 'C']) {
            const last = entries
              .filter((e) => e.voterId === v)
              .sort((a, b) => a.at.localeCompare(b.at))
              .at(-1);
            expect(plans.get(v)?.plan ?? null).toBe(last?.plan ?? null);
          }
        },
      ),
    );
  });
});

describe('vote plans over dispatch', () => {
  it('saves plans of universe voters only, all or nothing, and imports a CSV by line', async () => {
    const s = await gotvSetup(60);
    const [a, b, c] = s.voters;
    if (!a || !b || !c) throw new Error('too few voters');
    await answer(s, [
      { voterId: a.id, support: 1 },
      { voterId: b.id, support: 2 },
    ]);
    const electionId = s.election.id;
    const refused = await failure(s.dispatch, 'gotv.savePlans', {
      electionId,
      plans: [
        { voterId: a.id, plan: 'mail' },
        { voterId: c.id, plan: 'early' },
      ],
    });
    expect(refused.code).toBe('invalid-input');
    expect(refused.message).toMatch(/1 of 2 plans/);
    expect(await call(s.dispatch, 'gotv.plans', { electionId })).toEqual([]);

    await call(s.dispatch, 'gotv.savePlans', {
      electionId,
      plans: [{ voterId: a.id, plan: 'mail', ballotRequested: '2026-10-01' }],
    });
    const csv = [
      'Voter ID,Plan,Ride,Ride time,Requested',
      `${b.id},Election day,yes,2:30 pm,`,
      `${c.id},early,,,`,
      `${a.id},by mail,,,10/2/2026`,
      `${b.id},early,,,`,
      `${a.id},train,,,`,
    ].join('\n');
    const preview = await call<PlanImportPreview>(s.dispatch, 'gotv.plansPreview', {
      electionId,
      csv,
    });
    expect(preview.mapping).toMatchObject({ voterId: 'Voter ID', plan: 'Plan', needsRide: 'Ride' });
    expect(preview.valid).toBe(2);
    expect(preview.problems.map((p) => [p.line, p.field])).toEqual([
      [3, 'voterId'],
      [5, 'voterId'],
      [6, 'plan'],
    ]);
    const done = await call<{ imported: number }>(s.dispatch, 'gotv.importPlans', {
      electionId,
      csv,
      mapping: preview.mapping,
    });
    expect(done.imported).toBe(2);
    const plans = await call<VotePlanEntry[]>(s.dispatch, 'gotv.plans', { electionId });
    expect(
      plans.map((p) => [p.voterId, p.plan, p.needsRide, p.rideTime, p.ballotRequested]),
    ).toEqual([
      [a.id, 'mail', false, '', '2026-10-02'],
      [b.id, 'election-day', true, '14:30', ''],
    ]);
    // Clearing a plan: an empty one.
    await call(s.dispatch, 'gotv.savePlans', { electionId, plans: [{ voterId: b.id }] });
    expect((await call<VotePlanEntry[]>(s.dispatch, 'gotv.plans', { electionId })).length).toBe(1);
    await call(s.dispatch, 'gotv.removeElection', { id: electionId });
    expect((await failure(s.dispatch, 'gotv.plans', { electionId })).code).toBe('not-found');
  });
});
