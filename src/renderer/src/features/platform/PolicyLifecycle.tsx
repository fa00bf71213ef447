import { POLICY_STATUS_LABELS, POLICY_TRANSITIONS, type Policy } from '../../../../shared/platform';
import { api } from '../../api';
import type { Action } from '../../ui/useAction';

const MANUAL = ['rights-review', 'ready', 'draft', 'withdrawn'] as const;
const MANUAL_LABELS: Record<(typeof MANUAL)[number], string> = {
  'rights-review': 'Send to rights review',
  ready: 'Mark ready for a vote',
  draft: 'Back to draft',
  withdrawn: 'Withdraw',
};

/** The status changes a person makes by hand (adopting, rejecting and tabling take votes). */
export function PolicyLifecycle({ policy, action }: { policy: Policy; action: Action }) {
  const allowed = MANUAL.filter((to) => POLICY_TRANSITIONS[policy.status].includes(to));
  if (allowed.length === 0) return null;
  return (
    <section className="card" aria-labelledby="lifecycle-heading">
      <h2 id="lifecycle-heading">Lifecycle</h2>
      <p className="muted">
        Draft → rights review → ready → adopted / rejected / withdrawn / tabled.
      </p>
      <div className="actions wrap">
        {allowed.map((to) => (
          <button
            key={to}
            type="button"
            disabled={action.busy}
            onClick={() =>
              void action.run(() => api.platform.transition({ policyId: policy.id, to }), {
                success: `Policy is now ${POLICY_STATUS_LABELS[to].toLowerCase()}.`,
              })
            }
          >
            {MANUAL_LABELS[to]}
          </button>
        ))}
      </div>
    </section>
  );
}
