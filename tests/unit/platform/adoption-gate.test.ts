import { describe, expect, it } from 'vitest';
import {
  applyAmendment,
  canPutToAdoptionVote,
  checkTransition,
  policyTimeline,
  proposeAmendment,
  recordAmendmentVote,
  recordFinding,
  reviewStatus,
  transitionPolicy,
  type Policy,
} from '../../../src/shared/platform';
import { clearFindings, draftPolicy, PASSED, twoRights, unwrap } from './fixtures';

const REVIEWED = '2025-02-02T19:30:00-05:00';
const AMENDED = '2025-02-09T19:30:00-05:00';
const REVIEWED_AGAIN = '2025-02-10T19:30:00-05:00';

function readyPolicy(): Policy {
  const rights = twoRights();
  let policy = unwrap(transitionPolicy(draftPolicy(), 'rights-review', { rights, at: REVIEWED }));
  policy = clearFindings(policy, rights);
  return unwrap(transitionPolicy(policy, 'ready', { rights, at: REVIEWED }));
}

function find(policy: Policy, finding: 'no-conflict' | 'needs-discussion', at: string) {
  return unwrap(
    recordFinding(policy, twoRights(), {
      rightId: 'r-equal',
      rightVersion: 1,
      finding,
      note: finding === 'needs-discussion' ? 'Eligibility?' : '',
      by: 'm-ben',
      at,
    }),
  );
}

describe('the adoption gate', () => {
  it('refuses adoption while a finding says Needs discussion, naming the right', () => {
    const rights = twoRights();
    const policy = find(readyPolicy(), 'needs-discussion', REVIEWED);
    const vote = canPutToAdoptionVote(policy, rights);
    expect(vote.allowed).toBe(false);
    expect(vote.allowed ? '' : vote.reason).toContain(
      'Secured Right 1 (Equal protection) still says “Needs discussion” (Eligibility?)',
    );
    const adopt = checkTransition(policy, 'adopted', { rights, vote: PASSED });
    expect(adopt.allowed ? '' : adopt.reason).toContain('Needs discussion');
    // Once discussed and found clear, it may go ahead.
    const discussed = find(policy, 'no-conflict', REVIEWED_AGAIN);
    expect(canPutToAdoptionVote(discussed, rights)).toEqual({ allowed: true });
  });

  it('marks the review stale after an amendment and needs a new review before adoption', () => {
    const rights = twoRights();
    const policy = readyPolicy();
    const proposed = unwrap(
      proposeAmendment(policy, { id: 'a1', by: 'm-dee', at: AMENDED, newText: 'New words.' }),
    );
    const amended = unwrap(
      applyAmendment(policy, unwrap(recordAmendmentVote(proposed, PASSED)), AMENDED),
    );
    const status = reviewStatus(amended, rights);
    expect(status.rows.map((r) => r.state)).toEqual(['stale', 'stale']);
    const vote = canPutToAdoptionVote(amended, rights);
    expect(vote.allowed ? '' : vote.reason).toContain(
      'was reviewed before the policy’s text was amended',
    );
    expect(checkTransition(amended, 'adopted', { rights, vote: PASSED }).allowed).toBe(false);
    const reviewed = clearFindings(amended, rights, REVIEWED_AGAIN);
    expect(canPutToAdoptionVote(reviewed, rights)).toEqual({ allowed: true });
  });
});

describe('the policy timeline', () => {
  it('lists an amendment before the adoption that followed it', () => {
    const rights = twoRights();
    const policy = readyPolicy();
    const proposed = unwrap(
      proposeAmendment(policy, { id: 'a1', by: 'm-dee', at: AMENDED, newText: 'New words.' }),
    );
    let amended = unwrap(
      applyAmendment(policy, unwrap(recordAmendmentVote(proposed, PASSED)), AMENDED),
    );
    amended = clearFindings(amended, rights, REVIEWED_AGAIN);
    const adopted = unwrap(
      transitionPolicy(amended, 'adopted', { rights, at: REVIEWED_AGAIN, vote: PASSED }),
    );
    expect(
      policyTimeline(adopted).map((e) => (e.kind === 'text' ? 'text amended' : e.change.to)),
    ).toEqual(['rights-review', 'ready', 'text amended', 'adopted']);
  });
});
