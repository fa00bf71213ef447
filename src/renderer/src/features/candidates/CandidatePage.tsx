import { formatDate } from '../../../../shared/dates';
import { useState } from 'react';
import { CANDIDATE_TRANSITIONS, type CandidateStatus } from '../../../../shared/candidates';
import { candidatesChannels, type CandidateDetail } from '../../../../shared/contract/candidates';
import { api } from '../../api';
import { BackLink } from '../../ui/BackLink';
import { Field } from '../../ui/Field';
import { Form, useSchemaForm } from '../../ui/Form';
import { Modal } from '../../ui/Modal';
import { ActionNotice, Notice } from '../../ui/Notice';
import { useAction, type Action } from '../../ui/useAction';
import { useAsync } from '../../ui/useAsync';
import { AccountabilityPanel } from './AccountabilityPanel';
import { AnswersPanel } from './AnswersPanel';
import { CandidateForm } from './CandidateForm';
import { EndorsementPanel } from './EndorsementPanel';
import { InterviewPanel } from './InterviewPanel';
import { statusLabel } from './format';

/** Transitions a person may make here; endorsing and withdrawing go through a vote. */
const BY_VOTE: ReadonlySet<CandidateStatus> = new Set([
  'endorsed',
  'conditionally-endorsed',
  'endorsement-withdrawn',
]);

export function CandidatePage({ id }: { id: string }) {
  const { value: detail, error, reload } = useAsync(() => api.candidates.get({ id }));
  const { value: overview } = useAsync(() => api.candidates.list());
  const [editing, setEditing] = useState(false);
  // Every change on this page (the panels' too) runs through this action; the page reloads after.
  const action = useAction({ onSuccess: reload });
  const closeEditor = () => {
    setEditing(false);
    action.clearError();
  };

  if (error) return <Notice kind="error">{error}</Notice>;
  if (!detail) return <p aria-busy="true">Loading…</p>;
  const c = detail.candidate;
  return (
    <section aria-labelledby="candidate-heading" className="candidate-page">
      <BackLink href="#/candidates">Candidates</BackLink>
      <div className="page-head">
        <h1 id="candidate-heading">{c.name}</h1>
        <div className="actions">
          <button type="button" onClick={() => setEditing(true)}>
            Edit details
          </button>
          <button
            type="button"
            disabled={action.busy}
            onClick={() =>
              void action.run(
                async () => {
                  const r = await api.print.save({
                    document: 'candidate-report-card',
                    params: { id: c.id },
                  });
                  if (!r.saved) throw new Error('Not saved.');
                },
                { success: 'Saved the report card as PDF.' },
              )
            }
          >
            Save report card as PDF
          </button>
        </div>
      </div>
      <p className="lead">
        {c.office}, {c.jurisdiction.name}
        {c.electionDate && ` · election ${formatDate(c.electionDate, 'en-US')}`} ·{' '}
        <strong className="status-pill">{statusLabel(c.status)}</strong>
      </p>
      <p className="muted">
        {[c.contact.email, c.contact.phone, c.contact.website, c.contact.address]
          .filter(Boolean)
          .join(' · ') || 'No contact details on record.'}
      </p>
      {/* While the editor is open, it shows its own error. */}
      {!editing && <ActionNotice action={action} />}

      <StatusPanel key={c.status} detail={detail} action={action} />
      <AnswersPanel
        detail={detail}
        questionnaires={overview?.questionnaires ?? []}
        action={action}
      />
      <InterviewPanel
        detail={detail}
        questionnaires={overview?.questionnaires ?? []}
        action={action}
      />
      <EndorsementPanel detail={detail} action={action} />
      <AccountabilityPanel detail={detail} action={action} />

      {editing && (
        <Modal title={`Edit ${c.name}`} onClose={closeEditor}>
          <CandidateForm
            initial={c}
            submitLabel="Save changes"
            action={action}
            onCancel={closeEditor}
            onSubmit={(input) => api.candidates.update({ id: c.id, candidate: input })}
            success="Saved."
            onSuccess={() => setEditing(false)}
          />
        </Modal>
      )}
    </section>
  );
}

const StatusSchema = candidatesChannels['candidates.setStatus'].input.omit({ id: true });

function StatusPanel({ detail, action }: { detail: CandidateDetail; action: Action }) {
  const c = detail.candidate;
  const options = CANDIDATE_TRANSITIONS[c.status].filter(
    (s) => !BY_VOTE.has(s) || (c.status === 'under-review' && s === 'endorsed'),
  );
  const form = useSchemaForm(StatusSchema, { to: options[0], reason: '' });
  return (
    <section className="card" aria-labelledby="status-heading">
      <h2 id="status-heading">Status</h2>
      {c.history.length > 0 && (
        <ol className="history">
          {c.history.map((h, i) => (
            <li key={i}>
              {formatDate(h.at, 'en-US')}: {statusLabel(h.from)} → {statusLabel(h.to)}
              {h.vote ? ` — ${h.vote.sentence}` : h.reason ? ` — ${h.reason}` : ''}
            </li>
          ))}
        </ol>
      )}
      {options.length > 0 && (
        <Form
          form={form}
          action={action}
          className="form inline"
          onSubmit={(change) => api.candidates.setStatus({ id: c.id, ...change })}
          success={(_, { to }) => `${c.name} is now ${statusLabel(to).toLowerCase()}.`}
          resetOnSuccess
          submitLabel="Change status"
          primary={false}
        >
          <Field label="Change status to">
            <select {...form.register('to')}>
              {options.map((s) => (
                <option key={s} value={s}>
                  {statusLabel(s)}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Reason (optional)">
            <input {...form.register('reason')} />
          </Field>
        </Form>
      )}
      <p className="muted">Endorsing, and withdrawing an endorsement, are decided by a vote.</p>
    </section>
  );
}
