import { DataTable } from '../ui/DataTable';

/**
 * A table to fill in with a pen (the sign-in sheet, the tellers' tally sheet): a row a name,
 * numbered, and the other columns left blank.
 */
export function PenTable({
  className,
  columns: [namesHeader, ...blank],
  names,
  numbered = names.length,
}: {
  className: string;
  /** The headings after '#': the names' column first, then the blank ones. */
  columns: readonly [string, ...string[]];
  names: readonly string[];
  /** How many rows, from the top, are numbered (a totals row after them is not). */
  numbered?: number;
}) {
  return (
    <DataTable
      className={className}
      rows={names}
      rowKey={(_, i) => i}
      columns={[
        { header: '#', cell: (_, i) => (i < numbered ? i + 1 : '') },
        { header: namesHeader, cell: (name) => name },
        ...blank.map((header) => ({ header, cell: () => null })),
      ]}
    />
  );
}
