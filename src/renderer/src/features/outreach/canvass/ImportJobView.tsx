import type { ImportJob } from '../../../../../shared/contract/canvass';
import { api } from '../../../api';
import { Notice } from '../../../ui/Notice';
import { useAction } from '../../../ui/useAction';
import { ImportSummaryView } from './ImportSummaryView';
import { mb } from './importLabels';
import { SkippedRows } from './SkippedRows';

/** A running import's progress (with Cancel), or how it ended. */
export function ImportJobView({ job }: { job: ImportJob }) {
  const cancel = useAction();
  if (job.state === 'running') {
    return (
      <div className="import-progress">
        <label htmlFor="import-progress">
          Importing {job.fileName}: {job.rows.toLocaleString('en-US')} rows · {mb(job.bytesRead)} of{' '}
          {mb(job.totalBytes)}
        </label>
        <progress id="import-progress" max={1} value={job.fraction} />
        <button
          type="button"
          disabled={cancel.busy}
          onClick={() => void cancel.run(() => api.canvass.importCancel({ jobId: job.jobId }))}
        >
          Cancel import
        </button>
        <Notice kind="error">{cancel.error}</Notice>
      </div>
    );
  }
  if (job.state === 'cancelled')
    return <Notice kind="info">The import was cancelled; nothing changed.</Notice>;
  if (job.state === 'failed' || !job.summary || !job.list) {
    return (
      <div>
        <Notice kind="error">{job.error?.message ?? 'The import failed.'}</Notice>
        <SkippedRows rows={job.error?.skipped ?? []} total={job.error?.skipped?.length ?? 0} />
      </div>
    );
  }
  return <ImportSummaryView summary={job.summary} diff={job.diff} list={job.list} />;
}
