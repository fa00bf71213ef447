import type { Key, ReactNode } from 'react';

export interface Column<T> {
  /** The column heading (`<th scope="col">`). */
  header: ReactNode;
  /** What a row shows in this column. */
  cell: (row: T, index: number) => ReactNode;
  /** This column names its row (`<th scope="row">`), so screen readers read it with each cell. */
  rowHeader?: boolean;
  /** The class of this column's body cells. */
  className?: string;
}

/**
 * A plain data table: one row per item, a heading per column. `rows` undefined means still
 * loading (no empty line yet); an empty list shows `empty` across the row.
 */
export function DataTable<T>({
  rows,
  columns,
  rowKey,
  caption,
  captionHidden = false,
  empty,
  className = 'table',
  rowClassName,
}: {
  rows: readonly T[] | undefined;
  columns: readonly (Column<T> | false | null | undefined)[];
  rowKey: (row: T, index: number) => Key;
  caption?: ReactNode;
  /** The caption names the table for screen readers only. */
  captionHidden?: boolean;
  empty?: ReactNode;
  className?: string;
  rowClassName?: (row: T) => string | undefined;
}) {
  const shown = columns.filter((c): c is Column<T> => Boolean(c));
  return (
    <table className={className}>
      {caption !== undefined && (
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
      )}
      <thead>
        <tr>
          {shown.map((c, i) => (
            <th key={i} scope="col">
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows?.map((row, r) => (
          <tr key={rowKey(row, r)} className={rowClassName?.(row)}>
            {shown.map((c, i) =>
              c.rowHeader ? (
                <th key={i} scope="row" className={c.className}>
                  {c.cell(row, r)}
                </th>
              ) : (
                <td key={i} className={c.className}>
                  {c.cell(row, r)}
                </td>
              ),
            )}
          </tr>
        ))}
        {rows && rows.length === 0 && empty !== undefined && (
          <tr>
            <td colSpan={shown.length} className="muted">
              {empty}
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
