/**
 * Platform: Secured Rights, areas, policies, rights review, amendments and platform versions.
 * Adopting or changing anything is a vote (decisions.ts); a pending change is applied when
 * its vote is certified, reading the outcome from the vote log.
 */
import { randomUUID } from 'node:crypto';
import type {
  DecisionView,
  PlatformView,
  PolicyInput,
  PolicyVoteInput,
  RightProposal,
} from '../../shared/contract/platform';
import { AppError } from '../../shared/errors';
import {
  addArea,
  adoptRight,
  amendRight,
  applyAmendment,
  canPutToAdoptionVote,
  findCurrentRight,
  newPolicy,
  nextPlatformVersion,
  proposeAmendment,
  recordAmendmentVote,
  recordFinding,
  removeArea,
  removeRight,
  renameArea,
  transitionPolicy,
  withdrawAmendment,
  type PlatformCause,
  type Policy,
  type Result,
  type VoteResult,
} from '../../shared/platform';
import type { PendingDecision, PlatformStore } from '../../shared/platform/stored';
import type { StoreData } from '../../shared/schema/store';
import { THRESHOLD_LABELS } from '../../shared/settings';
import type { Session } from '../session';
import { startDecision, voteResultOf } from './decisions';
import { applyDecidedPoints } from './pointsOfOrder';

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new AppError('conflict', result.reason);
  return result.value;
}

function withPlatform(data: StoreData, platform: Partial<PlatformStore>): StoreData {
  return { ...data, platform: { ...data.platform, ...platform } };
}

function policyOf(data: StoreData, id: string): Policy {
  const policy = data.platform.policies.find((p) => p.id === id);
  if (!policy) throw new AppError('not-found', 'That policy no longer exists.');
  return policy;
}

function replacePolicy(data: StoreData, policy: Policy): StoreData {
  return withPlatform(data, {
    policies: data.platform.policies.map((p) => (p.id === policy.id ? policy : p)),
  });
}

function addVersion(data: StoreData, date: string, cause: PlatformCause): StoreData {
  const versions = data.platform.versions;
  const previous = versions.at(-1) ?? null;
  // A version is never dated before the one it follows.
  const at = previous && Date.parse(date) < Date.parse(previous.date) ? previous.date : date;
  const version = unwrap(nextPlatformVersion(previous, data.platform, { date: at, cause }));
  return withPlatform(data, { versions: [...versions, version] });
}

// ---------------------------------------------------------------- settling decisions

type Applied = { data: StoreData; problem: string | null };

function applyDecision(data: StoreData, d: PendingDecision, vote: VoteResult, at: string): Applied {
  const rule = { requiredThreshold: data.settings.rightsThreshold };
  const c = d.change;
  const nothing = vote.outcome === 'no-quorum' ? `Nothing was decided: ${vote.sentence}` : null;
  const attempt = (fn: () => StoreData): Applied => {
    try {
      return { data: fn(), problem: null };
    } catch (e) {
      if (e instanceof AppError) return { data, problem: e.message };
      throw e;
    }
  };
  switch (c.kind) {
    case 'right-adopt':
    case 'right-amend':
    case 'right-remove': {
      if (vote.outcome !== 'adopted') return { data, problem: nothing };
      return attempt(() => {
        const rights = data.platform.rights;
        const id = c.kind === 'right-adopt' ? d.id : c.rightId;
        const next =
          c.kind === 'right-adopt'
            ? adoptRight(rights, { id, title: c.title, text: c.text, date: at, vote }, rule)
            : c.kind === 'right-amend'
              ? amendRight(rights, id, { title: c.title, text: c.text, date: at, vote }, rule)
              : removeRight(rights, id, { date: at, vote }, rule);
        const kind =
          c.kind === 'right-adopt'
            ? 'right-adopted'
            : c.kind === 'right-amend'
              ? 'right-amended'
              : 'right-removed';
        return addVersion(withPlatform(data, { rights: unwrap(next) }), at, {
          kind,
          refId: id,
          vote,
        });
      });
    }
    case 'policy-adopt': {
      if (vote.outcome === 'no-quorum') return { data, problem: nothing };
      return attempt(() => {
        const policy = policyOf(data, c.policyId);
        const to = vote.outcome === 'adopted' ? 'adopted' : 'rejected';
        const changed = unwrap(
          transitionPolicy(policy, to, { rights: data.platform.rights, vote, at }),
        );
        const next = replacePolicy(data, changed);
        return to === 'adopted'
          ? addVersion(next, at, { kind: 'policy-adopted', refId: policy.id, vote })
          : next;
      });
    }
    case 'policy-status': {
      if (vote.outcome !== 'adopted') return { data, problem: nothing };
      return attempt(() =>
        replacePolicy(
          data,
          unwrap(
            transitionPolicy(policyOf(data, c.policyId), c.to, {
              rights: data.platform.rights,
              vote,
              at,
            }),
          ),
        ),
      );
    }
    case 'amendment': {
      if (vote.outcome === 'no-quorum') return { data, problem: nothing };
      return attempt(() => {
        const amendments = data.platform.amendments;
        const amendment = amendments.find((a) => a.id === c.amendmentId);
        if (!amendment) throw new AppError('not-found', 'That amendment no longer exists.');
        const voted = unwrap(recordAmendmentVote(amendment, vote));
        let next = withPlatform(data, {
          amendments: amendments.map((a) => (a.id === voted.id ? voted : a)),
        });
        if (voted.status === 'adopted') {
          next = replacePolicy(next, unwrap(applyAmendment(policyOf(next, c.policyId), voted, at)));
        }
        return next;
      });
    }
  }
}

/** Pending decisions whose vote has been certified since, in the order they were certified. */
function due(data: StoreData): { d: PendingDecision; vote: VoteResult; at: string }[] {
  const out = [];
  for (const d of data.platform.decisions) {
    if (d.settledAt) continue;
    const vote = voteResultOf(data, d.voteId);
    if (!vote) continue;
    const at = d.voteId ? (vote.voteId ? certifiedAt(data, d.voteId) : null) : null;
    out.push({ d, vote, at: at ?? new Date(0).toISOString() });
  }
  return out.sort((a, b) => a.at.localeCompare(b.at));
}

function certifiedAt(data: StoreData, voteId: string): string | null {
  for (let i = data.votes.length - 1; i >= 0; i--) {
    const e = data.votes[i]!.event;
    if (e.voteId === voteId && e.type === 'certified') return e.at;
  }
  return null;
}

/** Applies every certified, unsettled decision; returns the same object when there is none. */
export function settlePlatform(data: StoreData): StoreData {
  const pending = due(data);
  let next = data;
  for (const { d, vote, at } of pending) {
    const applied = applyDecision(next, d, vote, at);
    next = withPlatform(applied.data, {
      decisions: applied.data.platform.decisions.map((x) =>
        x.id === d.id ? { ...x, settledAt: at, problem: applied.problem } : x,
      ),
    });
  }
  return applyDecidedPoints(next);
}

/** Brings the platform up to date with certified votes (a write only when something changed). */
export async function settle(session: Session): Promise<StoreData> {
  const data = session.current().data;
  if (settlePlatform(data) === data) return data;
  await session.current().update((d) => ({ data: settlePlatform(d) }));
  return session.current().data;
}

// ---------------------------------------------------------------- views

function decisionTitle(
  data: StoreData,
  d: PendingDecision,
): { title: string; refId: string | null } {
  const c = d.change;
  const right = (id: string) => findCurrentRight(data.platform.rights, id);
  const policy = (id: string) =>
    data.platform.policies.find((p) => p.id === id)?.title ?? 'a policy';
  switch (c.kind) {
    case 'right-adopt':
      return { title: `Adopt the Secured Right "${c.title}"`, refId: d.id };
    case 'right-amend':
      return {
        title: `Amend Secured Right "${right(c.rightId)?.title ?? c.title}"`,
        refId: c.rightId,
      };
    case 'right-remove':
      return { title: `Remove Secured Right "${right(c.rightId)?.title ?? ''}"`, refId: c.rightId };
    case 'policy-adopt':
      return { title: `Adopt "${policy(c.policyId)}"`, refId: c.policyId };
    case 'amendment':
      return { title: `Amendment to "${policy(c.policyId)}"`, refId: c.amendmentId };
    case 'policy-status':
      return {
        title: `${c.to === 'tabled' ? 'Lay on the table' : 'Take from the table'}: "${policy(c.policyId)}"`,
        refId: c.policyId,
      };
  }
}

export function platformView(data: StoreData): PlatformView {
  const decisions: DecisionView[] = data.platform.decisions.map((d) => {
    const vote = voteResultOf(data, d.voteId);
    return {
      id: d.id,
      voteId: d.voteId,
      ...decisionTitle(data, d),
      status: vote ? 'certified' : 'open',
      summary: vote?.sentence ?? null,
      problem: d.problem,
      kind: d.change.kind,
    };
  });
  return {
    platform: data.platform,
    settings: data.settings,
    decisions: decisions.reverse(),
    chapterName: data.chapter?.name ?? '',
  };
}

export async function getPlatform(session: Session): Promise<PlatformView> {
  return platformView(await settle(session));
}

function edit(
  session: Session,
  fn: (data: StoreData, at: string) => StoreData,
): Promise<PlatformView> {
  const at = session.clock().toISOString();
  return session.current().update((data) => {
    const next = fn(data, at);
    return { data: next, result: platformView(next) };
  });
}

// ---------------------------------------------------------------- areas

export function addPolicyArea(session: Session, input: { name: string; description: string }) {
  return edit(session, (data) =>
    withPlatform(data, {
      areas: unwrap(addArea(data.platform.areas, { id: randomUUID(), ...input })),
    }),
  );
}

export function renamePolicyArea(session: Session, id: string, name: string) {
  return edit(session, (data) =>
    withPlatform(data, { areas: unwrap(renameArea(data.platform.areas, id, name)) }),
  );
}

export function removePolicyArea(session: Session, id: string) {
  return edit(session, (data) =>
    withPlatform(data, {
      areas: unwrap(removeArea(data.platform.areas, id, data.platform.policies)),
    }),
  );
}

// ---------------------------------------------------------------- policies

function checkArea(data: StoreData, areaId: string) {
  if (!data.platform.areas.some((a) => a.id === areaId))
    throw new AppError('invalid-input', 'Choose one of the policy areas.');
}

export function createPolicy(session: Session, input: PolicyInput): Promise<{ id: string }> {
  return session.current().update((data) => {
    checkArea(data, input.areaId);
    const policy = newPolicy({ id: randomUUID(), ...input });
    return {
      data: withPlatform(data, { policies: [...data.platform.policies, policy] }),
      result: { id: policy.id },
    };
  });
}

const EDITABLE = new Set(['draft', 'rights-review']);

export function updatePolicy(session: Session, id: string, input: PolicyInput) {
  return edit(session, (data) => {
    checkArea(data, input.areaId);
    const policy = policyOf(data, id);
    if (!EDITABLE.has(policy.status)) {
      throw new AppError(
        'conflict',
        'Only a draft or a policy in rights review can be edited directly; propose an amendment instead.',
      );
    }
    return replacePolicy(data, { ...policy, ...input });
  });
}

export function transition(
  session: Session,
  input: {
    policyId: string;
    to: 'draft' | 'rights-review' | 'ready' | 'withdrawn';
    by?: string | undefined;
    reason?: string | undefined;
  },
) {
  return edit(session, (data, at) => {
    const policy = policyOf(data, input.policyId);
    const pending = data.platform.decisions.some(
      (d) => !d.settledAt && d.change.kind === 'policy-adopt' && d.change.policyId === policy.id,
    );
    if (pending) throw new AppError('conflict', 'An adoption vote on this policy is still open.');
    const changed = transitionPolicy(policy, input.to, {
      rights: data.platform.rights,
      at,
      ...(input.by ? { by: input.by } : {}),
      ...(input.reason ? { reason: input.reason } : {}),
    });
    return replacePolicy(data, unwrap(changed));
  });
}

export function addFinding(
  session: Session,
  input: {
    policyId: string;
    rightId: string;
    finding: 'no-conflict' | 'conflict' | 'needs-discussion';
    note: string;
    by: string;
  },
) {
  return edit(session, (data, at) => {
    const policy = policyOf(data, input.policyId);
    const right = findCurrentRight(data.platform.rights, input.rightId);
    if (!right)
      throw new AppError('not-found', 'That Secured Right is not part of the current list.');
    const finding = {
      rightId: right.id,
      rightVersion: right.version,
      finding: input.finding,
      note: input.note,
      by: input.by,
      at,
    };
    return replacePolicy(data, unwrap(recordFinding(policy, data.platform.rights, finding)));
  });
}

// ---------------------------------------------------------------- amendments

export function addAmendment(
  session: Session,
  input: { policyId: string; newText: string; by: string; rationale: string },
): Promise<{ id: string }> {
  const at = session.clock().toISOString();
  return session.current().update((data) => {
    const policy = policyOf(data, input.policyId);
    const amendment = unwrap(
      proposeAmendment(policy, {
        id: randomUUID(),
        by: input.by,
        at,
        newText: input.newText,
        rationale: input.rationale,
      }),
    );
    return {
      data: withPlatform(data, { amendments: [...data.platform.amendments, amendment] }),
      result: { id: amendment.id },
    };
  });
}

export function dropAmendment(session: Session, id: string) {
  return edit(session, (data) => {
    const amendment = data.platform.amendments.find((a) => a.id === id);
    if (!amendment) throw new AppError('not-found', 'That amendment no longer exists.');
    if (openDecisionFor(data, (c) => c.kind === 'amendment' && c.amendmentId === id)) {
      throw new AppError('conflict', 'This amendment is being voted on.');
    }
    const withdrawn = unwrap(withdrawAmendment(amendment));
    return withPlatform(data, {
      amendments: data.platform.amendments.map((a) => (a.id === id ? withdrawn : a)),
    });
  });
}

function openDecisionFor(data: StoreData, match: (c: PendingDecision['change']) => boolean) {
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

// ---------------------------------------------------------------- votes

/** Puts a policy's adoption, or an amendment, to a vote (in a meeting or outside one). */
export async function putToVote(
  session: Session,
  input: z_PolicyVote,
): Promise<{ voteId: string }> {
  const data = await settle(session);
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
  const data = await settle(session);
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
