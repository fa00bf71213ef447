import { DataTable } from '../../../ui/DataTable';

export function SkippedRows({
  rows,
  total,
}: {
  rows: { line: number; reason: string }[];
  total: number;
}) {
  if (total === 0) return null;
  return (
    <details className="skipped" open={rows.length <= 20}>
      <summary>
        {total.toLocaleString('en-US')} {total === 1 ? 'row was' : 'rows were'} skipped
        {rows.length < total ? ` (first ${rows.length} listed)` : ''}
      </summary>
      <DataTable
        caption="Skipped rows"
        captionHidden
        rows={rows}
        rowKey={(r) => r.line}
        columns={[
          { header: 'Line', cell: (r) => r.line },
          { header: 'Reason', cell: (r) => r.reason },
        ]}
      />
    </details>
  );
}
