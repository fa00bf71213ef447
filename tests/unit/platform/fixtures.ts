import {
  adoptRight,
  newPolicy,
  type Policy,
  type SecuredRight,
  type VoteResult,
} from '../../../src/shared/platform';

export const PASSED: VoteResult = {
  outcome: 'adopted',
  sentence: 'The motion is adopted, 14 in favor, 3 against, 1 abstaining.',
  threshold: 'two-thirds-cast',
};
export const FAILED: VoteResult = {
  outcome: 'failed',
  sentence: 'The motion fails, 6 in favor, 9 against.',
  threshold: 'majority-cast',
};

export function unwrap<T>(r: { ok: true; value: T } | { ok: false; reason: string }): T {
  if (!r.ok) throw new Error(r.reason);
  return r.value;
}

export function twoRights(): SecuredRight[] {
  let rights: SecuredRight[] = [];
  rights = unwrap(
    adoptRight(rights, {
      id: 'r-equal',
      title: 'Equal protection',
      text: 'Every person is equal before the law.',
      date: '2025-01-10T19:00:00-05:00',
      vote: PASSED,
    }),
  );
  rights = unwrap(
    adoptRight(rights, {
      id: 'r-speech',
      title: 'Free expression',
      text: 'Everyone may speak, publish and assemble.',
      date: '2025-01-10T19:05:00-05:00',
      vote: PASSED,
    }),
  );
  return rights;
}

export function draftPolicy(id = 'p-school', areaId = 'education'): Policy {
  return newPolicy({
    id,
    areaId,
    title: 'Free school meals',
    summary: 'Every public school student gets breakfast and lunch.',
    text: 'The state funds breakfast and lunch for every public school student.',
    sponsors: ['m-ana'],
  });
}

export function clearFindings(
  policy: Policy,
  rights: SecuredRight[],
  at = '2025-02-01T18:00:00-05:00',
): Policy {
  return {
    ...policy,
    findings: [
      ...policy.findings,
      ...rights.map((r) => ({
        rightId: r.id,
        rightVersion: r.versions[r.versions.length - 1]!.version,
        finding: 'no-conflict' as const,
        note: '',
        by: 'm-ben',
        at,
      })),
    ],
  };
}
