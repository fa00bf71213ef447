import { useState } from 'react';
import { api } from '../../api';
import type { PolicySectionProps } from './types';
import { PolicyForm } from './PolicyForm';

/** The policy's summary and text; a draft (or one in rights review) can be edited. */
export function PolicyText({ policy, view, action }: PolicySectionProps) {
  const [editing, setEditing] = useState(false);
  const editable = policy.status === 'draft' || policy.status === 'rights-review';
  if (editing)
    return (
      <PolicyForm
        view={view}
        initial={policy}
        label="Edit the policy"
        className="card form"
        submitLabel="Save"
        action={action}
        onSubmit={(input) => api.platform.updatePolicy({ id: policy.id, policy: input })}
        success="Policy saved."
        onSuccess={() => setEditing(false)}
        onCancel={() => setEditing(false)}
      />
    );
  return (
    <section className="card" aria-labelledby="text-heading">
      <div className="page-head">
        <h2 id="text-heading">Text</h2>
        {editable && (
          <button type="button" onClick={() => setEditing(true)}>
            Edit the draft
          </button>
        )}
      </div>
      {policy.summary && (
        <p>
          <em>{policy.summary}</em>
        </p>
      )}
      <p style={{ whiteSpace: 'pre-wrap' }}>
        {policy.text || <span className="muted">No text yet.</span>}
      </p>
    </section>
  );
}
