import type { Policy, PolicyStatus } from './policy';
import { POLICY_STATUS_LABELS } from './policy';
import { ok, refuse, type Result, type VoteResult } from './outcome';
import { adoptionBlockingReason, reviewBlockingReason, reviewStatus } from './rights-review';
import type { SecuredRight } from './rights';

/**
 * Which status may follow which. Decisions of the assembly (adopt, reject, table, take from
 * the table) also need a vote; the review gate is checked in checkTransition.
 */
export const POLICY_TRANSITIONS: Readonly<Record<PolicyStatus, readonly PolicyStatus[]>> = {
  draft: ['rights-review', 'withdrawn'],
  'rights-review': ['ready', 'draft', 'withdrawn'],
  ready: ['adopted', 'rejected', 'tabled', 'withdrawn', 'rights-review', 'draft'],
  tabled: ['ready', 'withdrawn'],
  adopted: [],
  rejected: ['draft'],
  withdrawn: ['draft'],
};

/** Transitions that only a vote of the assembly can make, and the outcome each needs. */
const VOTED: Partial<Record<`${PolicyStatus}>${PolicyStatus}`, VoteResult['outcome']>> = {
  'ready>adopted': 'adopted',
  'ready>rejected': 'failed',
  'ready>tabled': 'adopted',
  'tabled>ready': 'adopted',
};

export type TransitionContext = {
  rights: readonly SecuredRight[];
  /** The vote that decided the change, when the change needs one. */
  vote?: VoteResult;
};

export type TransitionCheck = { allowed: true } | { allowed: false; reason: string };

const label = (s: PolicyStatus) => POLICY_STATUS_LABELS[s].toLowerCase();

function listNext(from: PolicyStatus): string {
  const next = POLICY_TRANSITIONS[from];
  return next.length === 0
    ? 'it cannot change any further'
    : `it can go to: ${next.map(label).join(', ')}`;
}

/** Whether a policy may go to an adoption vote, and in plain words why not. */
export function canPutToAdoptionVote(
  policy: Policy,
  rights: readonly SecuredRight[],
): TransitionCheck {
  if (policy.status !== 'ready') {
    return {
      allowed: false,
      reason: `Only a policy that is ready for a vote can be put to an adoption vote; this one is ${label(policy.status)}.`,
    };
  }
  const blocked = adoptionBlockingReason(reviewStatus(policy, rights));
  if (blocked)
    return { allowed: false, reason: `This policy cannot go to an adoption vote: ${blocked}` };
  return { allowed: true };
}

export function checkTransition(
  policy: Policy,
  to: PolicyStatus,
  ctx: TransitionContext,
): TransitionCheck {
  const from = policy.status;
  if (from === to) return { allowed: false, reason: `The policy is already ${label(from)}.` };
  if (!POLICY_TRANSITIONS[from].includes(to)) {
    return {
      allowed: false,
      reason: `A ${label(from)} policy cannot become ${label(to)} directly; ${listNext(from)}.`,
    };
  }
  if (to === 'ready' || to === 'adopted') {
    const status = reviewStatus(policy, ctx.rights);
    const blocked = to === 'ready' ? reviewBlockingReason(status) : adoptionBlockingReason(status);
    if (blocked) {
      return {
        allowed: false,
        reason: `${to === 'ready' ? 'The policy cannot be marked ready for a vote' : 'The policy cannot be adopted'}: ${blocked}`,
      };
    }
  }
  const needs = VOTED[`${from}>${to}`];
  if (needs) {
    if (!ctx.vote)
      return {
        allowed: false,
        reason: `Making the policy ${label(to)} takes a vote of the meeting.`,
      };
    if (ctx.vote.outcome !== needs) {
      return {
        allowed: false,
        reason: `The vote does not support making the policy ${label(to)}: ${ctx.vote.sentence}`,
      };
    }
  }
  return { allowed: true };
}

export function transitionPolicy(
  policy: Policy,
  to: PolicyStatus,
  ctx: TransitionContext & { at: string; by?: string; reason?: string },
): Result<Policy> {
  const check = checkTransition(policy, to, ctx);
  if (!check.allowed) return refuse(check.reason);
  const change = {
    from: policy.status,
    to,
    at: ctx.at,
    ...(ctx.by !== undefined ? { by: ctx.by } : {}),
    ...(ctx.reason !== undefined ? { reason: ctx.reason } : {}),
    ...(ctx.vote !== undefined ? { vote: ctx.vote } : {}),
  };
  return ok({ ...policy, status: to, history: [...policy.history, change] });
}
