import type { ImportJob } from '../../../../../shared/contract/canvass';
import type { VoterListMeta } from '../../../../../shared/canvass/schema';
import { Notice } from '../../../ui/Notice';
import { DiffView } from './DiffView';
import { PRESET_LABELS, delimiterName } from './importLabels';
import { SkippedRows } from './SkippedRows';

export function ImportSummaryView({
  summary,
  diff,
  list,
}: {
  summary: NonNullable<ImportJob['summary']>;
  diff: ImportJob['diff'];
  list: VoterListMeta;
}) {
  const s = summary.suppressed;
  return (
    <section className="import-summary" aria-label="Import summary">
      <Notice kind="success">
        Imported {summary.file} into <a href={`#/outreach/canvass/${list.id}`}>{list.name}</a>:{' '}
        {summary.voters.toLocaleString('en-US')} voters at{' '}
        {summary.households.toLocaleString('en-US')} doors.
      </Notice>
      <dl className="facts">
        <div>
          <dt>File dated</dt>
          <dd>{summary.fileDate.slice(0, 10)}</dd>
        </div>
        <div>
          <dt>Layout</dt>
          <dd>
            {PRESET_LABELS[summary.preset]} · {delimiterName(summary.delimiter).toLowerCase()}
            -delimited · {summary.encoding} · {summary.hasHeader ? 'header row' : 'no header row'}
          </dd>
        </div>
        <div>
          <dt>Rows read</dt>
          <dd>{summary.rows.toLocaleString('en-US')}</dd>
        </div>
        <div>
          <dt>Outside the county</dt>
          <dd>{summary.outsideCounty.toLocaleString('en-US')}</dd>
        </div>
        <div>
          <dt>Duplicates</dt>
          <dd>{summary.duplicates.toLocaleString('en-US')}</dd>
        </div>
        <div>
          <dt>Suppressed</dt>
          <dd>
            {s.confidential} confidential · {s.exempt} exempt · {s.status} by status · {s.chapter}{' '}
            marked by the chapter
          </dd>
        </div>
        <div>
          <dt>Elections in the history</dt>
          <dd>{summary.elections.slice(0, 8).join(' ') || 'none'}</dd>
        </div>
      </dl>
      {summary.warnings.map((w) => (
        <Notice key={w} kind="info">
          {w}
        </Notice>
      ))}
      {diff && <DiffView diff={diff} />}
      <SkippedRows rows={summary.skipped} total={summary.skippedCount} />
    </section>
  );
}
