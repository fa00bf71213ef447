import { useState } from 'react';
import { platformChannels } from '../../../../shared/contract/platform';
import { amendmentDiff, type Policy } from '../../../../shared/platform';
import { api } from '../../api';
import { Diff } from '../../ui/Diff';
import { Field } from '../../ui/Field';
import { Form, useSchemaForm } from '../../ui/Form';
import { Notice } from '../../ui/Notice';
import { useAction, type Action } from '../../ui/useAction';
import type { PolicySectionProps } from './types';
import { PutToVoteForm } from './PutToVoteForm';

const AmendmentSchema = platformChannels['platform.proposeAmendment'].input.omit({
  policyId: true,
});

/** Amendments to the policy's text, each shown as a word diff; each is put to its own vote. */
export function Amendments({ policy, view, action }: PolicySectionProps) {
  const amendments = view.platform.amendments.filter((a) => a.policyId === policy.id);
  const [proposing, setProposing] = useState(false);
  const [voting, setVoting] = useState<string | null>(null);
  const votes = useAction();
  const amendable = ['draft', 'rights-review', 'ready', 'tabled'].includes(policy.status);
  return (
    <section className="card" aria-labelledby="amendments-heading">
      <div className="page-head">
        <h2 id="amendments-heading">Amendments</h2>
        {amendable && (
          <button type="button" onClick={() => setProposing(true)} aria-expanded={proposing}>
            Propose an amendment
          </button>
        )}
      </div>
      <Notice kind="error">{votes.error}</Notice>
      {proposing && (
        <AmendmentForm policy={policy} action={action} onClose={() => setProposing(false)} />
      )}
      {amendments.map((a) => (
        <article key={a.id} className="card">
          <p>
            <strong>Amendment by {a.proposedBy}</strong> · {a.status}
            {a.rationale ? ` — ${a.rationale}` : ''}
            {a.vote && ` · ${a.vote.sentence}`}
          </p>
          <Diff segments={amendmentDiff(a)} label={`Changes proposed by ${a.proposedBy}`} />
          {a.status === 'proposed' && (
            <div className="actions wrap">
              {voting === a.id ? (
                <PutToVoteForm
                  label="Put the amendment to a vote"
                  subject={{ type: 'amendment', amendmentId: a.id }}
                  defaultThreshold="majority-cast"
                  action={votes}
                  onCancel={() => setVoting(null)}
                />
              ) : (
                <>
                  <button type="button" onClick={() => setVoting(a.id)}>
                    Put to a vote…
                  </button>
                  <button
                    type="button"
                    disabled={action.busy}
                    onClick={() =>
                      void action.run(() => api.platform.withdrawAmendment({ id: a.id }), {
                        success: 'Amendment withdrawn.',
                      })
                    }
                  >
                    Withdraw
                  </button>
                </>
              )}
            </div>
          )}
        </article>
      ))}
      {amendments.length === 0 && <p className="muted">No amendments.</p>}
    </section>
  );
}

function AmendmentForm({
  policy,
  action,
  onClose,
}: {
  policy: Policy;
  action: Action;
  onClose: () => void;
}) {
  const form = useSchemaForm(AmendmentSchema, { newText: policy.text, by: '', rationale: '' });
  const { register } = form;
  return (
    <Form
      form={form}
      action={action}
      aria-label="Propose an amendment"
      onSubmit={(amendment) => api.platform.proposeAmendment({ policyId: policy.id, ...amendment })}
      success="Amendment proposed."
      onSuccess={onClose}
      submitLabel="Propose"
      onCancel={onClose}
    >
      <Field label="Amended text">
        <textarea rows={6} {...register('newText')} />
      </Field>
      <div className="form inline">
        <Field label="Proposed by">
          <input {...register('by')} />
        </Field>
        <Field label="Why">
          <input {...register('rationale')} />
        </Field>
      </div>
    </Form>
  );
}
