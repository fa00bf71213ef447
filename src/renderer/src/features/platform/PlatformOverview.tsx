import { api } from '../../api';
import { ActionNotice, Notice } from '../../ui/Notice';
import { savedLine } from '../../ui/savedLine';
import { useAction } from '../../ui/useAction';
import { AreasSection } from './AreasSection';
import { PoliciesSection } from './PoliciesSection';
import { RightsSection } from './RightsSection';
import { usePlatform } from './usePlatform';
import { VersionsSection } from './VersionsSection';

/** The platform: votes waiting, Secured Rights, policies by area, areas, numbered versions. */
export function PlatformOverview() {
  const { view, loadError, action } = usePlatform();
  const save = useAction();
  if (!view)
    return loadError ? <Notice kind="error">{loadError}</Notice> : <p aria-busy="true">Loading…</p>;
  const open = view.decisions.filter((d) => d.status === 'open');
  const unapplied = view.decisions.filter((d) => d.status === 'certified' && d.problem);
  return (
    <section aria-labelledby="platform-heading">
      <div className="page-head">
        <h1 id="platform-heading">Platform</h1>
        <div className="actions">
          <button
            type="button"
            disabled={save.busy}
            onClick={() =>
              void save.run(() => api.print.save({ document: 'platform', params: {} }), {
                success: savedLine('the platform'),
              })
            }
          >
            Save platform as PDF
          </button>
        </div>
      </div>
      <ActionNotice action={save} />
      <ActionNotice action={action} />
      {open.length > 0 && (
        <section className="card" aria-labelledby="pending-heading">
          <h2 id="pending-heading">Waiting on a vote</h2>
          <ul>
            {open.map((d) => (
              <li key={d.id}>
                {d.title} — <a href={`#/votes/${d.voteId}`}>count and certify the vote</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {unapplied.length > 0 && (
        <section className="card" aria-labelledby="unapplied-heading">
          <h2 id="unapplied-heading">Decided, but nothing changed</h2>
          <ul>
            {unapplied.map((d) => (
              <li key={d.id}>
                {d.title} — <a href={`#/votes/${d.voteId}`}>{d.summary}</a> {d.problem}
              </li>
            ))}
          </ul>
        </section>
      )}
      <RightsSection view={view} />
      <PoliciesSection view={view} action={action} />
      <AreasSection view={view} action={action} />
      <VersionsSection view={view} />
    </section>
  );
}
