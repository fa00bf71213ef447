import { POLICY_STATUS_LABELS } from '../../../../shared/platform';
import { BackLink } from '../../ui/BackLink';
import { ActionNotice, Notice } from '../../ui/Notice';
import { AdoptionVote } from './AdoptionVote';
import { Amendments } from './Amendments';
import { PolicyHistory } from './PolicyHistory';
import { PolicyLifecycle } from './PolicyLifecycle';
import { PolicyText } from './PolicyText';
import { ReviewGrid } from './ReviewGrid';
import { TableVote } from './TableVote';
import { usePlatform } from './usePlatform';

/** One policy: its text, lifecycle, rights review, amendments, votes and history. */
export function PolicyPage({ id }: { id: string }) {
  const { view, loadError, action } = usePlatform();
  if (!view)
    return loadError ? <Notice kind="error">{loadError}</Notice> : <p aria-busy="true">Loading…</p>;
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
    <section aria-labelledby="policy-heading">
      <BackLink href="#/platform">Platform</BackLink>
      <h1 id="policy-heading">{policy.title}</h1>
      <p>
        <span className="badge">{POLICY_STATUS_LABELS[policy.status]}</span> ·{' '}
        {area?.name ?? 'No area'}
        {policy.sponsors.length > 0 && ` · Sponsors: ${policy.sponsors.join(', ')}`}
      </p>
      <ActionNotice action={action} />
      {pending.map((d) => (
        <Notice key={d.id} kind="info">
          Waiting on a vote: {d.title} — <a href={`#/votes/${d.voteId}`}>count and certify it</a>
        </Notice>
      ))}
      <PolicyText policy={policy} view={view} action={action} />
      <PolicyLifecycle policy={policy} action={action} />
      <ReviewGrid policy={policy} view={view} action={action} />
      <Amendments policy={policy} view={view} action={action} />
      <AdoptionVote policy={policy} view={view} />
      <TableVote policy={policy} />
      <PolicyHistory policy={policy} />
    </section>
  );
}
