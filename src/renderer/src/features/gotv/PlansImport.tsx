/** Vote plans from a CSV file, with the kit's mapping, preview and line-numbered problems. */
import { PLAN_FIELDS, type PlanField } from '../../../../shared/contract/gotv';
import { planText } from '../../../../shared/gotv/plans';
import { api } from '../../api';
import { CsvImport, rowsWithProblems } from '../../ui/CsvImport';
import { DataTable } from '../../ui/DataTable';
import { useAction } from '../../ui/useAction';

const FIELD_LABELS: Record<PlanField, string> = {
  voterId: 'Voter ID',
  plan: 'Plan',
  needsRide: 'Needs a ride',
  rideDate: 'Ride date',
  rideTime: 'Ride time',
  ballotRequested: 'Ballot requested',
  ballotReturned: 'Ballot returned',
};

export function PlansImport({
  electionId,
  onImported,
}: {
  electionId: string;
  onImported: () => void;
}) {
  const action = useAction();
  return (
    <CsvImport
      heading="Import plans from a CSV file"
      intro={
        <p>
          The first row must name the columns; the voter ID is required. Plans are early, mail (or
          absentee), election day or unsure; a ride is yes or no; dates like 2026-10-05 or
          10/5/2026, times like 10:30 or 2:30 pm. Only voters in the universe can have a plan.
        </p>
      }
      fileLabel="Vote plan CSV file"
      fields={PLAN_FIELDS}
      labels={FIELD_LABELS}
      action={action}
      preview={(csv, mapping) => api.gotv.plansPreview({ electionId, csv, mapping })}
    >
      {({ csv, preview, mapping, done }) => (
        <>
          <DataTable
            className="table compact"
            caption="Preview"
            rows={preview.rows}
            rowKey={(r) => r.line}
            columns={[
              { header: 'Line', cell: (r) => r.line },
              { header: 'Voter ID', rowHeader: true, cell: (r) => r.voterId },
              { header: 'Plan', cell: (r) => planText(r) || '—' },
            ]}
          />
          <button
            type="button"
            className="primary"
            disabled={action.busy || preview.valid === 0}
            onClick={() =>
              void action.run(() => api.gotv.importPlans({ electionId, csv, mapping }), {
                success: ({ imported, problems }) =>
                  `Imported ${imported} ${imported === 1 ? 'plan' : 'plans'}; ${rowsWithProblems(problems)} rows skipped.`,
                onSuccess: ({ problems }) => {
                  done(problems);
                  onImported();
                },
              })
            }
          >
            Import {preview.valid} {preview.valid === 1 ? 'plan' : 'plans'}
          </button>
        </>
      )}
    </CsvImport>
  );
}
