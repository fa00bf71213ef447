/**
 * Phone banking from home for one turf: save its call sheet (PDF, and a CSV a caller fills
 * at home), then import the filled CSV: its calls go into the turf's results, beside the
 * doors, and every row that cannot be read is listed by line.
 */
import { useState } from 'react';
import { CALL_FIELD_LABELS, CALL_FIELDS } from '../../../../../shared/canvass/callSheet';
import { api } from '../../../api';
import { CsvImport, rowsWithProblems } from '../../../ui/CsvImport';
import { DataTable } from '../../../ui/DataTable';
import { ActionNotice } from '../../../ui/Notice';
import { useAction } from '../../../ui/useAction';
import { useAsync } from '../../../ui/useAsync';

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

export function CallSheetPanel({
  listId,
  turfId,
  electionId,
  onImported,
}: {
  listId: string;
  turfId: string;
  /** A GOTV election whose vote plans the sheet prints ('' for none). */
  electionId: string;
  onImported: () => void;
}) {
  const calls = useAsync(() => api.canvass.callList({ listId, turfId }));
  const [caller, setCaller] = useState('');
  const [date, setDate] = useState('');
  // Saving the sheet (PDF or CSV), and importing the filled CSV: one runner each.
  const save = useAction();
  const importing = useAction();
  const saved = (r: { saved: boolean; fileName?: string | undefined }) =>
    r.saved ? `Saved ${r.fileName ?? 'the file'}.` : 'Not saved.';
  const c = calls.value;
  return (
    <>
      <section className="card" aria-labelledby="calls-heading">
        <h3 id="calls-heading">Call sheet (phone banking from home)</h3>
        <p className="muted">
          The voters of this turf with a phone number, in walking order with each household
          together, leaving out anyone marked Do Not Call. The calling script is set on the voter
          list’s page.
          {c ? ` People to call: ${c.people} · Households: ${c.doors}.` : ''}
        </p>
        <div className="form inline">
          <label>
            Caller (optional)
            <input value={caller} maxLength={120} onChange={(e) => setCaller(e.target.value)} />
          </label>
          <label>
            Date (default today)
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </label>
          <button
            type="button"
            className="primary"
            disabled={save.busy}
            onClick={() =>
              void save.run(
                () =>
                  api.print.save({
                    document: 'call-sheet',
                    params: {
                      listId,
                      turfId,
                      caller: caller.trim(),
                      date,
                      ...(electionId ? { electionId } : {}),
                    },
                  }),
                { success: saved },
              )
            }
          >
            Save call sheet (PDF)…
          </button>
          <button
            type="button"
            disabled={save.busy}
            onClick={() =>
              void save.run(() => api.canvass.saveCallCsv({ listId, turfId }), { success: saved })
            }
          >
            Save call sheet as CSV…
          </button>
        </div>
        <ActionNotice action={save} />
      </section>
      <CsvImport
        heading="Import a filled call sheet"
        intro={
          <p>
            The call sheet’s CSV with the result, support (1–5), volunteer, yard sign and needs a
            ride (Y or N), notes, caller and the date called filled in. Rows left blank were not
            called. The calls go into this turf’s results beside the doors: a voter reached twice
            counts once, with their latest answer.
          </p>
        }
        fileLabel="Filled call sheet (CSV)"
        fields={CALL_FIELDS}
        labels={CALL_FIELD_LABELS}
        action={importing}
        preview={(csv, mapping) => api.canvass.callsPreview({ listId, turfId, csv, mapping })}
      >
        {({ csv, preview, mapping, done }) => (
          <>
            <p>{count(preview.uncalled, 'row')} left blank (not called).</p>
            <DataTable
              className="table compact"
              caption="Calls to record"
              rows={preview.rows}
              rowKey={(r) => r.line}
              columns={[
                { header: 'Line', cell: (r) => r.line },
                { header: 'Voter', rowHeader: true, cell: (r) => `${r.name} (${r.voterId})` },
                { header: 'Answer', cell: (r) => r.answer },
              ]}
            />
            <button
              type="button"
              className="primary"
              disabled={preview.valid === 0 || importing.busy}
              onClick={() =>
                void importing.run(
                  () => api.canvass.importCalls({ listId, turfId, csv, mapping }),
                  {
                    success: (r) =>
                      `Recorded ${count(r.recorded, 'call')}; skipped ${count(r.duplicates, 'call')} imported before and ${count(rowsWithProblems(r.problems), 'row')} with problems.`,
                    onSuccess: (r) => {
                      done(r.problems);
                      onImported();
                    },
                  },
                )
              }
            >
              Record {count(preview.valid, 'call')}
            </button>
          </>
        )}
      </CsvImport>
    </>
  );
}
