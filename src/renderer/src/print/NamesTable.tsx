import { DataTable } from '../ui/DataTable';

/**
 * A numbered table of names, then blank rows, with columns left empty to fill in by hand:
 * the meeting sign-in sheet and a shift's sign-up sheet. Its header repeats on every page.
 */
export function NamesTable({
  names,
  blankRows,
  columns,
  className,
}: {
  names: readonly string[];
  blankRows: number;
  /** The headings of the columns after the name, left blank on every row. */
  columns: readonly string[];
  className: string;
}) {
  return (
    <DataTable
      className={className}
      rows={[...names, ...Array.from({ length: blankRows }, () => '')]}
      rowKey={(_, i) => i}
      columns={[
        { header: '#', className: 'num', cell: (_, i) => i + 1 },
        { header: 'Name', cell: (name) => name },
        ...columns.map((header) => ({ header, cell: () => null })),
      ]}
    />
  );
}
