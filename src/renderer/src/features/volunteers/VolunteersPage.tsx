import { useState } from 'react';
import type { VolunteerView } from '../../../../shared/volunteers/schema';
import { api } from '../../api';
import { useChapter } from '../../appStatus';
import { DataTable } from '../../ui/DataTable';
import { Modal } from '../../ui/Modal';
import { ActionNotice, Notice } from '../../ui/Notice';
import { useAction } from '../../ui/useAction';
import { useAsync } from '../../ui/useAsync';
import { useCounties } from '../../ui/useCounties';
import { count } from './format';
import { VolunteerFilterForm } from './VolunteerFilterForm';
import { VolunteerForm } from './VolunteerForm';
import { volunteerColumns } from './columns';

/** Everyone who volunteers, found by skill, language, county and availability. */
export function VolunteersPage() {
  const chapter = useChapter();
  const { countyByFips } = useCounties();
  const everyone = useAsync(() => api.volunteers.list({ includeDoNotContact: true }));
  const [found, setFound] = useState<VolunteerView[] | null>(null);
  const [adding, setAdding] = useState(false);
  const action = useAction();
  const shown = found ?? everyone.value;
  const county = (fips: string) => countyByFips(fips)?.name ?? fips;

  return (
    <>
      <div className="page-head">
        <h2>People</h2>
        <div className="actions">
          <a className="action-link" href="#/volunteers/import">
            Import from a CSV file
          </a>
          <button type="button" className="primary" onClick={() => setAdding(true)}>
            Add volunteer
          </button>
        </div>
      </div>
      <Notice kind="error">{everyone.error}</Notice>
      {!adding && <ActionNotice action={action} />}
      <VolunteerFilterForm
        state={chapter.state}
        action={action}
        onFound={setFound}
        onClear={() => setFound(null)}
      />
      <p className="muted" aria-live="polite">
        {found
          ? `${count(found.length, 'volunteer')} found.`
          : `${count(everyone.value?.length ?? 0, 'volunteer')} on record.`}
      </p>
      <DataTable
        caption={found ? 'Volunteers found' : 'Volunteers'}
        captionHidden
        rows={shown}
        rowKey={(v) => v.id}
        empty={found ? 'Nobody matches: try fewer conditions.' : 'No volunteers yet.'}
        columns={[
          {
            header: 'Name',
            rowHeader: true,
            cell: (v) => <a href={`#/volunteers/${v.id}`}>{v.name}</a>,
          },
          ...volunteerColumns(county),
        ]}
      />
      {adding && (
        <Modal title="Add volunteer" onClose={() => setAdding(false)}>
          <VolunteerForm
            submitLabel="Add volunteer"
            action={action}
            onCancel={() => setAdding(false)}
            onSubmit={(input) => api.volunteers.add(input)}
            success={(_, input) => `${input.name ?? 'The member'} is now a volunteer.`}
            onSuccess={() => {
              setAdding(false);
              setFound(null);
              everyone.reload();
            }}
          />
        </Modal>
      )}
    </>
  );
}
