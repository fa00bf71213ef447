import { useState } from 'react';
import type { VerifyReport } from '../../../../shared/votes/view';
import { api, messageOf } from '../../api';
import { navigate, useRoute } from '../../router';
import { Modal } from '../../ui/Modal';
import { Notice } from '../../ui/Notice';
import { useAsync } from '../../ui/useAsync';
import { NewVoteForm } from './NewVoteForm';
import { VotePage } from './VotePage';

export function VotesArea() {
  const { path } = useRoute();
  const id = path.split('/')[2];
  return id ? <VotePage key={id} id={id} /> : <VotesList />;
}

function VotesList() {
  const { value: votes, error } = useAsync(() => api.votes.list());
  const [creating, setCreating] = useState(false);
  const [report, setReport] = useState<VerifyReport | null>(null);
  const [verifyError, setVerifyError] = useState<string | null>(null);
  return (
    <section aria-labelledby="votes-heading">
      <div className="page-head">
        <h1 id="votes-heading">Votes</h1>
        <div className="actions">
          <button
            type="button"
            onClick={async () => {
              try {
                setReport(await api.votes.verify());
              } catch (e) {
                setVerifyError(messageOf(e));
              }
            }}
          >
            Verify every count
          </button>
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            New vote
          </button>
        </div>
      </div>
      <Notice kind="error">{error ?? verifyError}</Notice>
      {report && (
        <Notice kind={report.ok ? 'success' : 'error'}>
          {report.ok
            ? `Verified: ${report.records} records in an unbroken chain; ${report.certifiedChecked} certified results recomputed and unchanged.`
            : `Verification found problems: ${report.problems.join(' ')}`}
        </Notice>
      )}
      <table className="table">
        <caption className="visually-hidden">Votes, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Vote</th>
            <th scope="col">Kind</th>
            <th scope="col">Opened</th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {(votes ?? []).map((v) => (
            <tr key={v.id}>
              <th scope="row">
                <a href={`#/votes/${v.id}`}>{v.title}</a>
              </th>
              <td>{v.kind === 'motion' ? 'Motion' : `Election (${v.method})`}</td>
              <td>{new Date(v.openedAt).toLocaleDateString()}</td>
              <td>{v.status === 'certified' ? v.summary : 'Open'}</td>
            </tr>
          ))}
          {votes && votes.length === 0 && (
            <tr>
              <td colSpan={4} className="muted">
                No votes yet.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {creating && (
        <Modal title="New vote" onClose={() => setCreating(false)}>
          <NewVoteForm
            onCancel={() => setCreating(false)}
            onCreated={(id) => navigate(`/votes/${id}`)}
          />
        </Modal>
      )}
    </section>
  );
}
