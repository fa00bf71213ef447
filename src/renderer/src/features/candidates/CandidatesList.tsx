import { useState } from 'react';
import { api, messageOf } from '../../api';
import { navigate } from '../../router';
import { Modal } from '../../ui/Modal';
import { Notice } from '../../ui/Notice';
import { useAsync } from '../../ui/useAsync';
import { CandidateForm } from './CandidateForm';
import { pct, statusLabel } from './format';

export function CandidatesList() {
  const { value, error } = useAsync(() => api.candidates.list());
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
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
      <Notice kind="error">{error ?? message}</Notice>
      <table className="table">
        <caption className="visually-hidden">Candidates and officials</caption>
        <thead>
          <tr>
            <th scope="col">Candidate</th>
            <th scope="col">Office</th>
            <th scope="col">Status</th>
            <th scope="col">Alignment (coverage)</th>
            <th scope="col">Must-match failures</th>
            <th scope="col">Scorecard</th>
          </tr>
        </thead>
        <tbody>
          {(value?.candidates ?? []).map((s) => (
            <tr key={s.candidate.id}>
              <th scope="row">
                <a href={`#/candidates/${s.candidate.id}`}>{s.candidate.name}</a>
              </th>
              <td>
                {s.candidate.office}, {s.candidate.jurisdiction.name}
              </td>
              <td>
                {statusLabel(s.candidate.status)}
                {s.openDecision && <span className="badge">vote open</span>}
              </td>
              <td>
                {s.alignmentPct === null && s.coveragePct === null
                  ? '—'
                  : `${pct(s.alignmentPct)} (answered ${pct(s.coveragePct)})`}
              </td>
              <td>{s.mustMatchFailures > 0 ? <strong>{s.mustMatchFailures}</strong> : '0'}</td>
              <td>{pct(s.scorePct)}</td>
            </tr>
          ))}
          {value && value.candidates.length === 0 && (
            <tr>
              <td colSpan={6} className="muted">
                No candidates yet.
              </td>
            </tr>
          )}
        </tbody>
      </table>

      <section className="card" aria-labelledby="questionnaires-heading">
        <div className="page-head">
          <h2 id="questionnaires-heading">Questionnaires</h2>
          <a className="button-link" href="#/candidates/questionnaires/new">
            New questionnaire
          </a>
        </div>
        <p className="muted">
          {latest
            ? `Built from an adopted platform version and pinned to it. The latest is version ${latest.number} (${latest.policies.length} policies, ${latest.rights.length} Secured Rights).`
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
            onSubmit={async (input) => {
              try {
                const c = await api.candidates.add(input);
                setAdding(false);
                navigate(`/candidates/${c.id}`);
              } catch (e) {
                setMessage(messageOf(e));
                setAdding(false);
              }
            }}
          />
        </Modal>
      )}
    </section>
  );
}
