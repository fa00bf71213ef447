import { MEMBER_FIELDS, type MemberField } from '../../../../shared/contract/members';
import { MEMBER_FIELD_WORDS } from '../../../../shared/sync/review';
import { api } from '../../api';
import { CsvImport, rowsWithProblems } from '../../ui/CsvImport';
import { DataTable } from '../../ui/DataTable';
import { useAction } from '../../ui/useAction';
import { useCounties } from '../../ui/useCounties';

/** The CSV's fields by the names the app gives a member's fields everywhere. */
const FIELD_LABELS: Readonly<Record<MemberField, string>> = MEMBER_FIELD_WORDS;

/** CSV import: pick a file, check the column mapping and the preview, then import. */
export function ImportMembers({ onImported }: { onImported: () => void }) {
  const { countyByFips } = useCounties();
  const action = useAction();
  return (
    <CsvImport
      heading="Import members from a CSV file"
      intro={
        <p>
          The first row must name the columns. Counties can be written as names or FIPS codes; roles
          as chair, secretary or teller.
        </p>
      }
      fileLabel="Member CSV file"
      fields={MEMBER_FIELDS}
      labels={FIELD_LABELS}
      action={action}
      preview={(csv, mapping) => api.members.importPreview({ csv, mapping })}
    >
      {({ csv, preview, mapping, done }) => (
        <>
          <DataTable
            className="table compact"
            caption="Preview (first 20 rows)"
            rows={preview.rows.slice(0, 20)}
            rowKey={(r) => r.line}
            columns={[
              { header: 'Line', cell: (r) => r.line },
              { header: 'Name', cell: (r) => r.name },
              {
                header: 'County',
                cell: (r) => (r.county ? (countyByFips(r.county)?.name ?? r.county) : '—'),
              },
              { header: 'Email', cell: (r) => r.email ?? '—' },
              { header: 'Roles', cell: (r) => r.roles.join(', ') || '—' },
              { header: 'Joined', cell: (r) => r.joined },
            ]}
          />
          <button
            type="button"
            className="primary"
            disabled={preview.valid === 0 || action.busy}
            onClick={() =>
              void action.run(() => api.members.importCommit({ csv, mapping }), {
                success: (result) =>
                  `Imported ${result.added} ${result.added === 1 ? 'member' : 'members'}; ${rowsWithProblems(result.problems)} skipped.`,
                onSuccess: (result) => {
                  done(result.problems);
                  onImported();
                },
              })
            }
          >
            Import {preview.valid} {preview.valid === 1 ? 'member' : 'members'}
          </button>
        </>
      )}
    </CsvImport>
  );
}
