import { useState } from 'react';
import {
  MEMBER_FIELDS,
  type ColumnMapping,
  type ImportProblem,
  type MemberField,
  type MemberImportPreview,
} from '../../../../shared/contract/members';
import { api } from '../../api';
import { DataTable } from '../../ui/DataTable';
import { ActionNotice } from '../../ui/Notice';
import { useAction } from '../../ui/useAction';
import { useCounties } from '../../ui/useCounties';

const FIELD_LABELS: Record<MemberField, string> = {
  name: 'Name',
  county: 'County',
  email: 'Email',
  phone: 'Phone',
  roles: 'Roles',
  joined: 'Joined',
};

/** How many rows have problems (a row is reported once for each of its problems). */
function rowsWithProblems(problems: readonly ImportProblem[]): number {
  return new Set(problems.map((p) => p.line)).size;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** CSV import: pick a file, check the column mapping and the preview, then import. */
export function ImportMembers({ onImported }: { onImported: () => void }) {
  const [csv, setCsv] = useState<string | null>(null);
  const [preview, setPreview] = useState<MemberImportPreview | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  const { countyByFips } = useCounties();
  const action = useAction();

  const load = async (text: string, map?: ColumnMapping) => {
    const ok = await action.run(() => api.members.importPreview({ csv: text, mapping: map }), {
      onSuccess: (result) => {
        setPreview(result);
        setMapping(result.mapping);
        setProblems(result.problems);
      },
    });
    if (!ok) setPreview(null);
  };

  return (
    <section aria-labelledby="import-heading" className="card">
      <h2 id="import-heading">Import members from a CSV file</h2>
      <p className="muted">
        The first row must name the columns. Counties can be written as names or FIPS codes; roles
        as chair, secretary or teller.
      </p>
      <label className="file">
        Member CSV file
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            const text = await file.text();
            setCsv(text);
            await load(text);
          }}
        />
      </label>
      <ActionNotice action={action} />
      {preview && csv !== null && (
        <>
          <fieldset className="mapping">
            <legend>Columns</legend>
            {MEMBER_FIELDS.map((field) => (
              <label key={field}>
                {FIELD_LABELS[field]}
                <select
                  value={mapping[field] ?? ''}
                  onChange={async (e) => {
                    const next = { ...mapping, [field]: e.target.value || undefined };
                    await load(csv, next);
                  }}
                >
                  <option value="">(not in the file)</option>
                  {preview.headers.map((h) => (
                    <option key={h} value={h}>
                      {h}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </fieldset>
          <p>
            {preview.valid} {preview.valid === 1 ? 'row is' : 'rows are'} ready to import;{' '}
            {plural(rowsWithProblems(preview.problems), 'row has', 'rows have')} problems and will
            be skipped.
          </p>
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
                  `Imported ${plural(result.added, 'member', 'members')}; ${rowsWithProblems(result.problems)} skipped.`,
                onSuccess: (result) => {
                  setPreview(null);
                  setCsv(null);
                  setProblems(result.problems);
                  onImported();
                },
              })
            }
          >
            Import {preview.valid} {preview.valid === 1 ? 'member' : 'members'}
          </button>
        </>
      )}
      {problems.length > 0 && (
        <div role="region" aria-label="Rows with problems">
          <h3>Rows with problems</h3>
          <DataTable
            className="table compact"
            caption="Every problem of every row: fix them in the file and import it again."
            rows={problems}
            rowKey={(p, i) => `${p.line}-${i}`}
            columns={[
              { header: 'Line', cell: (p) => p.line, rowHeader: true },
              { header: 'Column', cell: (p) => FIELD_LABELS[p.field] },
              { header: 'Problem', cell: (p) => p.reason, className: 'problems' },
            ]}
          />
        </div>
      )}
    </section>
  );
}
