import { useState } from 'react';
import { CANDIDATE_TRANSITIONS, type CandidateStatus } from '../../../../shared/candidates';
import type { CandidateDetail } from '../../../../shared/contract/candidates';
import { api, messageOf } from '../../api';
import { Field } from '../../ui/Field';
import { Modal } from '../../ui/Modal';
import { Notice } from '../../ui/Notice';
import { useAsync } from '../../ui/useAsync';
import { AccountabilityPanel } from './AccountabilityPanel';
import { AnswersPanel } from './AnswersPanel';
import { CandidateForm } from './CandidateForm';
import { EndorsementPanel } from './EndorsementPanel';
import { InterviewPanel } from './InterviewPanel';
import { statusLabel } from './format';

export type Run = (action: () => Promise<unknown>, success: string) => Promise<boolean>;

/** Transitions a person may make here; endorsing and withdrawing go through a vote. */
const BY_VOTE: ReadonlySet<CandidateStatus> = new Set([
  'endorsed',
  'conditionally-endorsed',
  'endorsement-withdrawn',
]);

export function CandidatePage({ id }: { id: string }) {
  const { value: detail, error, reload } = useAsync(() => api.candidates.get({ id }));
  const { value: overview } = useAsync(() => api.candidates.list());
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [editing, setEditing] = useState(false);

  const run: Run = async (action, success) => {
    try {
      await action();
      setMessage({ kind: 'success', text: success });
      reload();
      return true;
    } catch (e) {
      setMessage({ kind: 'error', text: messageOf(e) });
      return false;
    }
  };

  if (error) return <Notice kind="error">{error}</Notice>;
  if (!detail) return <p aria-busy="true">Loading…</p>;
  const c = detail.candidate;
  return (
    <section aria-labelledby="candidate-heading" className="candidate-page">
      <p>
        <a href="#/candidates">← Candidates</a>
      </p>
      <div className="page-head">
        <h1 id="candidate-heading">{c.name}</h1>
        <div className="actions">
          <button type="button" onClick={() => setEditing(true)}>
            Edit details
          </button>
          <button
            type="button"
            onClick={() =>
              run(async () => {
                const r = await api.print.save({
                  document: 'candidate-report-card',
                  params: { id: c.id },
                });
                if (!r.saved) throw new Error('Not saved.');
              }, 'Saved the report card as PDF.')
            }
          >
            Save report card as PDF
          </button>
        </div>
      </div>
      <p className="lead">
        {c.office}, {c.jurisdiction.name}
        {c.electionDate && ` · election ${c.electionDate}`} ·{' '}
        <strong className="status-pill">{statusLabel(c.status)}</strong>
      </p>
      <p className="muted">
        {[c.contact.email, c.contact.phone, c.contact.website, c.contact.address]
          .filter(Boolean)
          .join(' · ') || 'No contact details on record.'}
      </p>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}

      <StatusPanel detail={detail} run={run} />
      <AnswersPanel detail={detail} questionnaires={overview?.questionnaires ?? []} run={run} />
      <InterviewPanel detail={detail} questionnaires={overview?.questionnaires ?? []} run={run} />
      <EndorsementPanel detail={detail} run={run} />
      <AccountabilityPanel detail={detail} run={run} />

      {editing && (
        <Modal title={`Edit ${c.name}`} onClose={() => setEditing(false)}>
          <CandidateForm
            initial={{
              name: c.name,
              office: c.office,
              jurisdiction: c.jurisdiction,
              electionDate: c.electionDate,
              contact: c.contact,
            }}
            submitLabel="Save changes"
            onCancel={() => setEditing(false)}
            onSubmit={async (input) => {
              if (await run(() => api.candidates.update({ id: c.id, candidate: input }), 'Saved.'))
                setEditing(false);
            }}
          />
        </Modal>
      )}
    </section>
  );
}

function StatusPanel({ detail, run }: { detail: CandidateDetail; run: Run }) {
  const c = detail.candidate;
  const options = CANDIDATE_TRANSITIONS[c.status].filter(
    (s) => !BY_VOTE.has(s) || (c.status === 'under-review' && s === 'endorsed'),
  );
  const [to, setTo] = useState<CandidateStatus | ''>('');
  const [reason, setReason] = useState('');
  const target = to || options[0];
  return (
    <section className="card" aria-labelledby="status-heading">
      <h2 id="status-heading">Status</h2>
      {c.history.length > 0 && (
        <ol className="history">
          {c.history.map((h, i) => (
            <li key={i}>
              {new Date(h.at).toLocaleDateString()}: {statusLabel(h.from)} → {statusLabel(h.to)}
              {h.vote ? ` — ${h.vote.sentence}` : h.reason ? ` — ${h.reason}` : ''}
            </li>
          ))}
        </ol>
      )}
      {target ? (
        <form
          className="form inline"
          onSubmit={(e) => {
            e.preventDefault();
            void run(
              () => api.candidates.setStatus({ id: c.id, to: target, reason }),
              `${c.name} is now ${statusLabel(target).toLowerCase()}.`,
            ).then((ok) => ok && setReason(''));
          }}
        >
          <Field label="Change status to">
            <select value={target} onChange={(e) => setTo(e.target.value as CandidateStatus)}>
              {options.map((s) => (
                <option key={s} value={s}>
                  {statusLabel(s)}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Reason (optional)">
            <input value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
          <button type="submit">Change status</button>
        </form>
      ) : null}
      <p className="muted">Endorsing, and withdrawing an endorsement, are decided by a vote.</p>
    </section>
  );
}
