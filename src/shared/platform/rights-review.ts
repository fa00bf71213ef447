import type { FindingKind, Policy, RightsFinding } from './policy';
import { ok, refuse, type Result } from './outcome';
import { currentRights, type CurrentRight, type SecuredRight } from './rights';

/** Where one Secured Right stands in a policy's review. "stale" = reviewed against an older wording. */
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

export function reviewStatus(policy: Policy, rights: readonly SecuredRight[]): ReviewStatus {
  const rows = currentRights(rights).map((right): ReviewRow => {
    const finding = latestFindingFor(policy, right.id);
    const state: ReviewRowState = !finding
      ? 'missing'
      : finding.rightVersion !== right.version
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
      return `${name} was reworded after it was reviewed, so it needs a new finding`;
    default:
      return `${name}: ${row.state}`;
  }
}

/** Plain words for why the review blocks a vote, or null when it does not. */
export function reviewBlockingReason(status: ReviewStatus): string | null {
  if (status.clear) return null;
  return `${status.blocking.map(describeRow).join('; ')}.`;
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
