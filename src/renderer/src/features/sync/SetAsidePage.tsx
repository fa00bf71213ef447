/**
 * Records from other laptops that were not written here because they were not valid or the
 * device had no right to write them: what, from which device, when, and why.
 */
import type { SetAsideView } from '../../../../shared/contract/sync';
import { formatDateTime } from '../../../../shared/dates';
import { api } from '../../api';
import { DataTable } from '../../ui/DataTable';
import { Notice } from '../../ui/Notice';
import { useAsync } from '../../ui/useAsync';
import { SyncOff } from './SyncOff';

export function SetAsidePage() {
  const { value, error } = useAsync(() => api.sync.setAside());
  if (!value) return <Notice kind={error ? 'error' : 'info'}>{error ?? 'Loading…'}</Notice>;
  if (!value.on) return <SyncOff />;
  return (
    <section aria-labelledby="set-aside-heading">
      <h2 id="set-aside-heading">Set aside</h2>
      <p>
        These came from other laptops but were not written here: they were not valid, or the laptop
        that sent them had no right to. They stay in the shared documents, untouched.
      </p>
      <DataTable<SetAsideView>
        rows={value.records}
        rowKey={(r) => r.key}
        caption="Records set aside"
        captionHidden
        empty="Nothing was set aside."
        columns={[
          { header: 'What', cell: (r) => r.what, rowHeader: true },
          { header: 'From', cell: (r) => r.device ?? 'Unknown' },
          { header: 'When', cell: (r) => (r.at ? formatDateTime(r.at) : '—') },
          { header: 'Why', cell: (r) => r.reason },
          { header: 'Kept as', cell: (r) => <code>{r.key}</code> },
        ]}
      />
    </section>
  );
}
