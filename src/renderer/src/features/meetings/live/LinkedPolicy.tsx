import { useEffect } from 'react';
import {
  amendmentDiff,
  canPutToAdoptionVote,
  POLICY_STATUS_LABELS,
} from '../../../../../shared/platform';
import { api } from '../../../api';
import { Diff } from '../../../ui/Diff';
import { useAsync } from '../../../ui/useAsync';

/** The policy the current item is about: its status and the amendments proposed to it. */
export function LinkedPolicy({ policyId, version }: { policyId: string; version: number }) {
  const { value, reload } = useAsync(() => api.platform.get());
  useEffect(() => reload(), [version, reload]);
  const policy = value?.platform.policies.find((p) => p.id === policyId);
  if (!value || !policy) return null;
  const can = canPutToAdoptionVote(policy, value.platform.rights);
  const amendments = value.platform.amendments.filter(
    (a) => a.policyId === policyId && a.status === 'proposed',
  );
  return (
    <div>
      <h3>
        Policy: <a href={`#/platform/policy/${policy.id}`}>{policy.title}</a>{' '}
        <span className="badge">{POLICY_STATUS_LABELS[policy.status]}</span>
      </h3>
      {policy.summary && <p>{policy.summary}</p>}
      {!can.allowed && policy.status !== 'adopted' && <p className="muted">{can.reason}</p>}
      {amendments.map((a) => (
        <div key={a.id}>
          <p>
            <strong>Amendment proposed by {a.proposedBy}</strong>
            {a.rationale ? ` — ${a.rationale}` : ''}
          </p>
          <Diff segments={amendmentDiff(a)} label={`Amendment by ${a.proposedBy}`} />
        </div>
      ))}
    </div>
  );
}
