import { useState } from 'react';
import type { FileRecount } from '../../../../shared/contract/votes';
import { formatDate } from '../../../../shared/dates';
import { matchesSearch } from '../../../../shared/text';
import { ELECTION_METHOD_LABELS } from '../../../../shared/voteLog/definition';
import type { VerifyReport } from '../../../../shared/voteLog/view';
import { api } from '../../api';
import { navigate, useRoute } from '../../router';
import { DataTable } from '../../ui/DataTable';
import { Modal } from '../../ui/Modal';
import { Notice } from '../../ui/Notice';
import { SearchBox } from '../../ui/SearchBox';
import { useAction } from '../../ui/useAction';
import { useAsync } from '../../ui/useAsync';
import { FileRecountPanel } from './FileRecountPanel';
import { NewVoteForm } from './NewVoteForm';
import { VotePage } from './VotePage';

/** The list's summary carries the method as text; an unknown one shows as it is. */
const electionLabels: Partial<Record<string, string>> = ELECTION_METHOD_LABELS;

export function VotesArea() {
  const { path } = useRoute();
  const id = path.split('/')[2];
  return id ? <VotePage key={id} id={id} /> : <VotesList />;
}

function VotesList() {
  const { value: votes, error } = useAsync(() => api.votes.list());
  const [creating, setCreating] = useState(false);
  const [report, setReport] = useState<VerifyReport | null>(null);
  const [recount, setRecount] = useState<FileRecount | null>(null);
  const [search, setSearch] = useState('');
  const action = useAction();
  const shown = votes?.filter((v) => matchesSearch(v.title, search));
  return (
    <section aria-labelledby="votes-heading">
      <div className="page-head">
        <h1 id="votes-heading">Votes</h1>
        <div className="actions">
          <button
            type="button"
            disabled={action.busy}
            onClick={() => void action.run(() => api.votes.verify(), setReport)}
          >
            Verify every count
          </button>
          <button
            type="button"
            disabled={action.busy}
            onClick={() =>
              void action.run(() => api.votes.recountFile(), {
                onSuccess: (r) => r.opened && setRecount(r),
              })
            }
          >
            Recount a file…
          </button>
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            New vote
          </button>
        </div>
      </div>
      <Notice kind="error">{error ?? action.error}</Notice>
      {report && (
        <Notice kind={report.ok ? 'success' : 'error'}>
          {report.ok
            ? `Verified: ${report.records} records in an unbroken chain; ${report.certifiedChecked} certified results recomputed and unchanged.`
            : `Verification found problems: ${report.problems.join(' ')}`}
        </Notice>
      )}
      {recount?.result && (
        <FileRecountPanel
          recount={recount}
          result={recount.result}
          onClose={() => setRecount(null)}
        />
      )}
      <SearchBox label="Search votes" value={search} onChange={setSearch} />
      <DataTable
        caption="Votes, newest first"
        captionHidden
        rows={shown}
        rowKey={(v) => v.id}
        empty={search ? 'No votes match the search.' : 'No votes yet.'}
        columns={[
          {
            header: 'Vote',
            rowHeader: true,
            cell: (v) => <a href={`#/votes/${v.id}`}>{v.title}</a>,
          },
          {
            header: 'Kind',
            cell: (v) =>
              v.kind === 'motion' ? 'Motion' : `Election: ${electionLabels[v.method] ?? v.method}`,
          },
          { header: 'Opened', cell: (v) => formatDate(v.openedAt, 'en-US') },
          { header: 'Result', cell: (v) => (v.status === 'certified' ? v.summary : 'Open') },
        ]}
      />
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
