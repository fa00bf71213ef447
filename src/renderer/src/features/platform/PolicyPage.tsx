import { useState } from 'react';
import type { PlatformView } from '../../../../shared/contract/platform';
import {
  amendmentDiff,
  canPutToAdoptionVote,
  POLICY_STATUS_LABELS,
  POLICY_TRANSITIONS,
  reviewBlockingReason,
  reviewStatus,
  type FindingKind,
  type Policy,
} from '../../../../shared/platform';
import { dateOf } from '../../../../shared/dates';
import { THRESHOLD_LABELS, THRESHOLDS, type Threshold } from '../../../../shared/schema/chapter';
import { api, messageOf } from '../../api';
import { navigate } from '../../router';
import { Notice } from '../../ui/Notice';
import { Diff } from '../../ui/Diff';
import { usePlatform } from './usePlatform';
import { formText } from '../meetings/formText';

const FINDING_LABELS: Record<FindingKind, string> = {
  'no-conflict': 'No conflict',
  conflict: 'Conflict',
  'needs-discussion': 'Needs discussion',
};

const MANUAL = ['rights-review', 'ready', 'draft', 'withdrawn'] as const;
const MANUAL_LABELS: Record<(typeof MANUAL)[number], string> = {
  'rights-review': 'Send to rights review',
  ready: 'Mark ready for a vote',
  draft: 'Back to draft',
  withdrawn: 'Withdraw',
};

export function PolicyPage({ id }: { id: string }) {
  const { view, error, success, act } = usePlatform();
  if (!view)
    return error ? <Notice kind="error">{error}</Notice> : <p aria-busy="true">Loading…</p>;
  const policy = view.platform.policies.find((p) => p.id === id);
  if (!policy) return <Notice kind="error">That policy no longer exists.</Notice>;
  const area = view.platform.areas.find((a) => a.id === policy.areaId);
  const pending = view.decisions.filter(
    (d) =>
      d.status === 'open' &&
      (d.refId === policy.id ||
        view.platform.amendments.some((a) => a.id === d.refId && a.policyId === policy.id)),
  );
  return (
    <section aria-labelledby="policy-heading" className="meet-ui">
      <p>
        <a href="#/platform">← Platform</a>
      </p>
      <h1 id="policy-heading">{policy.title}</h1>
      <p>
        <span className="badge">{POLICY_STATUS_LABELS[policy.status]}</span> ·{' '}
        {area?.name ?? 'No area'}
        {policy.sponsors.length > 0 && ` · Sponsors: ${policy.sponsors.join(', ')}`}
      </p>
      <Notice kind="error">{error}</Notice>
      <Notice kind="success">{success}</Notice>
      {pending.map((d) => (
        <Notice key={d.id} kind="info">
          Waiting on a vote: {d.title} — <a href={`#/votes/${d.voteId}`}>count and certify it</a>
        </Notice>
      ))}
      <PolicyText policy={policy} view={view} act={act} />
      <Lifecycle policy={policy} act={act} />
      <ReviewGrid policy={policy} view={view} act={act} />
      <Amendments policy={policy} view={view} act={act} />
      <AdoptionVote policy={policy} view={view} />
      <TableVote policy={policy} />
      <History policy={policy} />
    </section>
  );
}

type Act = (fn: () => Promise<unknown>, done?: string) => Promise<boolean>;

function PolicyText({ policy, view, act }: { policy: Policy; view: PlatformView; act: Act }) {
  const [editing, setEditing] = useState(false);
  const editable = policy.status === 'draft' || policy.status === 'rights-review';
  if (!editing) {
    return (
      <section className="card" aria-labelledby="text-heading">
        <div className="page-head">
          <h2 id="text-heading">Text</h2>
          {editable && (
            <button type="button" onClick={() => setEditing(true)}>
              Edit the draft
            </button>
          )}
        </div>
        {policy.summary && (
          <p>
            <em>{policy.summary}</em>
          </p>
        )}
        <p style={{ whiteSpace: 'pre-wrap' }}>
          {policy.text || <span className="muted">No text yet.</span>}
        </p>
      </section>
    );
  }
  return (
    <form
      className="card form"
      aria-label="Edit the policy"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const get = (k: string) => formText(f, k).trim();
        void act(
          () =>
            api.platform.updatePolicy({
              id: policy.id,
              policy: {
                areaId: get('areaId'),
                title: get('title'),
                summary: get('summary'),
                text: get('text'),
                sponsors: get('sponsors')
                  .split(',')
                  .map((s) => s.trim())
                  .filter(Boolean),
              },
            }),
          'Policy saved.',
        ).then((ok) => ok && setEditing(false));
      }}
    >
      <label>
        Area
        <select name="areaId" defaultValue={policy.areaId}>
          {view.platform.areas.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Title
        <input name="title" defaultValue={policy.title} required />
      </label>
      <label>
        Summary
        <input name="summary" defaultValue={policy.summary} />
      </label>
      <label>
        Full text
        <textarea name="text" rows={6} defaultValue={policy.text} />
      </label>
      <label>
        Sponsors (comma-separated)
        <input name="sponsors" defaultValue={policy.sponsors.join(', ')} />
      </label>
      <div className="actions">
        <button type="submit" className="primary">
          Save
        </button>
        <button type="button" onClick={() => setEditing(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function Lifecycle({ policy, act }: { policy: Policy; act: Act }) {
  const allowed = MANUAL.filter((to) => POLICY_TRANSITIONS[policy.status].includes(to));
  if (allowed.length === 0) return null;
  return (
    <section className="card" aria-labelledby="lifecycle-heading">
      <h2 id="lifecycle-heading">Lifecycle</h2>
      <p className="muted">
        Draft → rights review → ready → adopted / rejected / withdrawn / tabled.
      </p>
      <div className="actions wrap">
        {allowed.map((to) => (
          <button
            key={to}
            type="button"
            onClick={() =>
              void act(
                () => api.platform.transition({ policyId: policy.id, to }),
                `Policy is now ${POLICY_STATUS_LABELS[to].toLowerCase()}.`,
              )
            }
          >
            {MANUAL_LABELS[to]}
          </button>
        ))}
      </div>
    </section>
  );
}

function ReviewGrid({ policy, view, act }: { policy: Policy; view: PlatformView; act: Act }) {
  const review = reviewStatus(policy, view.platform.rights);
  const closed =
    policy.status === 'adopted' || policy.status === 'rejected' || policy.status === 'withdrawn';
  return (
    <section className="card review-grid" aria-labelledby="review-heading">
      <h2 id="review-heading">Rights review</h2>
      <p className="muted">
        A finding for every Secured Right. Any right marked in conflict (or not reviewed) keeps the
        policy from a vote.
      </p>
      <table className="table compact">
        <caption className="visually-hidden">Findings per Secured Right</caption>
        <thead>
          <tr>
            <th scope="col">Secured Right</th>
            <th scope="col">Finding</th>
            <th scope="col">Note</th>
            <th scope="col">By</th>
            {!closed && <th scope="col">Record a finding</th>}
          </tr>
        </thead>
        <tbody>
          {review.rows.map((row) => (
            <tr key={row.right.id}>
              <th scope="row">
                {row.right.number}. {row.right.title}
              </th>
              <td>
                {row.state === 'missing' ? (
                  'Not reviewed'
                ) : row.state === 'stale' ? (
                  'Right reworded since review'
                ) : (
                  <span
                    className={`tag ${row.state === 'conflict' ? 'conflict' : row.state === 'no-conflict' ? 'ok' : ''}`}
                  >
                    {FINDING_LABELS[row.state]}
                  </span>
                )}
              </td>
              <td>{row.finding?.note}</td>
              <td>{row.finding?.by}</td>
              {!closed && (
                <td>
                  <form
                    className="form inline"
                    aria-label={`Finding on ${row.right.title}`}
                    onSubmit={(e) => {
                      e.preventDefault();
                      const f = new FormData(e.currentTarget);
                      void act(
                        () =>
                          api.platform.recordFinding({
                            policyId: policy.id,
                            rightId: row.right.id,
                            finding: formText(f, 'finding') as FindingKind,
                            note: formText(f, 'note'),
                            by: formText(f, 'by'),
                          }),
                        'Finding recorded.',
                      );
                    }}
                  >
                    <select
                      name="finding"
                      aria-label={`Finding on ${row.right.title}`}
                      defaultValue={row.finding?.finding ?? 'no-conflict'}
                    >
                      {(Object.keys(FINDING_LABELS) as FindingKind[]).map((k) => (
                        <option key={k} value={k}>
                          {FINDING_LABELS[k]}
                        </option>
                      ))}
                    </select>
                    <input
                      name="note"
                      aria-label={`Note on ${row.right.title}`}
                      placeholder="Note"
                    />
                    <input
                      name="by"
                      aria-label={`Reviewer for ${row.right.title}`}
                      placeholder="Your name"
                      required
                    />
                    <button type="submit">Record</button>
                  </form>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {review.rows.length === 0 && (
        <p className="muted">There are no Secured Rights to review against yet.</p>
      )}
    </section>
  );
}

function Amendments({ policy, view, act }: { policy: Policy; view: PlatformView; act: Act }) {
  const amendments = view.platform.amendments.filter((a) => a.policyId === policy.id);
  const [proposing, setProposing] = useState(false);
  const [voting, setVoting] = useState<string | null>(null);
  const amendable = ['draft', 'rights-review', 'ready', 'tabled'].includes(policy.status);
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="card" aria-labelledby="amendments-heading">
      <div className="page-head">
        <h2 id="amendments-heading">Amendments</h2>
        {amendable && (
          <button type="button" onClick={() => setProposing(true)} aria-expanded={proposing}>
            Propose an amendment
          </button>
        )}
      </div>
      <Notice kind="error">{error}</Notice>
      {proposing && (
        <form
          className="form"
          aria-label="Propose an amendment"
          onSubmit={(e) => {
            e.preventDefault();
            const f = new FormData(e.currentTarget);
            void act(
              () =>
                api.platform.proposeAmendment({
                  policyId: policy.id,
                  newText: formText(f, 'newText'),
                  by: formText(f, 'by'),
                  rationale: formText(f, 'rationale'),
                }),
              'Amendment proposed.',
            ).then((ok) => ok && setProposing(false));
          }}
        >
          <label>
            Amended text
            <textarea name="newText" rows={6} defaultValue={policy.text} required />
          </label>
          <div className="form inline">
            <label>
              Proposed by
              <input name="by" required />
            </label>
            <label>
              Why
              <input name="rationale" />
            </label>
          </div>
          <div className="actions">
            <button type="submit" className="primary">
              Propose
            </button>
            <button type="button" onClick={() => setProposing(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {amendments.map((a) => (
        <article key={a.id} className="card">
          <p>
            <strong>Amendment by {a.proposedBy}</strong> · {a.status}
            {a.rationale ? ` — ${a.rationale}` : ''}
            {a.vote && ` · ${a.vote.sentence}`}
          </p>
          <Diff segments={amendmentDiff(a)} label={`Changes proposed by ${a.proposedBy}`} />
          {a.status === 'proposed' && (
            <div className="actions wrap">
              {voting === a.id ? (
                <VoteForm
                  label="Put the amendment to a vote"
                  defaultThreshold="majority-cast"
                  onCancel={() => setVoting(null)}
                  onSubmit={async (v) => {
                    try {
                      const { voteId } = await api.platform.putToVote({
                        subject: { type: 'amendment', amendmentId: a.id },
                        ...v,
                      });
                      navigate(`/votes/${voteId}`);
                    } catch (err) {
                      setError(messageOf(err));
                    }
                  }}
                />
              ) : (
                <>
                  <button type="button" onClick={() => setVoting(a.id)}>
                    Put to a vote…
                  </button>
                  <button
                    type="button"
                    onClick={() =>
                      void act(
                        () => api.platform.withdrawAmendment({ id: a.id }),
                        'Amendment withdrawn.',
                      )
                    }
                  >
                    Withdraw
                  </button>
                </>
              )}
            </div>
          )}
        </article>
      ))}
      {amendments.length === 0 && <p className="muted">No amendments.</p>}
    </section>
  );
}

type VoteFields = { threshold: Threshold; mover: string; seconder?: string };

function VoteForm({
  label,
  defaultThreshold,
  onSubmit,
  onCancel,
}: {
  label: string;
  defaultThreshold: Threshold;
  onSubmit: (v: VoteFields) => Promise<void>;
  onCancel?: () => void;
}) {
  return (
    <form
      className="form inline"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const seconder = formText(f, 'seconder').trim();
        void onSubmit({
          threshold: formText(f, 'threshold') as Threshold,
          mover: formText(f, 'mover'),
          ...(seconder ? { seconder } : {}),
        });
      }}
    >
      <label>
        Threshold
        <select name="threshold" defaultValue={defaultThreshold}>
          {THRESHOLDS.map((t) => (
            <option key={t} value={t}>
              {THRESHOLD_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Moved by
        <input name="mover" required />
      </label>
      <label>
        Seconded by
        <input name="seconder" />
      </label>
      <button type="submit" className="primary">
        {label}
      </button>
      {onCancel && (
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      )}
    </form>
  );
}

function AdoptionVote({ policy, view }: { policy: Policy; view: PlatformView }) {
  const [error, setError] = useState<string | null>(null);
  if (policy.status === 'adopted' || policy.status === 'rejected' || policy.status === 'withdrawn')
    return null;
  const can = canPutToAdoptionVote(policy, view.platform.rights);
  const blocked = reviewBlockingReason(reviewStatus(policy, view.platform.rights));
  return (
    <section className="card" aria-labelledby="adopt-heading">
      <h2 id="adopt-heading">Adoption vote</h2>
      <Notice kind="error">{error}</Notice>
      {can.allowed ? (
        <VoteForm
          label="Put to adoption vote"
          defaultThreshold="two-thirds-cast"
          onSubmit={async (v) => {
            try {
              const { voteId } = await api.platform.putToVote({
                subject: { type: 'policy-adoption', policyId: policy.id },
                ...v,
              });
              navigate(`/votes/${voteId}`);
            } catch (err) {
              setError(messageOf(err));
            }
          }}
        />
      ) : (
        <>
          <p>
            <strong>Not yet:</strong> {can.reason}
          </p>
          {blocked && policy.status !== 'ready' && (
            <p>
              <strong>Rights review:</strong> {blocked}
            </p>
          )}
        </>
      )}
    </section>
  );
}

function History({ policy }: { policy: Policy }) {
  if (policy.history.length === 0 && policy.textChanges.length === 0) return null;
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      <ul>
        {policy.history.map((h, i) => (
          <li key={i}>
            {dateOf(h.at)}: {POLICY_STATUS_LABELS[h.from]} → {POLICY_STATUS_LABELS[h.to]}
            {h.by ? ` by ${h.by}` : ''}
            {h.reason ? ` (${h.reason})` : ''}
            {h.vote && (
              <>
                {' — '}
                {h.vote.voteId ? (
                  <a href={`#/votes/${h.vote.voteId}`}>{h.vote.sentence}</a>
                ) : (
                  h.vote.sentence
                )}
              </>
            )}
          </li>
        ))}
        {policy.textChanges.map((c) => (
          <li key={c.amendmentId}>
            {dateOf(c.at)}: text amended — {c.vote.sentence}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Laying a policy on the table (and taking it from the table) is a majority vote. */
function TableVote({ policy }: { policy: Policy }) {
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  if (policy.status !== 'ready' && policy.status !== 'tabled') return null;
  const to = policy.status === 'ready' ? 'tabled' : 'ready';
  const label = to === 'tabled' ? 'Lay on the table' : 'Take from the table';
  return (
    <section className="card" aria-labelledby="table-heading">
      <h2 id="table-heading">{policy.status === 'tabled' ? 'On the table' : 'Postpone'}</h2>
      <Notice kind="error">{error}</Notice>
      {open ? (
        <VoteForm
          label={label}
          defaultThreshold="majority-cast"
          onCancel={() => setOpen(false)}
          onSubmit={async (v) => {
            try {
              const { voteId } = await api.platform.putToVote({
                subject: { type: 'policy-status', policyId: policy.id, to },
                ...v,
              });
              navigate(`/votes/${voteId}`);
            } catch (err) {
              setError(messageOf(err));
            }
          }}
        />
      ) : (
        <button type="button" onClick={() => setOpen(true)}>
          {label}…
        </button>
      )}
    </section>
  );
}
