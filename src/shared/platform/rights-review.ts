import type { FindingKind, Policy, RightsFinding } from './policy';
import { ok, refuse, type Result } from './outcome';
import { currentRights, type CurrentRight, type SecuredRight } from './rights';

/**
 * Where one Secured Right stands in a policy's review. "stale" = reviewed against an older
 * wording of the right, or before an amendment changed the policy's text.
 */
export type ReviewRowState = FindingKind | 'missing' | 'stale';

export type ReviewRow = {
  right: CurrentRight;
  finding: RightsFinding | null;
  state: ReviewRowState;
};

export type ReviewStatus = {
  rows: ReviewRow[];
  /** No open conflict and a current finding for every current right. */
  clear: boolean;
  blocking: ReviewRow[];
  needsDiscussion: ReviewRow[];
};

export function latestFindingFor(policy: Policy, rightId: string): RightsFinding | null {
  return policy.findings.findLast((f) => f.rightId === rightId) ?? null;
}

/** When an adopted amendment last changed the policy's text (null if none has). */
export function textAmendedAt(policy: Policy): string | null {
  return policy.textChanges.at(-1)?.at ?? null;
}

/** A finding written before the policy's text was last amended reviewed words no longer there. */
function predatesAmendment(finding: RightsFinding, policy: Policy): boolean {
  const amended = textAmendedAt(policy);
  return amended !== null && Date.parse(finding.at) < Date.parse(amended);
}

export function reviewStatus(policy: Policy, rights: readonly SecuredRight[]): ReviewStatus {
  const rows = currentRights(rights).map((right): ReviewRow => {
    const finding = latestFindingFor(policy, right.id);
    const state: ReviewRowState = !finding
      ? 'missing'
      : finding.rightVersion !== right.version || predatesAmendment(finding, policy)
        ? 'stale'
        : finding.finding;
    return { right, finding, state };
  });
  const blocking = rows.filter(
    (r) => r.state === 'conflict' || r.state === 'missing' || r.state === 'stale',
  );
  return {
    rows,
    clear: blocking.length === 0,
    blocking,
    needsDiscussion: rows.filter((r) => r.state === 'needs-discussion'),
  };
}

function describeRow(row: ReviewRow): string {
  const name = `Secured Right ${row.right.number} (${row.right.title})`;
  switch (row.state) {
    case 'conflict':
      return `${name} is marked in conflict${row.finding?.note ? `: ${row.finding.note}` : ''}`;
    case 'missing':
      return `${name} has not been reviewed`;
    case 'stale':
      return row.finding && row.finding.rightVersion !== row.right.version
        ? `${name} was reworded after it was reviewed, so it needs a new finding`
        : `${name} was reviewed before the policy’s text was amended, so it needs a new finding`;
    case 'needs-discussion':
      return `${name} still says “Needs discussion”${row.finding?.note ? ` (${row.finding.note})` : ''}: discuss it and record a new finding`;
    default:
      return `${name}: ${row.state}`;
  }
}

/** Plain words for why the review blocks a vote, or null when it does not. */
export function reviewBlockingReason(status: ReviewStatus): string | null {
  if (status.clear) return null;
  return `${status.blocking.map(describeRow).join('; ')}.`;
}

/**
 * Plain words for why the review blocks adoption, or null when it does not: everything that
 * blocks a vote, and any right still marked "Needs discussion" (the discussion comes first).
 */
export function adoptionBlockingReason(status: ReviewStatus): string | null {
  const rows = [...status.blocking, ...status.needsDiscussion];
  return rows.length === 0 ? null : `${rows.map(describeRow).join('; ')}.`;
}

export function recordFinding(
  policy: Policy,
  rights: readonly SecuredRight[],
  finding: RightsFinding,
): Result<Policy> {
  const right = currentRights(rights).find((r) => r.id === finding.rightId);
  if (!right) return refuse('That Secured Right is not part of the current list.');
  if (finding.rightVersion !== right.version) {
    return refuse(
      `Secured Right ${right.number} has changed since this finding was written; review its current wording.`,
    );
  }
  if (
    policy.status === 'adopted' ||
    policy.status === 'rejected' ||
    policy.status === 'withdrawn'
  ) {
    return refuse(`The policy is ${policy.status}; findings can no longer change its outcome.`);
  }
  return ok({ ...policy, findings: [...policy.findings, finding] });
}
