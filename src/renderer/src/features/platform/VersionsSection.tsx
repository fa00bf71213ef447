import type { PlatformView } from '../../../../shared/contract/platform';
import { dateOf } from '../../../../shared/dates';
import { DataTable } from '../../ui/DataTable';

const CAUSE: Record<string, string> = {
  initial: 'First version',
  'policy-adopted': 'Policy adopted',
  'policy-amended': 'Policy amended',
  'policy-rescinded': 'Policy rescinded',
  'right-adopted': 'Secured Right adopted',
  'right-amended': 'Secured Right amended',
  'right-removed': 'Secured Right removed',
};

/** The numbered platform versions, newest first, each with the vote that made it. */
export function VersionsSection({ view }: { view: PlatformView }) {
  const versions = [...view.platform.versions].reverse();
  const title = (refId: string | null) =>
    view.platform.policies.find((p) => p.id === refId)?.title ??
    view.platform.rights.find((r) => r.id === refId)?.versions.at(-1)?.title ??
    '';
  return (
    <section className="card" aria-labelledby="versions-heading">
      <h2 id="versions-heading">Platform versions</h2>
      <DataTable
        className="table compact"
        caption="Platform versions, newest first"
        captionHidden
        rows={versions}
        rowKey={(v) => v.number}
        empty="No platform version yet: the first adoption creates version 1."
        columns={[
          { header: 'Version', cell: (v) => v.number },
          { header: 'Date', cell: (v) => dateOf(v.date) },
          {
            header: 'What changed',
            cell: (v) =>
              `${CAUSE[v.cause.kind] ?? v.cause.kind}${v.cause.refId ? `: ${title(v.cause.refId)}` : ''}`,
          },
          {
            header: 'Vote',
            cell: (v) =>
              v.cause.vote?.voteId ? (
                <a href={`#/votes/${v.cause.vote.voteId}`}>{v.cause.vote.sentence}</a>
              ) : (
                '—'
              ),
          },
          {
            header: 'Contents',
            cell: (v) =>
              `${v.rights.length} right${v.rights.length === 1 ? '' : 's'}, ${v.policies.length} ${v.policies.length === 1 ? 'policy' : 'policies'}`,
          },
        ]}
      />
    </section>
  );
}
