import { useState } from 'react';
import type { Policy } from '../../../../shared/platform';
import { Notice } from '../../ui/Notice';
import { useAction } from '../../ui/useAction';
import { PutToVoteForm } from './PutToVoteForm';

/** Laying a policy on the table (and taking it from the table) is a majority vote. */
export function TableVote({ policy }: { policy: Policy }) {
  const action = useAction();
  const [open, setOpen] = useState(false);
  if (policy.status !== 'ready' && policy.status !== 'tabled') return null;
  const to = policy.status === 'ready' ? 'tabled' : 'ready';
  const label = to === 'tabled' ? 'Lay on the table' : 'Take from the table';
  return (
    <section className="card" aria-labelledby="table-heading">
      <h2 id="table-heading">{policy.status === 'tabled' ? 'On the table' : 'Postpone'}</h2>
      <Notice kind="error">{action.error}</Notice>
      {open ? (
        <PutToVoteForm
          label={label}
          subject={{ type: 'policy-status', policyId: policy.id, to }}
          defaultThreshold="majority-cast"
          action={action}
          onCancel={() => setOpen(false)}
        />
      ) : (
        <button type="button" onClick={() => setOpen(true)}>
          {label}…
        </button>
      )}
    </section>
  );
}
