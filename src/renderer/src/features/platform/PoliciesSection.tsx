import { useState } from 'react';
import type { PlatformView } from '../../../../shared/contract/platform';
import { POLICY_STATUS_LABELS, reviewStatus } from '../../../../shared/platform';
import { api } from '../../api';
import { navigate } from '../../router';
import { DataTable } from '../../ui/DataTable';
import type { Action } from '../../ui/useAction';
import { PolicyForm } from './PolicyForm';

/** Policies by area, with their status and rights review; a new policy starts as a draft. */
export function PoliciesSection({ view, action }: { view: PlatformView; action: Action }) {
  const [creating, setCreating] = useState(false);
  const rights = view.platform.rights;
  return (
    <section className="card" aria-labelledby="policies-heading">
      <div className="page-head">
        <h2 id="policies-heading">Policies by area</h2>
        <button type="button" onClick={() => setCreating(true)} aria-expanded={creating}>
          New policy
        </button>
      </div>
      {creating && (
        <PolicyForm
          view={view}
          label="New policy"
          className="form card"
          submitLabel="Create draft"
          action={action}
          onSubmit={async (policy) => {
            const { id } = await api.platform.createPolicy(policy);
            navigate(`/platform/policy/${id}`);
          }}
          onCancel={() => setCreating(false)}
        />
      )}
      {view.platform.areas.map((area) => {
        const policies = view.platform.policies.filter((p) => p.areaId === area.id);
        return (
          <div key={area.id}>
            <h3>{area.name}</h3>
            {policies.length === 0 ? (
              <p className="muted">No policies yet.</p>
            ) : (
              <DataTable
                className="table compact"
                caption={`Policies in ${area.name}`}
                captionHidden
                rows={policies}
                rowKey={(p) => p.id}
                columns={[
                  {
                    header: 'Policy',
                    rowHeader: true,
                    cell: (p) => <a href={`#/platform/policy/${p.id}`}>{p.title}</a>,
                  },
                  { header: 'Status', cell: (p) => POLICY_STATUS_LABELS[p.status] },
                  {
                    header: 'Rights review',
                    cell: (p) => {
                      const review = reviewStatus(p, rights);
                      const conflicts = review.rows.filter((r) => r.state === 'conflict').length;
                      if (conflicts > 0)
                        return <span className="tag conflict">{conflicts} in conflict</span>;
                      if (!review.clear) return `${review.blocking.length} to review`;
                      return (
                        <>
                          <span className="tag ok">clear</span>
                          {review.needsDiscussion.length > 0 &&
                            ` · ${review.needsDiscussion.length} to discuss`}
                        </>
                      );
                    },
                  },
                ]}
              />
            )}
          </div>
        );
      })}
    </section>
  );
}
