import { pluralize } from '../../../../shared/text';
import { useState } from 'react';
import { api } from '../../api';
import { navigate } from '../../router';
import { DataTable } from '../../ui/DataTable';
import { Modal } from '../../ui/Modal';
import { Notice } from '../../ui/Notice';
import { useAsync } from '../../ui/useAsync';
import { CandidateForm } from './CandidateForm';
import { pct, statusLabel } from './format';

export function CandidatesList() {
  const { value, error } = useAsync(() => api.candidates.list());
  const [adding, setAdding] = useState(false);
  const latest = value?.platformVersions[0];
  return (
    <section aria-labelledby="candidates-heading">
      <div className="page-head">
        <h1 id="candidates-heading">Candidates</h1>
        <div className="actions">
          <a className="button-link" href="#/candidates/key-votes">
            Key votes and scorecards
          </a>
          <a className="button-link" href="#/candidates/compare">
            Compare side by side
          </a>
          <button type="button" className="primary" onClick={() => setAdding(true)}>
            Add candidate
          </button>
        </div>
      </div>
      <Notice kind="error">{error}</Notice>
      <DataTable
        caption="Candidates and officials"
        captionHidden
        rows={value?.candidates}
        rowKey={(s) => s.candidate.id}
        empty="No candidates yet."
        columns={[
          {
            header: 'Candidate',
            rowHeader: true,
            cell: (s) => <a href={`#/candidates/${s.candidate.id}`}>{s.candidate.name}</a>,
          },
          {
            header: 'Office',
            cell: (s) => `${s.candidate.office}, ${s.candidate.jurisdiction.name}`,
          },
          {
            header: 'Status',
            cell: (s) => (
              <>
                {statusLabel(s.candidate.status)}
                {s.openDecision && <span className="badge">vote open</span>}
              </>
            ),
          },
          {
            header: 'Alignment (coverage)',
            cell: (s) =>
              s.alignmentPct === null && s.coveragePct === null
                ? '—'
                : `${pct(s.alignmentPct)} (answered ${pct(s.coveragePct)})`,
          },
          {
            header: 'Must-match failures',
            cell: (s) => (s.mustMatchFailures > 0 ? <strong>{s.mustMatchFailures}</strong> : '0'),
          },
          { header: 'Scorecard', cell: (s) => pct(s.scorePct) },
        ]}
      />

      <section className="card" aria-labelledby="questionnaires-heading">
        <div className="page-head">
          <h2 id="questionnaires-heading">Questionnaires</h2>
          <a className="button-link" href="#/candidates/questionnaires/new">
            New questionnaire
          </a>
        </div>
        <p className="muted">
          {latest
            ? `Built from an adopted platform version and pinned to it. The latest is version ${latest.number} (${pluralize(latest.policies.length, 'policy', 'policies')}, ${pluralize(latest.rights.length, 'Secured Right')}).`
            : 'No platform version has been adopted yet: adopt policies in Platform first.'}
        </p>
        <ul className="plain-list">
          {(value?.questionnaires ?? []).map((q) => (
            <li key={q.id}>
              <a href={`#/candidates/questionnaires/${q.id}`}>{q.title}</a>{' '}
              <span className="muted">
                — platform version {q.platformVersion}, {q.questions} questions, {q.responses}{' '}
                {q.responses === 1 ? 'response' : 'responses'}
              </span>
              {q.outdated && <span className="badge">a newer platform exists</span>}
            </li>
          ))}
        </ul>
      </section>

      {adding && (
        <Modal title="Add candidate" onClose={() => setAdding(false)}>
          <CandidateForm
            submitLabel="Add candidate"
            onCancel={() => setAdding(false)}
            onSubmit={(input) => api.candidates.add(input)}
            onSuccess={(c) => {
              setAdding(false);
              navigate(`/candidates/${c.id}`);
            }}
          />
        </Modal>
      )}
    </section>
  );
}
