/** The chapter's GOTV elections: add one, change or remove it, choose which one to work on. */
import { useState } from 'react';
import { api } from '../../api';
import { formatDate } from '../../../../shared/dates';
import type { Election } from '../../../../shared/gotv/election';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { DataTable } from '../../ui/DataTable';
import { ActionNotice, Notice } from '../../ui/Notice';
import { useAction } from '../../ui/useAction';
import { useAsync } from '../../ui/useAsync';
import { useCounties } from '../../ui/useCounties';
import { ElectionForm, electionFields } from './ElectionForm';
import type { GotvTabProps } from './tabProps';

export function ElectionsPage({ elections, reload }: GotvTabProps) {
  const lists = useAsync(() => api.canvass.lists());
  const action = useAction({ onSuccess: reload });
  const { countyByFips } = useCounties();
  const [editing, setEditing] = useState<Election | null>(null);
  const [removing, setRemoving] = useState<Election | null>(null);
  const listName = (id: string) => lists.value?.find((l) => l.id === id)?.name ?? id;
  if (!lists.value) return <Notice kind="error">{lists.error}</Notice>;
  if (lists.value.length === 0)
    return (
      <Notice kind="info">
        Import a voter list first (Outreach → Canvassing): an election’s universe comes from its
        door and phone results.
      </Notice>
    );
  return (
    <div className="gotv-page">
      <ActionNotice action={action} />
      <DataTable
        caption="Elections"
        rows={elections}
        rowKey={(e) => e.id}
        empty="No election yet: add the next one below."
        columns={[
          { header: 'Election', rowHeader: true, cell: (e) => e.name },
          { header: 'Date', cell: (e) => formatDate(e.date) },
          {
            header: 'Counties',
            cell: (e) => e.counties.map((f) => countyByFips(f)?.name ?? f).join(', '),
          },
          { header: 'Voter list', cell: (e) => listName(e.listId) },
          {
            header: 'Actions',
            cell: (e) => (
              <span className="row-actions">
                <a href={`#/gotv/universe?election=${e.id}`}>Universe</a>
                <button type="button" onClick={() => setEditing(e)} disabled={action.busy}>
                  Edit<span className="visually-hidden"> {e.name}</span>
                </button>
                <button type="button" onClick={() => setRemoving(e)} disabled={action.busy}>
                  Remove<span className="visually-hidden"> {e.name}</span>
                </button>
              </span>
            ),
          },
        ]}
      />
      {editing ? (
        <>
          <h2>Change {editing.name}</h2>
          <ElectionForm
            key={editing.id}
            lists={lists.value}
            initial={electionFields(editing)}
            action={action}
            onSubmit={(patch) => api.gotv.updateElection({ id: editing.id, patch })}
            success="Election saved."
            onSuccess={() => setEditing(null)}
            onCancel={() => setEditing(null)}
            submitLabel="Save election"
          />
        </>
      ) : (
        <>
          <h2>Add an election</h2>
          <ElectionForm
            lists={lists.value}
            action={action}
            onSubmit={(input) => api.gotv.createElection(input)}
            success={(e) => `${e.name} added.`}
            resetOnSuccess
            submitLabel="Add election"
          />
        </>
      )}
      {removing && (
        <ConfirmModal
          title={`Remove ${removing.name}?`}
          cancelLabel="Keep it"
          confirmLabel="Remove election"
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            const id = removing.id;
            setRemoving(null);
            void action.run(() => api.gotv.removeElection({ id }), {
              success: 'Election removed.',
            });
          }}
        >
          <p>Its universe is worked out again from the results whenever it is needed.</p>
        </ConfirmModal>
      )}
    </div>
  );
}
