/**
 * Importing a voter list: the preset and file, progress and cancel, the summary, skipped
 * rows and the re-import diff (the lists page and a list's page both show it).
 */
import { useEffect, useState, type ReactNode } from 'react';
import type { FilePreview, ImportJob } from '../../../../../shared/contract/canvass';
import { VOTER_FILE_NOTICE } from '../../../../../shared/canvass/presets';
import type { PresetChoice, VoterListMeta } from '../../../../../shared/canvass/schema';
import { api, messageOf } from '../../../api';
import { Notice } from '../../../ui/Notice';

export const PRESET_LABELS: Record<PresetChoice, string> = {
  auto: 'Detect the layout',
  ohio: 'Ohio statewide voter file',
  'north-carolina': 'North Carolina ncvoter',
  florida: 'Florida voter extract (no header)',
  generic: 'Generic CSV (header row)',
};

/** The domain's voter-file notice, plus what the chapter does with the paper. */
export const PRIVACY_REMINDER = `${VOTER_FILE_NOTICE} Keep the list on this laptop and collect the printed sheets back after each walk.`;

const DELIMITERS: Record<string, string> = {
  ',': 'Comma',
  '\t': 'Tab',
  '|': 'Pipe',
  ';': 'Semicolon',
};
const delimiterName = (d: string): string => DELIMITERS[d] ?? `“${d}”`;

function mb(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

/** Preset, county filter and file date; main asks for the file; progress, cancel, summary. */
export function ImportPanel({
  list,
  onImported,
}: {
  list?: VoterListMeta;
  onImported: () => void;
}) {
  const [preset, setPreset] = useState<PresetChoice>(list?.preset ?? 'auto');
  const [county, setCounty] = useState(list?.county?.name ?? '');
  const [fileDate, setFileDate] = useState('');
  const [allowOlder, setAllowOlder] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const [job, setJob] = useState<ImportJob | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [info, setInfo] = useState<string | null>(null);
  const [chosen, setChosen] = useState<{ token: string; fileName: string } | null>(null);
  const [preview, setPreview] = useState<FilePreview | null>(null);
  const headingId = list ? 'reimport-heading' : 'import-heading';

  useEffect(() => {
    if (!jobId) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const next = await api.canvass.importProgress({ jobId });
        if (stopped) return;
        setJob(next);
        if (next.state === 'running') timer = setTimeout(() => void poll(), 150);
        else {
          setJobId(null);
          if (next.state === 'done') onImported();
        }
      } catch (e) {
        if (!stopped) {
          setError(messageOf(e));
          setJobId(null);
        }
      }
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [jobId, onImported]);

  useEffect(() => {
    if (!chosen) return;
    let stale = false;
    api.canvass.previewFile({ token: chosen.token, preset }).then(
      (p) => {
        if (!stale) setPreview(p);
      },
      (e: unknown) => {
        if (!stale) setError(messageOf(e));
      },
    );
    return () => {
      stale = true;
    };
  }, [chosen, preset]);

  async function choose() {
    setError(null);
    setInfo(null);
    setJob(null);
    setPreview(null);
    try {
      const picked = await api.canvass.chooseFile();
      if (picked.token && picked.fileName)
        setChosen({ token: picked.token, fileName: picked.fileName });
      else setInfo('No file was chosen.');
    } catch (e) {
      setError(messageOf(e));
    }
  }

  async function start() {
    if (!chosen) return;
    setError(null);
    setInfo(null);
    setJob(null);
    try {
      const started = await api.canvass.importStart({
        token: chosen.token,
        preset,
        county: county.trim() || null,
        fileDate: fileDate,
        ...(list ? { listId: list.id } : {}),
        allowOlder,
      });
      if (started.jobId) {
        setJobId(started.jobId);
        setChosen(null);
        setPreview(null);
      }
    } catch (e) {
      setError(messageOf(e));
    }
  }

  const running = job?.state === 'running' || (jobId !== null && !job);
  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{list ? 'Import a newer file for this list' : 'Import a voter list'}</h3>
      <p className="privacy-note" role="note">
        <b>Privacy:</b> {PRIVACY_REMINDER}
      </p>
      <div className="form inline">
        <label>
          Layout
          <select value={preset} onChange={(e) => setPreset(e.target.value as PresetChoice)}>
            {(Object.keys(PRESET_LABELS) as PresetChoice[]).map((p) => (
              <option key={p} value={p}>
                {PRESET_LABELS[p]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Only this county (name or FIPS, optional)
          <input value={county} onChange={(e) => setCounty(e.target.value)} maxLength={60} />
        </label>
        <label>
          File date (optional)
          <input type="date" value={fileDate} onChange={(e) => setFileDate(e.target.value)} />
        </label>
        {list && (
          <label className="check">
            <input
              type="checkbox"
              checked={allowOlder}
              onChange={(e) => setAllowOlder(e.target.checked)}
            />
            Accept an older file
          </label>
        )}
        <button type="button" disabled={running} onClick={() => void choose()}>
          Choose voter file…
        </button>
      </div>
      <p className="hint">
        CSV or tab-delimited, with or without a header row, UTF-8 or Latin-1. The layout decides
        which column is the voter ID, name, address, precinct and vote history.
      </p>
      <Notice kind="error">{error}</Notice>
      <Notice kind="info">{info}</Notice>
      {chosen && preview && (
        <PreviewView preview={preview}>
          <button
            type="button"
            className="primary"
            disabled={running || preview.error !== null || preview.missing.length > 0}
            onClick={() => void start()}
          >
            Import {chosen.fileName}
          </button>
        </PreviewView>
      )}
      {job && <JobView job={job} />}
    </section>
  );
}

const SAMPLE_COLUMNS = ['Voter ID', 'Name', 'Address', 'City', 'ZIP', 'Precinct'];

function PreviewView({ preview, children }: { preview: FilePreview; children: ReactNode }) {
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

function JobView({ job }: { job: ImportJob }) {
  if (job.state === 'running') {
    return (
      <div className="import-progress">
        <label htmlFor="import-progress">
          Importing {job.fileName}: {job.rows.toLocaleString('en-US')} rows · {mb(job.bytesRead)} of{' '}
          {mb(job.totalBytes)}
        </label>
        <progress id="import-progress" max={1} value={job.fraction} />
        <button type="button" onClick={() => void api.canvass.importCancel({ jobId: job.jobId })}>
          Cancel import
        </button>
      </div>
    );
  }
  if (job.state === 'cancelled')
    return <Notice kind="info">The import was cancelled; nothing changed.</Notice>;
  if (job.state === 'failed' || !job.summary || !job.list) {
    return (
      <div>
        <Notice kind="error">{job.error?.message ?? 'The import failed.'}</Notice>
        <SkippedRows rows={job.error?.skipped ?? []} total={job.error?.skipped?.length ?? 0} />
      </div>
    );
  }
  return <ImportSummaryView summary={job.summary} diff={job.diff} list={job.list} />;
}

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

export function ImportSummaryView({
  summary,
  diff,
  list,
}: {
  summary: NonNullable<ImportJob['summary']>;
  diff: ImportJob['diff'];
  list: VoterListMeta;
}) {
  const s = summary.suppressed;
  return (
    <section className="import-summary" aria-label="Import summary">
      <Notice kind="success">
        Imported {summary.file} into <a href={`#/outreach/canvass/${list.id}`}>{list.name}</a>:{' '}
        {summary.voters.toLocaleString('en-US')} voters at{' '}
        {summary.households.toLocaleString('en-US')} doors.
      </Notice>
      <dl className="facts">
        <div>
          <dt>File dated</dt>
          <dd>{summary.fileDate.slice(0, 10)}</dd>
        </div>
        <div>
          <dt>Layout</dt>
          <dd>
            {PRESET_LABELS[summary.preset]} · {delimiterName(summary.delimiter).toLowerCase()}
            -delimited · {summary.encoding} · {summary.hasHeader ? 'header row' : 'no header row'}
          </dd>
        </div>
        <div>
          <dt>Rows read</dt>
          <dd>{summary.rows.toLocaleString('en-US')}</dd>
        </div>
        <div>
          <dt>Outside the county</dt>
          <dd>{summary.outsideCounty.toLocaleString('en-US')}</dd>
        </div>
        <div>
          <dt>Duplicates</dt>
          <dd>{summary.duplicates.toLocaleString('en-US')}</dd>
        </div>
        <div>
          <dt>Suppressed</dt>
          <dd>
            {s.confidential} confidential · {s.exempt} exempt · {s.status} by status · {s.chapter}{' '}
            marked by the chapter
          </dd>
        </div>
        <div>
          <dt>Elections in the history</dt>
          <dd>{summary.elections.slice(0, 8).join(' ') || 'none'}</dd>
        </div>
      </dl>
      {summary.warnings.map((w) => (
        <Notice key={w} kind="info">
          {w}
        </Notice>
      ))}
      {diff && <DiffView diff={diff} />}
      <SkippedRows rows={summary.skipped} total={summary.skippedCount} />
    </section>
  );
}

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
