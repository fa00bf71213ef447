import type { PlatformView } from '../../../../shared/contract/platform';
import {
  adoptionBlockingReason,
  canPutToAdoptionVote,
  reviewStatus,
  type Policy,
} from '../../../../shared/platform';
import { Notice } from '../../ui/Notice';
import { useAction } from '../../ui/useAction';
import { PutToVoteForm } from './PutToVoteForm';

/** Puts the policy to its adoption vote, once the rights review lets it. */
export function AdoptionVote({ policy, view }: { policy: Policy; view: PlatformView }) {
  const action = useAction();
  if (policy.status === 'adopted' || policy.status === 'rejected' || policy.status === 'withdrawn')
    return null;
  const can = canPutToAdoptionVote(policy, view.platform.rights);
  const blocked = adoptionBlockingReason(reviewStatus(policy, view.platform.rights));
  return (
    <section className="card" aria-labelledby="adopt-heading">
      <h2 id="adopt-heading">Adoption vote</h2>
      <Notice kind="error">{action.error}</Notice>
      {can.allowed ? (
        <PutToVoteForm
          label="Put to adoption vote"
          subject={{ type: 'policy-adoption', policyId: policy.id }}
          defaultThreshold="two-thirds-cast"
          action={action}
        />
      ) : (
        <>
          <p>
            <strong>Not yet:</strong> {can.reason}
          </p>
          {blocked && policy.status !== 'ready' && (
            <p>
              <strong>Rights review:</strong> {blocked}
            </p>
          )}
        </>
      )}
    </section>
  );
}
