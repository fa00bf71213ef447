/**
 * Canvassing: voter lists (import with progress and cancel, the summary and re-import
 * diff), a list's turfs, and a turf's walk list, packet and results. Routes:
 * `#/outreach/canvass`, `#/outreach/canvass/<listId>`, `#/outreach/canvass/<listId>/<turfId>`.
 */
import { api } from '../../../api';
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
      <table className="table">
        <caption className="visually-hidden">Voter lists</caption>
        <thead>
          <tr>
            <th scope="col">Voter list</th>
            <th scope="col">File dated</th>
            <th scope="col">Voters</th>
            <th scope="col">Doors</th>
            <th scope="col">Layout</th>
          </tr>
        </thead>
        <tbody>
          {(lists ?? []).map((l) => (
            <tr key={l.id}>
              <th scope="row">
                <a href={`#/outreach/canvass/${l.id}`}>{l.name}</a>
              </th>
              <td>{l.fileDate.slice(0, 10)}</td>
              <td>{l.voters.toLocaleString('en-US')}</td>
              <td>{l.households.toLocaleString('en-US')}</td>
              <td>{PRESET_LABELS[l.preset]}</td>
            </tr>
          ))}
          {lists && lists.length === 0 && (
            <tr>
              <td colSpan={5} className="muted">
                No voter lists yet.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <ImportPanel onImported={reload} />
    </section>
  );
}
