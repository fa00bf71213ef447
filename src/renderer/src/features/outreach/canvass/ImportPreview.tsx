import type { ReactNode } from 'react';
import type { FilePreview } from '../../../../../shared/contract/canvass';
import { Notice } from '../../../ui/Notice';
import { PRESET_LABELS, delimiterName, mb } from './importLabels';

const SAMPLE_COLUMNS = ['Voter ID', 'Name', 'Address', 'City', 'ZIP', 'Precinct'];

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
        <table className="table mapping-table">
          <caption>How the file’s columns are read</caption>
          <thead>
            <tr>
              <th scope="col">What Chapterhouse reads</th>
              <th scope="col">Column in the file</th>
            </tr>
          </thead>
          <tbody>
            {found.map((m) => (
              <tr key={m.field}>
                <th scope="row">{m.field}</th>
                <td>{m.column}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {preview.sample.length > 0 && (
        <table className="table">
          <caption>The first rows, as they will be read</caption>
          <thead>
            <tr>
              {SAMPLE_COLUMNS.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.sample.map((row, i) => (
              <tr key={i}>
                {row.map((v, j) => (
                  <td key={j}>{v}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="actions">{children}</div>
    </section>
  );
}
