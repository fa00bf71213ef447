/**
 * Importing a voter list: the preset and file, the column preview, progress and cancel, and
 * the summary (the lists page and a list's page both show it).
 */
import { useEffect, useState } from 'react';
import type { FilePreview, ImportJob } from '../../../../../shared/contract/canvass';
import type { PresetChoice, VoterListMeta } from '../../../../../shared/canvass/schema';
import { api } from '../../../api';
import { Notice } from '../../../ui/Notice';
import { useAction } from '../../../ui/useAction';
import { ImportJobView } from './ImportJobView';
import { ImportPreview } from './ImportPreview';
import { PRESET_LABELS, PRIVACY_REMINDER } from './importLabels';

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
  const [info, setInfo] = useState<string | null>(null);
  const [chosen, setChosen] = useState<{ token: string; fileName: string } | null>(null);
  const [preview, setPreview] = useState<FilePreview | null>(null);
  // Choosing, previewing, starting and following an import: one runner, one error line.
  const action = useAction();
  const { run } = action;
  const headingId = list ? 'reimport-heading' : 'import-heading';

  useEffect(() => {
    if (!jobId) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = () =>
      void run(
        () => api.canvass.importProgress({ jobId }),
        (next) => {
          if (stopped) return;
          setJob(next);
          if (next.state === 'running') timer = setTimeout(poll, 150);
          else {
            setJobId(null);
            if (next.state === 'done') onImported();
          }
        },
      ).then((ok) => {
        if (!ok && !stopped) setJobId(null);
      });
    poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [jobId, onImported, run]);

  useEffect(() => {
    if (!chosen) return;
    let stale = false;
    void run(
      () => api.canvass.previewFile({ token: chosen.token, preset }),
      (p) => {
        if (!stale) setPreview(p);
      },
    );
    return () => {
      stale = true;
    };
  }, [chosen, preset, run]);

  function choose() {
    setInfo(null);
    setJob(null);
    setPreview(null);
    void run(
      () => api.canvass.chooseFile(),
      (picked) => {
        if (picked.token && picked.fileName)
          setChosen({ token: picked.token, fileName: picked.fileName });
        else setInfo('No file was chosen.');
      },
    );
  }

  function start(file: { token: string }) {
    setInfo(null);
    setJob(null);
    void run(
      () =>
        api.canvass.importStart({
          token: file.token,
          preset,
          county: county.trim() || null,
          fileDate: fileDate,
          ...(list ? { listId: list.id } : {}),
          allowOlder,
        }),
      (started) => {
        if (started.jobId) {
          setJobId(started.jobId);
          setChosen(null);
          setPreview(null);
        }
      },
    );
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
        <button type="button" disabled={running || action.busy} onClick={choose}>
          Choose voter file…
        </button>
      </div>
      <p className="hint">
        CSV or tab-delimited, with or without a header row, UTF-8 or Latin-1. The layout decides
        which column is the voter ID, name, address, precinct and vote history.
      </p>
      <Notice kind="error">{action.error}</Notice>
      <Notice kind="info">{info}</Notice>
      {chosen && preview && (
        <ImportPreview preview={preview}>
          <button
            type="button"
            className="primary"
            disabled={
              running || action.busy || preview.error !== null || preview.missing.length > 0
            }
            onClick={() => start(chosen)}
          >
            Import {chosen.fileName}
          </button>
        </ImportPreview>
      )}
      {job && <ImportJobView job={job} />}
    </section>
  );
}
