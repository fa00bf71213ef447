import { pluralize } from '../../../../shared/text';
import { useState } from 'react';
import type { PlatformView } from '../../../../shared/contract/platform';
import { dateOf } from '../../../../shared/dates';
import { currentRights, isRemoved, latestVersion } from '../../../../shared/platform';
import { THRESHOLD_LABELS } from '../../../../shared/schema/chapter';
import { DataTable } from '../../ui/DataTable';
import { RightProposalForm, type RightChange } from './RightProposalForm';

/** The Secured Rights, each with its versions and the vote behind each; proposals open votes. */
export function RightsSection({ view }: { view: PlatformView }) {
  const [proposing, setProposing] = useState<{ change: RightChange; rightId?: string } | null>(
    null,
  );
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
          key={`${proposing.change}-${proposing.rightId ?? ''}`}
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
                <summary>{pluralize(right.versions.length, 'version')}</summary>
                <DataTable
                  className="table compact"
                  caption={`Versions of ${v.title}`}
                  captionHidden
                  rows={right.versions}
                  rowKey={(ver) => ver.version}
                  columns={[
                    { header: 'Version', cell: (ver) => ver.version },
                    { header: 'Change', cell: (ver) => ver.change },
                    { header: 'Date', cell: (ver) => dateOf(ver.date) },
                    { header: 'Wording', cell: (ver) => `${ver.title}: ${ver.text}` },
                    {
                      header: 'Vote',
                      cell: (ver) =>
                        ver.vote?.voteId ? (
                          <a href={`#/votes/${ver.vote.voteId}`}>{ver.vote.sentence}</a>
                        ) : (
                          (ver.vote?.sentence ?? 'Brought in without a vote')
                        ),
                    },
                  ]}
                />
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
