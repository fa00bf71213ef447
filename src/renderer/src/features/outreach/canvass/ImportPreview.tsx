import type { ReactNode } from 'react';
import type { FilePreview } from '../../../../../shared/contract/canvass';
import { DataTable, type Column } from '../../../ui/DataTable';
import { Notice } from '../../../ui/Notice';
import { PRESET_LABELS, delimiterName, mb } from './importLabels';

/** A sample row is voter ID, name, address, city, ZIP and precinct (FilePreview's order). */
const SAMPLE_COLUMNS: Column<string[]>[] = [
  'Voter ID',
  'Name',
  'Address',
  'City',
  'ZIP',
  'Precinct',
].map((header, j) => ({ header, cell: (row) => row[j] }));

/** How the chosen file will be read: its columns and first rows; `children` are its buttons. */
export function ImportPreview({
  preview,
  children,
}: {
  preview: FilePreview;
  children: ReactNode;
}) {
  const found = preview.mapping.filter((m) => m.column !== null);
  return (
    <section className="import-preview-panel" aria-label="Column mapping">
      <h4>
        {preview.fileName} · {mb(preview.fileSize)}
        {preview.preset ? ` · ${PRESET_LABELS[preview.preset]}` : ''}
      </h4>
      <p className="muted">
        {delimiterName(preview.delimiter)}-delimited · {preview.encoding} ·{' '}
        {preview.hasHeader
          ? 'columns named by the header row'
          : 'no header row: columns read in the official order'}
      </p>
      <Notice kind="error">
        {preview.error ??
          (preview.missing.length
            ? `This layout does not fit the file: ${preview.missing.join('; ')}.`
            : null)}
      </Notice>
      {found.length > 0 && (
        <DataTable
          className="table mapping-table"
          caption="How the file’s columns are read"
          rows={found}
          rowKey={(m) => m.field}
          columns={[
            { header: 'What Chapterhouse reads', rowHeader: true, cell: (m) => m.field },
            { header: 'Column in the file', cell: (m) => m.column },
          ]}
        />
      )}
      {preview.sample.length > 0 && (
        <DataTable
          caption="The first rows, as they will be read"
          rows={preview.sample}
          rowKey={(_, i) => i}
          columns={SAMPLE_COLUMNS}
        />
      )}
      <div className="actions">{children}</div>
    </section>
  );
}
