/**
 * Motions that change the platform: a policy's adoption, laying it on or taking it from the
 * table, an amendment, and adopting, amending or removing a Secured Right. Each opens a vote
 * (in a meeting or outside one) and records the pending change in the same write; the change
 * is applied when the vote is certified (src/shared/decisions/platform.ts).
 */
import { randomUUID } from 'node:crypto';
import type { PolicyVoteInput, RightProposal } from '../../../shared/contract/platform';
import { AppError } from '../../../shared/errors';
import { canPutToAdoptionVote, findCurrentRight } from '../../../shared/platform';
import { policyOf, withPlatform } from '../../../shared/platform/inStore';
import type { PendingDecision } from '../../../shared/platform/stored';
import type { StoreData } from '../../../shared/schema/store';
import { THRESHOLD_LABELS } from '../../../shared/settings';
import type { Session } from '../../session';
import { startDecision } from '../decisions';
import { readSettled } from '../settled';

export function openDecisionFor(data: StoreData, match: (c: PendingDecision['change']) => boolean) {
  return data.platform.decisions.some((d) => !d.settledAt && match(d.change));
}

function recordDecision(change: PendingDecision['change'], id: string = randomUUID()) {
  return (data: StoreData, voteId: string, at: string): StoreData =>
    withPlatform(data, {
      decisions: [
        ...data.platform.decisions,
        { id, voteId, openedAt: at, change, settledAt: null, problem: null },
      ],
    });
}

/** Puts a policy's adoption, or an amendment, to a vote (in a meeting or outside one). */
export async function putToVote(
  session: Session,
  input: z_PolicyVote,
): Promise<{ voteId: string }> {
  const data = readSettled(session);
  const common = {
    mover: input.mover,
    seconder: input.seconder,
    method: input.method,
    threshold: input.threshold,
    meetingId: input.meetingId,
    itemId: input.itemId,
  };
  if (input.subject.type === 'policy-adoption') {
    const policyId = input.subject.policyId;
    const policy = policyOf(data, policyId);
    const check = (d: StoreData) => {
      const p = policyOf(d, policyId);
      const can = canPutToAdoptionVote(p, d.platform.rights);
      if (!can.allowed) throw new AppError('conflict', can.reason);
      if (openDecisionFor(d, (c) => c.kind === 'policy-adopt' && c.policyId === policyId))
        throw new AppError('conflict', 'An adoption vote on this policy is already open.');
      const amending = openDecisionFor(
        d,
        (c) => (c.kind === 'amendment' || c.kind === 'policy-status') && c.policyId === policyId,
      );
      if (amending) throw new AppError('conflict', 'Finish the open vote on this policy first.');
    };
    const { voteId } = await startDecision(session, {
      ...common,
      title: `Adopt the policy "${policy.title}"`,
      text: `That the chapter adopts the policy "${policy.title}" into its platform.`,
      policyId,
      purpose: 'policy-adoption',
      subject: { type: 'policy-adoption', policyId },
      check,
      record: recordDecision({ kind: 'policy-adopt', policyId }),
    });
    return { voteId };
  }
  if (input.subject.type === 'policy-status') {
    const { policyId, to } = input.subject;
    const policy = policyOf(data, policyId);
    const check = (d: StoreData) => {
      const p = policyOf(d, policyId);
      const from = to === 'tabled' ? 'ready' : 'tabled';
      if (p.status !== from)
        throw new AppError(
          'conflict',
          to === 'tabled'
            ? 'Only a policy that is ready for a vote can be laid on the table.'
            : 'This policy is not on the table.',
        );
      if (
        openDecisionFor(
          d,
          (c) => c.kind !== 'right-adopt' && 'policyId' in c && c.policyId === policyId,
        )
      )
        throw new AppError('conflict', 'Another vote on this policy is still open.');
    };
    const { voteId } = await startDecision(session, {
      ...common,
      threshold: 'majority-cast',
      title: `${to === 'tabled' ? 'Lay on the table' : 'Take from the table'}: "${policy.title}"`,
      text:
        to === 'tabled'
          ? `That the policy "${policy.title}" be laid on the table.`
          : `That the policy "${policy.title}" be taken from the table.`,
      policyId,
      purpose: 'policy-status',
      subject: { type: 'policy-status', policyId, to },
      check,
      record: recordDecision({ kind: 'policy-status', policyId, to }),
    });
    return { voteId };
  }
  const amendmentId = input.subject.amendmentId;
  const amendment = data.platform.amendments.find((a) => a.id === amendmentId);
  if (!amendment) throw new AppError('not-found', 'That amendment no longer exists.');
  const policy = policyOf(data, amendment.policyId);
  const { voteId } = await startDecision(session, {
    ...common,
    title: `Amend "${policy.title}"`,
    text: `That the text of "${policy.title}" be amended as proposed by ${amendment.proposedBy}.`,
    policyId: policy.id,
    purpose: 'amendment',
    subject: { type: 'amendment', policyId: policy.id, amendmentId },
    check: (d) => {
      const a = d.platform.amendments.find((x) => x.id === amendmentId);
      if (!a || a.status !== 'proposed')
        throw new AppError('conflict', `This amendment is already ${a?.status ?? 'gone'}.`);
      if (openDecisionFor(d, (c) => c.kind === 'amendment' && c.amendmentId === amendmentId))
        throw new AppError('conflict', 'This amendment is already being voted on.');
      if (policyOf(d, policy.id).text !== a.baseText)
        throw new AppError(
          'conflict',
          'The policy text changed after this amendment was proposed; restate it against the current text.',
        );
    },
    record: recordDecision({ kind: 'amendment', policyId: policy.id, amendmentId }),
  });
  return { voteId };
}

type z_PolicyVote = Omit<PolicyVoteInput, 'method'> & {
  method: NonNullable<PolicyVoteInput['method']>;
};

/** Adopting, amending or removing a Secured Right: a vote at the chapter's supermajority rule. */
export async function proposeRight(
  session: Session,
  input: RightProposal & { method: NonNullable<RightProposal['method']> },
): Promise<{ voteId: string }> {
  const data = readSettled(session);
  const threshold = data.settings.rightsThreshold;
  const rule = THRESHOLD_LABELS[threshold].toLowerCase();
  const common = {
    mover: input.mover,
    seconder: input.seconder,
    method: input.method,
    threshold,
    meetingId: input.meetingId,
    itemId: input.itemId,
    purpose: `right-${input.change}`,
  };
  if (input.change === 'adopt') {
    const id = randomUUID();
    const { voteId } = await startDecision(session, {
      ...common,
      title: `Adopt the Secured Right "${input.title}"`,
      text: `That the chapter adopts as a Secured Right: "${input.title}" — ${input.text} (needs ${rule}).`,
      subject: { type: 'right-change', rightId: null },
      record: recordDecision({ kind: 'right-adopt', title: input.title, text: input.text }, id),
    });
    return { voteId };
  }
  const right = findCurrentRight(data.platform.rights, input.rightId);
  if (!right)
    throw new AppError('not-found', 'That Secured Right is not part of the current list.');
  const check = (d: StoreData) => {
    if (!findCurrentRight(d.platform.rights, right.id))
      throw new AppError('not-found', 'That Secured Right is not part of the current list.');
    if (
      openDecisionFor(
        d,
        (c) => (c.kind === 'right-amend' || c.kind === 'right-remove') && c.rightId === right.id,
      )
    )
      throw new AppError('conflict', 'A vote on changing this Secured Right is already open.');
  };
  if (input.change === 'amend') {
    if (input.title === right.title && input.text === right.text)
      throw new AppError('invalid-input', 'The proposed wording is the same as the current one.');
    const { voteId } = await startDecision(session, {
      ...common,
      title: `Amend Secured Right ${right.number} "${right.title}"`,
      text: `That Secured Right ${right.number} read: "${input.title}" — ${input.text} (needs ${rule}).`,
      subject: { type: 'right-change', rightId: right.id },
      check,
      record: recordDecision({
        kind: 'right-amend',
        rightId: right.id,
        title: input.title,
        text: input.text,
      }),
    });
    return { voteId };
  }
  const { voteId } = await startDecision(session, {
    ...common,
    title: `Remove Secured Right ${right.number} "${right.title}"`,
    text: `That Secured Right ${right.number} "${right.title}" be removed (needs ${rule}).`,
    subject: { type: 'right-change', rightId: right.id },
    check,
    record: recordDecision({ kind: 'right-remove', rightId: right.id }),
  });
  return { voteId };
}
