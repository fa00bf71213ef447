/**
 * Platform edits that need no vote: policy areas, drafting policies and moving them through
 * rights review, findings, and proposing or withdrawing amendments.
 */
import { randomUUID } from 'node:crypto';
import type { PlatformView, PolicyInput } from '../../../shared/contract/platform';
import { AppError } from '../../../shared/errors';
import {
  addArea,
  findCurrentRight,
  newPolicy,
  proposeAmendment,
  recordFinding,
  removeArea,
  renameArea,
  transitionPolicy,
  withdrawAmendment,
} from '../../../shared/platform';
import { policyOf, replacePolicy, unwrap, withPlatform } from '../../../shared/platform/inStore';
import type { StoreData } from '../../../shared/schema/store';
import type { Session } from '../../session';
import { updateSettled, updateSettledView } from '../settled';
import { platformView } from './views';
import { openDecisionFor } from './motions';

function edit(
  session: Session,
  fn: (data: StoreData, at: string) => StoreData,
): Promise<PlatformView> {
  const at = session.clock().toISOString();
  return updateSettledView(session, (data) => fn(data, at), platformView);
}

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

function checkArea(data: StoreData, areaId: string) {
  if (!data.platform.areas.some((a) => a.id === areaId))
    throw new AppError('invalid-input', 'Choose one of the policy areas.');
}

export function createPolicy(session: Session, input: PolicyInput): Promise<{ id: string }> {
  return updateSettled(session, (data) => {
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
    const pending = openDecisionFor(
      data,
      (c) => c.kind === 'policy-adopt' && c.policyId === policy.id,
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

export function addAmendment(
  session: Session,
  input: { policyId: string; newText: string; by: string; rationale: string },
): Promise<{ id: string }> {
  const at = session.clock().toISOString();
  return updateSettled(session, (data) => {
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
