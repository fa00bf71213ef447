import { describe, expect, it } from 'vitest';
import {
  conflictFromPoint,
  DEFAULT_POLICY_AREAS,
  nextPlatformVersion,
  platformChanges,
  pointStanding,
  printablePlatform,
  transitionPolicy,
  type PlatformVersion,
  type PointOfOrder,
  type Policy,
} from '../../../src/shared/platform';
import { clearFindings, draftPolicy, FAILED, PASSED, twoRights, unwrap } from './fixtures';

const rights = twoRights();

function adopt(policy: Policy, at: string): Policy {
  let p = unwrap(transitionPolicy(policy, 'rights-review', { rights, at }));
  p = clearFindings(p, rights, at);
  p = unwrap(transitionPolicy(p, 'ready', { rights, at }));
  return unwrap(transitionPolicy(p, 'adopted', { rights, at, vote: PASSED }));
}

describe('platform versions', () => {
  const meals = adopt(draftPolicy('p-meals', 'education'), '2025-02-02T20:00:00-05:00');
  const clinic = adopt(
    { ...draftPolicy('p-clinic', 'healthcare'), title: 'Community clinics' },
    '2025-03-02T20:00:00-05:00',
  );
  const draft = { ...draftPolicy('p-draft', 'climate'), title: 'Still a draft' };

  it('numbers versions 1, 2, 3 and snapshots adopted policies only', () => {
    const areas = DEFAULT_POLICY_AREAS;
    const v1 = unwrap(
      nextPlatformVersion(
        null,
        { rights, areas, policies: [meals, draft] },
        {
          date: '2025-02-02T20:00:00-05:00',
          cause: { kind: 'policy-adopted', refId: 'p-meals', vote: PASSED },
        },
      ),
    );
    const v2 = unwrap(
      nextPlatformVersion(
        v1,
        { rights, areas, policies: [meals, clinic, draft] },
        {
          date: '2025-03-02T20:00:00-05:00',
          cause: { kind: 'policy-adopted', refId: 'p-clinic', vote: PASSED },
        },
      ),
    );
    expect([v1.number, v2.number]).toEqual([1, 2]);
    expect(v1.policies.map((p) => p.id)).toEqual(['p-meals']);
    expect(v2.policies.map((p) => p.id)).toEqual(['p-meals', 'p-clinic']);
    expect(v2.policies[1]!.adoptedAt).toBe('2025-03-02T20:00:00-05:00');
    expect(v2.rights.map((r) => r.number)).toEqual([1, 2]);
    // The earlier snapshot is untouched by later changes.
    expect(v1.policies).toHaveLength(1);
    expect(platformChanges(v1, v2)).toMatchObject({
      policiesAdded: ['p-clinic'],
      policiesChanged: [],
    });
    const back = nextPlatformVersion(
      v2,
      { rights, areas, policies: [] },
      {
        date: '2025-01-01T00:00:00Z',
        cause: { kind: 'initial', refId: null, vote: null },
      },
    );
    expect(back.ok).toBe(false);
  });

  it('prints Secured Rights first, then policies by area in area order', () => {
    const v: PlatformVersion = unwrap(
      nextPlatformVersion(
        null,
        { rights, areas: DEFAULT_POLICY_AREAS, policies: [clinic, meals] },
        {
          date: '2025-03-02T20:00:00-05:00',
          cause: { kind: 'policy-adopted', refId: 'p-clinic', vote: PASSED },
        },
      ),
    );
    const printed = printablePlatform(v, { chapterName: 'Travis County Egalitarians' });
    expect(printed.title).toBe('Travis County Egalitarians Platform');
    expect(printed.versionLabel).toBe('Platform version 1');
    expect(printed.rights.map((r) => `${r.number}. ${r.title}`)).toEqual([
      '1. Equal protection',
      '2. Free expression',
    ]);
    expect(printed.areas.map((a) => [a.name, a.policies.map((p) => p.title)])).toEqual([
      ['Education', ['Free school meals']],
      ['Healthcare', ['Community clinics']],
    ]);
  });
});

describe('points of order on Secured Rights', () => {
  const base: PointOfOrder = {
    id: 'pt1',
    rightId: 'r-speech',
    policyId: 'p-meals',
    raisedBy: 'm-eve',
    raisedAt: '2025-02-02T19:40:00-05:00',
    text: 'Section 3 bans leafleting',
    ruling: null,
    appeal: null,
  };
  const ruled: PointOfOrder = {
    ...base,
    ruling: { ruling: 'not-well-taken', at: '2025-02-02T19:41:00-05:00' },
  };

  it('follows the ruling until appealed', () => {
    expect(pointStanding(base).state).toBe('awaiting-ruling');
    expect(pointStanding(ruled)).toMatchObject({ state: 'ruled', standing: 'not-well-taken' });
    expect(conflictFromPoint(ruled, 1)).toBeNull();
  });

  it('an adopted appeal overturns the ruling; a failed (or tied) one sustains it', () => {
    const appeal = { by: 'm-eve', at: '2025-02-02T19:42:00-05:00' };
    const overturned = { ...ruled, appeal: { ...appeal, vote: PASSED } };
    const sustained = { ...ruled, appeal: { ...appeal, vote: FAILED } };
    expect(pointStanding({ ...ruled, appeal: { ...appeal, vote: null } }).state).toBe(
      'appeal-pending',
    );
    expect(pointStanding(overturned)).toMatchObject({
      state: 'overturned',
      standing: 'well-taken',
    });
    expect(pointStanding(sustained)).toMatchObject({
      state: 'sustained',
      standing: 'not-well-taken',
    });
    const noQuorum = {
      ...ruled,
      appeal: { ...appeal, vote: { outcome: 'no-quorum' as const, sentence: 'No quorum.' } },
    };
    expect(pointStanding(noQuorum)).toMatchObject({
      state: 'sustained',
      standing: 'not-well-taken',
    });
    expect(conflictFromPoint(overturned, 1)).toMatchObject({
      rightId: 'r-speech',
      finding: 'conflict',
      by: 'the meeting, on appeal',
    });
  });
});
