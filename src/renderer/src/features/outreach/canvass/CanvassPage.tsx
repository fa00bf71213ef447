/**
 * Canvassing: voter lists (import with progress and cancel, the summary and re-import
 * diff), a list's turfs, and a turf's walk list, packet and results. Routes:
 * `#/outreach/canvass`, `#/outreach/canvass/<listId>`, `#/outreach/canvass/<listId>/<turfId>`.
 */
import { api } from '../../../api';
import { DataTable } from '../../../ui/DataTable';
import { Notice } from '../../../ui/Notice';
import { useAsync } from '../../../ui/useAsync';
import { ListPage } from './ListPage';
import { TurfPage } from './TurfPage';
import { ImportPanel } from './ImportPanel';
import { PRESET_LABELS } from './importLabels';
import './canvass.css';

export function CanvassPage({ path }: { path: string }) {
  const parts = path
    .replace(/^\/outreach\/canvass\/?/, '')
    .split('/')
    .filter(Boolean);
  const [listId, turfId] = parts.map(decodeURIComponent);
  if (listId && turfId)
    return <TurfPage key={`${listId}/${turfId}`} listId={listId} turfId={turfId} />;
  if (listId) return <ListPage key={listId} listId={listId} />;
  return <ListsPage />;
}

function ListsPage() {
  const { value: lists, error, reload } = useAsync(() => api.canvass.lists());
  return (
    <section aria-labelledby="canvass-heading">
      <h2 id="canvass-heading">Canvassing</h2>
      <p className="muted">
        Import the state voter file for a county, cut it into turfs of doors in walking order, print
        a walk packet per turf, and enter the results when the sheets come back. Voter data stays in
        its own files on this laptop, apart from the chapter file.
      </p>
      <Notice kind="error">{error}</Notice>
      <DataTable
        caption="Voter lists"
        captionHidden
        rows={lists}
        rowKey={(l) => l.id}
        empty="No voter lists yet."
        columns={[
          {
            header: 'Voter list',
            rowHeader: true,
            cell: (l) => <a href={`#/outreach/canvass/${l.id}`}>{l.name}</a>,
          },
          { header: 'File dated', cell: (l) => l.fileDate.slice(0, 10) },
          { header: 'Voters', cell: (l) => l.voters.toLocaleString('en-US') },
          { header: 'Doors', cell: (l) => l.households.toLocaleString('en-US') },
          { header: 'Layout', cell: (l) => PRESET_LABELS[l.preset] },
        ]}
      />
      <ImportPanel onImported={reload} />
    </section>
  );
}
