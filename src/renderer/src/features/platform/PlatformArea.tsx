import { useState } from 'react';
import type { PlatformView } from '../../../../shared/contract/platform';
import {
  currentRights,
  isRemoved,
  latestVersion,
  POLICY_STATUS_LABELS,
  reviewStatus,
} from '../../../../shared/platform';
import { dateOf } from '../../../../shared/dates';
import { THRESHOLD_LABELS } from '../../../../shared/schema/chapter';
import { api, messageOf } from '../../api';
import { navigate, useRoute } from '../../router';
import { Notice } from '../../ui/Notice';
import { PolicyPage } from './PolicyPage';
import { usePlatform } from './usePlatform';
import '../meetings/meetings.css';
import { formText } from '../meetings/formText';

export function PlatformArea() {
  const { path } = useRoute();
  const [, , kind, id] = path.split('/');
  if (kind === 'policy' && id) return <PolicyPage key={id} id={id} />;
  return <PlatformOverview />;
}

type Msg = { kind: 'error' | 'success'; text: string } | null;

function PlatformOverview() {
  const { view, error, act } = usePlatform();
  const [message, setMessage] = useState<Msg>(null);
  if (!view)
    return error ? <Notice kind="error">{error}</Notice> : <p aria-busy="true">Loading…</p>;
  const open = view.decisions.filter((d) => d.status === 'open');
  const unapplied = view.decisions.filter((d) => d.status === 'certified' && d.problem);
  return (
    <section aria-labelledby="platform-heading" className="meet-ui">
      <div className="page-head">
        <h1 id="platform-heading">Platform</h1>
        <div className="actions">
          <button
            type="button"
            onClick={async () => {
              try {
                const r = await api.print.save({ document: 'platform', params: {} });
                if (r.saved)
                  setMessage({ kind: 'success', text: `Saved ${r.fileName ?? 'the platform'}.` });
              } catch (e) {
                setMessage({ kind: 'error', text: messageOf(e) });
              }
            }}
          >
            Save platform as PDF
          </button>
        </div>
      </div>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <Notice kind="error">{error}</Notice>
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
      <PoliciesSection view={view} act={act} />
      <AreasSection view={view} act={act} />
      <VersionsSection view={view} />
    </section>
  );
}

function RightsSection({ view }: { view: PlatformView }) {
  const [proposing, setProposing] = useState<{
    change: 'adopt' | 'amend' | 'remove';
    rightId?: string;
  } | null>(null);
  const numbers = new Map(currentRights(view.platform.rights).map((r) => [r.id, r.number]));
  const rule = THRESHOLD_LABELS[view.settings.rightsThreshold].toLowerCase();
  return (
    <section className="card" aria-labelledby="rights-heading">
      <div className="page-head">
        <h2 id="rights-heading">Secured Rights</h2>
        <button type="button" onClick={() => setProposing({ change: 'adopt' })}>
          Propose a new right
        </button>
      </div>
      <p className="muted">
        Every policy must respect these rights. Adopting, amending or removing one takes a vote of{' '}
        {rule} (Settings → Chapter rules).
      </p>
      {proposing && (
        <RightProposalForm
          view={view}
          change={proposing.change}
          {...(proposing.rightId ? { rightId: proposing.rightId } : {})}
          onCancel={() => setProposing(null)}
        />
      )}
      <ol className="rights-list">
        {view.platform.rights.map((right) => {
          const v = latestVersion(right);
          const removed = isRemoved(right);
          return (
            <li
              key={right.id}
              value={numbers.get(right.id)}
              className={removed ? 'muted' : undefined}
            >
              <strong>{v.title}</strong>
              {removed ? ' (removed)' : ''} — {v.text}
              <details>
                <summary>
                  {right.versions.length} version{right.versions.length === 1 ? '' : 's'}
                </summary>
                <table className="table compact">
                  <caption className="visually-hidden">Versions of {v.title}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Version</th>
                      <th scope="col">Change</th>
                      <th scope="col">Date</th>
                      <th scope="col">Wording</th>
                      <th scope="col">Vote</th>
                    </tr>
                  </thead>
                  <tbody>
                    {right.versions.map((ver) => (
                      <tr key={ver.version}>
                        <td>{ver.version}</td>
                        <td>{ver.change}</td>
                        <td>{dateOf(ver.date)}</td>
                        <td>
                          {ver.title}: {ver.text}
                        </td>
                        <td>
                          {ver.vote?.voteId ? (
                            <a href={`#/votes/${ver.vote.voteId}`}>{ver.vote.sentence}</a>
                          ) : (
                            (ver.vote?.sentence ?? 'Brought in without a vote')
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
              {!removed && (
                <span className="actions">
                  <button
                    type="button"
                    onClick={() => setProposing({ change: 'amend', rightId: right.id })}
                    aria-label={`Propose an amendment to ${v.title}`}
                  >
                    Amend…
                  </button>
                  <button
                    type="button"
                    onClick={() => setProposing({ change: 'remove', rightId: right.id })}
                    aria-label={`Propose removing ${v.title}`}
                  >
                    Remove…
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {view.platform.rights.length === 0 && <p className="muted">No Secured Rights yet.</p>}
    </section>
  );
}

function RightProposalForm({
  view,
  change,
  rightId,
  onCancel,
}: {
  view: PlatformView;
  change: 'adopt' | 'amend' | 'remove';
  rightId?: string;
  onCancel: () => void;
}) {
  const right = currentRights(view.platform.rights).find((r) => r.id === rightId);
  const [error, setError] = useState<string | null>(null);
  const heading =
    change === 'adopt'
      ? 'Propose a new Secured Right'
      : change === 'amend'
        ? `Amend “${right?.title ?? ''}”`
        : `Remove “${right?.title ?? ''}”`;
  return (
    <form
      className="form card"
      aria-label={heading}
      onSubmit={async (e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const get = (k: string) => formText(f, k).trim();
        const where = {
          mover: get('mover'),
          ...(get('seconder') ? { seconder: get('seconder') } : {}),
        };
        try {
          const { voteId } =
            change === 'adopt'
              ? await api.platform.proposeRight({
                  change,
                  title: get('title'),
                  text: get('text'),
                  ...where,
                })
              : change === 'amend'
                ? await api.platform.proposeRight({
                    change,
                    rightId: rightId ?? '',
                    title: get('title'),
                    text: get('text'),
                    ...where,
                  })
                : await api.platform.proposeRight({ change, rightId: rightId ?? '', ...where });
          navigate(`/votes/${voteId}`);
        } catch (err) {
          setError(messageOf(err));
        }
      }}
    >
      <h3>{heading}</h3>
      <Notice kind="error">{error}</Notice>
      {change !== 'remove' && (
        <>
          <label>
            Title
            <input name="title" defaultValue={right?.title ?? ''} required />
          </label>
          <label>
            Text
            <textarea name="text" rows={3} defaultValue={right?.text ?? ''} required />
          </label>
        </>
      )}
      <div className="form inline">
        <label>
          Moved by
          <input name="mover" required />
        </label>
        <label>
          Seconded by
          <input name="seconder" />
        </label>
      </div>
      <p className="muted">
        This opens a vote at {THRESHOLD_LABELS[view.settings.rightsThreshold].toLowerCase()}; the
        change is made when the vote is certified as adopted.
      </p>
      <div className="actions">
        <button type="submit" className="primary">
          Open the vote
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

type Act = (fn: () => Promise<unknown>, done?: string) => Promise<boolean>;

function PoliciesSection({ view, act }: { view: PlatformView; act: Act }) {
  const [creating, setCreating] = useState(false);
  const rights = view.platform.rights;
  return (
    <section className="card" aria-labelledby="policies-heading">
      <div className="page-head">
        <h2 id="policies-heading">Policies by area</h2>
        <button type="button" onClick={() => setCreating(true)} aria-expanded={creating}>
          New policy
        </button>
      </div>
      {creating && (
        <form
          className="form card"
          aria-label="New policy"
          onSubmit={(e) => {
            e.preventDefault();
            const f = new FormData(e.currentTarget);
            const get = (k: string) => formText(f, k).trim();
            void act(async () => {
              const { id } = await api.platform.createPolicy({
                areaId: get('areaId'),
                title: get('title'),
                summary: get('summary'),
                text: get('text'),
                sponsors: get('sponsors')
                  .split(',')
                  .map((s) => s.trim())
                  .filter(Boolean),
              });
              navigate(`/platform/policy/${id}`);
            });
          }}
        >
          <label>
            Area
            <select name="areaId" required>
              {view.platform.areas.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Title
            <input name="title" required />
          </label>
          <label>
            Summary
            <input name="summary" />
          </label>
          <label>
            Full text
            <textarea name="text" rows={5} />
          </label>
          <label>
            Sponsors (comma-separated)
            <input name="sponsors" />
          </label>
          <div className="actions">
            <button type="submit" className="primary">
              Create draft
            </button>
            <button type="button" onClick={() => setCreating(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {view.platform.areas.map((area) => {
        const policies = view.platform.policies.filter((p) => p.areaId === area.id);
        return (
          <div key={area.id}>
            <h3>{area.name}</h3>
            {policies.length === 0 ? (
              <p className="muted">No policies yet.</p>
            ) : (
              <table className="table compact">
                <caption className="visually-hidden">Policies in {area.name}</caption>
                <thead>
                  <tr>
                    <th scope="col">Policy</th>
                    <th scope="col">Status</th>
                    <th scope="col">Rights review</th>
                  </tr>
                </thead>
                <tbody>
                  {policies.map((p) => {
                    const review = reviewStatus(p, rights);
                    const conflicts = review.rows.filter((r) => r.state === 'conflict').length;
                    return (
                      <tr key={p.id}>
                        <th scope="row">
                          <a href={`#/platform/policy/${p.id}`}>{p.title}</a>
                        </th>
                        <td>{POLICY_STATUS_LABELS[p.status]}</td>
                        <td>
                          {conflicts > 0 ? (
                            <span className="tag conflict">{conflicts} in conflict</span>
                          ) : review.clear ? (
                            <>
                              <span className="tag ok">clear</span>
                              {review.needsDiscussion.length > 0 &&
                                ` · ${review.needsDiscussion.length} to discuss`}
                            </>
                          ) : (
                            `${review.blocking.length} to review`
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </div>
        );
      })}
    </section>
  );
}

function AreasSection({ view, act }: { view: PlatformView; act: Act }) {
  const [name, setName] = useState('');
  return (
    <details className="card">
      <summary>Edit policy areas</summary>
      <ul>
        {view.platform.areas.map((a) => (
          <li key={a.id}>
            <form
              className="form inline"
              aria-label={`Area ${a.name}`}
              onSubmit={(e) => {
                e.preventDefault();
                const value = formText(new FormData(e.currentTarget), 'name');
                void act(() => api.platform.renameArea({ id: a.id, name: value }), 'Area renamed.');
              }}
            >
              <label>
                Area name
                <input name="name" defaultValue={a.name} />
              </label>
              <button type="submit">Rename</button>
              <button
                type="button"
                onClick={() =>
                  void act(() => api.platform.removeArea({ id: a.id }), 'Area removed.')
                }
              >
                Remove
              </button>
            </form>
          </li>
        ))}
      </ul>
      <form
        className="form inline"
        aria-label="Add an area"
        onSubmit={(e) => {
          e.preventDefault();
          void act(() => api.platform.addArea({ name, description: '' }), 'Area added.').then(
            (ok) => ok && setName(''),
          );
        }}
      >
        <label>
          New area
          <input value={name} onChange={(e) => setName(e.target.value)} required />
        </label>
        <button type="submit">Add area</button>
      </form>
    </details>
  );
}

const CAUSE: Record<string, string> = {
  initial: 'First version',
  'policy-adopted': 'Policy adopted',
  'policy-amended': 'Policy amended',
  'policy-rescinded': 'Policy rescinded',
  'right-adopted': 'Secured Right adopted',
  'right-amended': 'Secured Right amended',
  'right-removed': 'Secured Right removed',
};

function VersionsSection({ view }: { view: PlatformView }) {
  const versions = [...view.platform.versions].reverse();
  const title = (refId: string | null) =>
    view.platform.policies.find((p) => p.id === refId)?.title ??
    view.platform.rights.find((r) => r.id === refId)?.versions.at(-1)?.title ??
    '';
  return (
    <section className="card" aria-labelledby="versions-heading">
      <h2 id="versions-heading">Platform versions</h2>
      <table className="table compact">
        <caption className="visually-hidden">Platform versions, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Date</th>
            <th scope="col">What changed</th>
            <th scope="col">Vote</th>
            <th scope="col">Contents</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.number}>
              <td>{v.number}</td>
              <td>{dateOf(v.date)}</td>
              <td>
                {CAUSE[v.cause.kind] ?? v.cause.kind}
                {v.cause.refId ? `: ${title(v.cause.refId)}` : ''}
              </td>
              <td>
                {v.cause.vote?.voteId ? (
                  <a href={`#/votes/${v.cause.vote.voteId}`}>{v.cause.vote.sentence}</a>
                ) : (
                  '—'
                )}
              </td>
              <td>
                {v.rights.length} right{v.rights.length === 1 ? '' : 's'}, {v.policies.length}{' '}
                {v.policies.length === 1 ? 'policy' : 'policies'}
              </td>
            </tr>
          ))}
          {versions.length === 0 && (
            <tr>
              <td colSpan={5} className="muted">
                No platform version yet: the first adoption creates version 1.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
