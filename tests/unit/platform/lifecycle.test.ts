import { describe, expect, it } from 'vitest';
import {
  amendRight,
  canPutToAdoptionVote,
  checkTransition,
  POLICY_STATUSES,
  POLICY_TRANSITIONS,
  recordFinding,
  reviewStatus,
  transitionPolicy,
  voteResultFromMotion,
  type Policy,
} from '../../../src/shared/platform';
import { evaluateMotion } from '../../../src/shared/voting';
import { clearFindings, draftPolicy, FAILED, PASSED, twoRights, unwrap } from './fixtures';

const AT = '2025-02-02T19:30:00-05:00';

function readyPolicy(): { policy: Policy; rights: ReturnType<typeof twoRights> } {
  const rights = twoRights();
  let policy = unwrap(transitionPolicy(draftPolicy(), 'rights-review', { rights, at: AT }));
  policy = clearFindings(policy, rights);
  policy = unwrap(transitionPolicy(policy, 'ready', { rights, at: AT }));
  return { policy, rights };
}

describe('policy lifecycle', () => {
  it('has a transition entry for every status', () => {
    for (const s of POLICY_STATUSES) expect(POLICY_TRANSITIONS[s]).toBeDefined();
  });

  it('refuses a transition that is not in the table, in plain words', () => {
    const rights = twoRights();
    const check = checkTransition(draftPolicy(), 'adopted', { rights, vote: PASSED });
    expect(check).toEqual({
      allowed: false,
      reason:
        'A draft policy cannot become adopted directly; it can go to: rights review, withdrawn.',
    });
  });

  it('moves draft → rights review → ready → adopted with a passing vote, keeping history', () => {
    const { policy, rights } = readyPolicy();
    expect(canPutToAdoptionVote(policy, rights)).toEqual({ allowed: true });
    const adopted = unwrap(transitionPolicy(policy, 'adopted', { rights, at: AT, vote: PASSED }));
    expect(adopted.status).toBe('adopted');
    expect(adopted.history.map((h) => h.to)).toEqual(['rights-review', 'ready', 'adopted']);
    expect(adopted.history[2]!.vote).toEqual(PASSED);
    expect(POLICY_TRANSITIONS.adopted).toEqual([]);
  });

  it('needs a vote for adoption, and a failed vote rejects instead', () => {
    const { policy, rights } = readyPolicy();
    const noVote = checkTransition(policy, 'adopted', { rights });
    expect(noVote.allowed ? '' : noVote.reason).toContain('takes a vote');
    expect(checkTransition(policy, 'adopted', { rights, vote: FAILED })).toMatchObject({
      allowed: false,
    });
    expect(checkTransition(policy, 'rejected', { rights, vote: FAILED })).toEqual({
      allowed: true,
    });
  });

  it('cannot be marked ready with a missing finding', () => {
    const rights = twoRights();
    let policy = unwrap(transitionPolicy(draftPolicy(), 'rights-review', { rights, at: AT }));
    policy = unwrap(
      recordFinding(policy, rights, {
        rightId: 'r-equal',
        rightVersion: 1,
        finding: 'no-conflict',
        note: '',
        by: 'm-ben',
        at: AT,
      }),
    );
    const check = checkTransition(policy, 'ready', { rights });
    expect(check.allowed).toBe(false);
    if (!check.allowed)
      expect(check.reason).toContain('Secured Right 2 (Free expression) has not been reviewed');
  });

  it('never puts a policy with an open conflict to an adoption vote', () => {
    const { policy: ready, rights } = readyPolicy();
    const conflicted = unwrap(
      recordFinding(ready, rights, {
        rightId: 'r-speech',
        rightVersion: 1,
        finding: 'conflict',
        note: 'Bans leafleting near schools',
        by: 'm-cy',
        at: AT,
      }),
    );
    const vote = canPutToAdoptionVote(conflicted, rights);
    expect(vote.allowed).toBe(false);
    if (!vote.allowed) {
      expect(vote.reason).toBe(
        'This policy cannot go to an adoption vote: Secured Right 2 (Free expression) is marked in conflict: Bans leafleting near schools.',
      );
    }
    // Even with a passing vote in hand, the transition is refused.
    expect(transitionPolicy(conflicted, 'adopted', { rights, at: AT, vote: PASSED }).ok).toBe(
      false,
    );
    // A later no-conflict finding for the same right resolves it.
    const resolved = unwrap(
      recordFinding(conflicted, rights, {
        rightId: 'r-speech',
        rightVersion: 1,
        finding: 'no-conflict',
        note: 'Clause struck',
        by: 'm-cy',
        at: AT,
      }),
    );
    expect(canPutToAdoptionVote(resolved, rights)).toEqual({ allowed: true });
  });

  it('treats a finding on an older wording of a right as missing', () => {
    const { policy, rights } = readyPolicy();
    const reworded = unwrap(
      amendRight(rights, 'r-equal', {
        title: 'Equal protection',
        text: 'Every person is equal.',
        date: AT,
        vote: PASSED,
      }),
    );
    const status = reviewStatus(policy, reworded);
    expect(status.clear).toBe(false);
    expect(status.blocking.map((r) => r.state)).toEqual(['stale']);
    expect(canPutToAdoptionVote(policy, reworded).allowed).toBe(false);
  });

  it('lets needs-discussion through but reports it', () => {
    const rights = twoRights();
    let policy = unwrap(transitionPolicy(draftPolicy(), 'rights-review', { rights, at: AT }));
    policy = clearFindings(policy, rights);
    policy = unwrap(
      recordFinding(policy, rights, {
        rightId: 'r-equal',
        rightVersion: 1,
        finding: 'needs-discussion',
        note: 'Eligibility?',
        by: 'm-ben',
        at: AT,
      }),
    );
    const status = reviewStatus(policy, rights);
    expect(status.clear).toBe(true);
    expect(status.needsDiscussion).toHaveLength(1);
  });

  it('tables and takes from the table only by vote', () => {
    const { policy, rights } = readyPolicy();
    expect(checkTransition(policy, 'tabled', { rights }).allowed).toBe(false);
    const tabled = unwrap(transitionPolicy(policy, 'tabled', { rights, at: AT, vote: PASSED }));
    expect(checkTransition(tabled, 'adopted', { rights, vote: PASSED }).allowed).toBe(false);
    expect(unwrap(transitionPolicy(tabled, 'ready', { rights, at: AT, vote: PASSED })).status).toBe(
      'ready',
    );
  });

  it('refuses findings on a removed or unknown right', () => {
    const { policy, rights } = readyPolicy();
    expect(
      recordFinding(policy, rights, {
        rightId: 'nope',
        rightVersion: 1,
        finding: 'conflict',
        note: '',
        by: 'x',
        at: AT,
      }).ok,
    ).toBe(false);
  });
});

describe('votes from the voting module', () => {
  it('adopts a policy on a two-thirds motion counted by the voting module', () => {
    const { policy, rights } = readyPolicy();
    const counted = evaluateMotion({
      vote: 'show-of-hands',
      threshold: 'two-thirds-cast',
      counts: { yes: 10, no: 4, abstain: 2 },
      present: 16,
      quorum: 9,
    });
    const vote = voteResultFromMotion(counted, 'v-1');
    expect(vote).toMatchObject({ outcome: 'adopted', threshold: 'two-thirds-cast', voteId: 'v-1' });
    expect(vote.sentence).toBe(counted.summary);
    expect(unwrap(transitionPolicy(policy, 'adopted', { rights, at: AT, vote })).status).toBe(
      'adopted',
    );
    const short = voteResultFromMotion(
      evaluateMotion({
        vote: 'show-of-hands',
        threshold: 'two-thirds-cast',
        counts: { yes: 9, no: 5, abstain: 0 },
        present: 14,
      }),
    );
    expect(short.outcome).toBe('failed');
    expect(transitionPolicy(policy, 'adopted', { rights, at: AT, vote: short }).ok).toBe(false);
  });
});
