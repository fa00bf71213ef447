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
      <table className="table">
        <caption className="visually-hidden">Skipped rows</caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.line}>
              <td>{r.line}</td>
              <td>{r.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
