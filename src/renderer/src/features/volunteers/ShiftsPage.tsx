import { useState } from 'react';
import { formatDate, localToday } from '../../../../shared/dates';
import { SHIFT_KIND_LABELS } from '../../../../shared/volunteers/shifts';
import { api } from '../../api';
import { navigate } from '../../router';
import { DataTable } from '../../ui/DataTable';
import { Modal } from '../../ui/Modal';
import { ActionNotice, Notice } from '../../ui/Notice';
import { useAction } from '../../ui/useAction';
import { useAsync } from '../../ui/useAsync';
import { useCounties } from '../../ui/useCounties';
import { timeSpan } from './format';
import { ShiftForm } from './ShiftForm';

/** Every shift and event, coming up first, with its places taken. */
export function ShiftsPage() {
  const { countyByFips } = useCounties();
  const { value, error } = useAsync(() => api.shifts.list());
  const [adding, setAdding] = useState(false);
  const action = useAction();
  const today = localToday();
  const coming = value?.filter((s) => s.date >= today);
  const past = value?.filter((s) => s.date < today).reverse();
  const table = (caption: string, rows: typeof value, empty: string) => (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(s) => s.id}
      empty={empty}
      columns={[
        { header: 'Date', cell: (s) => formatDate(s.date, 'en-US') },
        { header: 'Time', cell: (s) => timeSpan(s.start, s.end) },
        {
          header: 'Shift',
          rowHeader: true,
          cell: (s) => <a href={`#/volunteers/shifts/${s.id}`}>{s.title}</a>,
        },
        { header: 'Kind', cell: (s) => SHIFT_KIND_LABELS[s.kind] },
        {
          header: 'County',
          cell: (s) => (s.county ? (countyByFips(s.county)?.name ?? s.county) : '—'),
        },
        { header: 'Places taken', cell: (s) => `${s.taken} of ${s.capacity}` },
        { header: 'Attended', cell: (s) => s.attended },
      ]}
    />
  );
  return (
    <>
      <div className="page-head">
        <h2>Shifts and events</h2>
        <button type="button" className="primary" onClick={() => setAdding(true)}>
          Add shift or event
        </button>
      </div>
      <Notice kind="error">{error}</Notice>
      {!adding && <ActionNotice action={action} />}
      {table('Coming up', coming, 'Nothing planned yet.')}
      {table('Past', past, 'None yet.')}
      {adding && (
        <Modal title="Add shift or event" onClose={() => setAdding(false)}>
          <ShiftForm
            submitLabel="Add"
            action={action}
            onCancel={() => setAdding(false)}
            onSubmit={(input) => api.shifts.add(input)}
            onSuccess={(shift) => navigate(`/volunteers/shifts/${shift.id}`)}
          />
        </Modal>
      )}
    </>
  );
}
