import type { ImportJob } from '../../../../../shared/contract/canvass';

export function DiffView({ diff }: { diff: NonNullable<ImportJob['diff']> }) {
  return (
    <section className="import-diff" aria-label="Changes since the last file">
      <h4>Changes since the file dated {diff.previousFileDate.slice(0, 10)}</h4>
      <ul>
        <li>
          <b>{diff.added.toLocaleString('en-US')}</b> new voters
        </li>
        <li>
          <b>{diff.removed.toLocaleString('en-US')}</b> removed
        </li>
        <li>
          <b>{diff.addressChanged.toLocaleString('en-US')}</b> changed address
        </li>
        <li>{diff.unchanged.toLocaleString('en-US')} unchanged</li>
      </ul>
      <p className="muted">Canvass results already entered are kept, by state voter ID.</p>
    </section>
  );
}
