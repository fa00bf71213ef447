import type { FileRecount } from '../../../../shared/contract/votes';
import type { RecountResult } from '../../../../shared/voting/ballotFile';
import { api } from '../../api';
import { ActionNotice } from '../../ui/Notice';
import { ResultView } from '../../ui/ResultView';
import { useAction } from '../../ui/useAction';

/**
 * The recount of a file the person chose: a ballot file, or an official election's cast
 * vote records counted under their rules file (docs/ballot-file.md), with its rounds
 * exportable as RCTab's summary reports.
 */
export function FileRecountPanel({
  recount,
  result,
  onClose,
}: {
  recount: FileRecount;
  result: RecountResult;
  onClose: () => void;
}) {
  const local = useAction();
  const save = (format: 'csv' | 'json') =>
    void local.run(() => api.votes.exportRecountSummary({ format }), {
      success: (r) => (r.saved ? `Saved ${r.fileName ?? 'the file'}.` : null),
    });
  return (
    <section className="card" aria-labelledby="file-recount-heading">
      <h2 id="file-recount-heading">Recount of {recount.fileName}</h2>
      {recount.rulesFile && (
        <p className="muted">Counted under the rules file {recount.rulesFile}.</p>
      )}
      <ActionNotice action={local} />
      <ResultView result={result} />
      <div className="actions wrap">
        {result.kind === 'election' && (
          <>
            <button type="button" disabled={local.busy} onClick={() => save('csv')}>
              Export round summary (CSV)
            </button>
            <button type="button" disabled={local.busy} onClick={() => save('json')}>
              Export round summary (JSON)
            </button>
          </>
        )}
        <button type="button" onClick={onClose}>
          Close the recount
        </button>
      </div>
    </section>
  );
}
