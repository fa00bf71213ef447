/** One voter list: its last import, county statistics, chapter marks, turfs and cutting. */
import { useCallback, useState } from 'react';
import type { TurfList } from '../../../../../shared/contract/canvass';
import type { ChapterMarkReason, WalkMode } from '../../../../../shared/canvass/schema';
import { dateOf } from '../../../../../shared/dates';
import { api, messageOf } from '../../../api';
import { Notice } from '../../../ui/Notice';
import { useAsync } from '../../../ui/useAsync';
import { DiffView } from './DiffView';
import { ImportPanel } from './ImportPanel';
import { SkippedRows } from './SkippedRows';
import { StatsView } from './StatsView';

export const MODE_LABELS: Record<WalkMode, string> = {
  'odd-even': 'Odd side out, even side back',
  'one-side': 'One side at a time',
  'zig-zag': 'Zig-zag across the street',
};

export const MARK_LABELS: Record<ChapterMarkReason, string> = {
  DEC: 'Deceased',
  MV: 'Moved',
  DNW: 'Do Not Walk',
};

export function ListPage({ listId }: { listId: string }) {
  const list = useAsync(() => api.canvass.list({ listId }));
  const turfs = useAsync(() => api.canvass.turfs({ listId }));
  const stats = useAsync(() => api.canvass.stats({ listId }));
  const reloadList = list.reload;
  const reloadTurfs = turfs.reload;
  const onImported = useCallback(() => {
    reloadList();
    reloadTurfs();
  }, [reloadList, reloadTurfs]);
  const meta = list.value;
  const last = meta?.imports.at(-1);
  return (
    <section aria-labelledby="list-heading">
      <p>
        <a href="#/outreach/canvass">← All voter lists</a>
      </p>
      <h2 id="list-heading">{meta?.name ?? listId}</h2>
      <Notice kind="error">{list.error ?? turfs.error}</Notice>
      {meta && last && (
        <section className="card" aria-labelledby="last-import-heading">
          <h3 id="last-import-heading">Last import</h3>
          <p>
            {last.summary.file}, dated <b>{meta.fileDate.slice(0, 10)}</b>:{' '}
            {meta.voters.toLocaleString('en-US')} voters at{' '}
            {meta.households.toLocaleString('en-US')} doors ({meta.imports.length}{' '}
            {meta.imports.length === 1 ? 'import' : 'imports'}).
          </p>
          {last.diff && <DiffView diff={last.diff} />}
          <SkippedRows rows={last.summary.skipped} total={last.summary.skippedCount} />
        </section>
      )}
      <TurfsSection listId={listId} turfs={turfs.value ?? null} onCut={reloadTurfs} />
      {stats.value && (
        <section className="card" aria-labelledby="county-stats-heading">
          <h3 id="county-stats-heading">Results in the whole list</h3>
          <StatsView stats={stats.value} />
        </section>
      )}
      {meta && <MarksSection listId={listId} marks={meta.marks} onChange={onImported} />}
      <PacketSettings />
      {meta && <ImportPanel list={meta} onImported={onImported} />}
    </section>
  );
}

function TurfsSection({
  listId,
  turfs,
  onCut,
}: {
  listId: string;
  turfs: TurfList | null;
  onCut: () => void;
}) {
  const [doors, setDoors] = useState(String(turfs?.options.doorsPerTurf ?? 50));
  const [mode, setMode] = useState<WalkMode>(turfs?.options.mode ?? 'odd-even');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function cut() {
    setError(null);
    setBusy(true);
    try {
      await api.canvass.cutTurfs({ listId, doorsPerTurf: Number(doors), mode });
      onCut();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <section className="card" aria-labelledby="turfs-heading">
      <h3 id="turfs-heading">Turfs</h3>
      <form
        className="form inline"
        onSubmit={(e) => {
          e.preventDefault();
          void cut();
        }}
      >
        <label>
          Doors per turf
          <input
            type="number"
            min={1}
            max={10000}
            value={doors}
            onChange={(e) => setDoors(e.target.value)}
          />
        </label>
        <label>
          Walk order
          <select value={mode} onChange={(e) => setMode(e.target.value as WalkMode)}>
            {(Object.keys(MODE_LABELS) as WalkMode[]).map((m) => (
              <option key={m} value={m}>
                {MODE_LABELS[m]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary" disabled={busy}>
          {turfs ? 'Cut turfs again' : 'Cut turfs'}
        </button>
      </form>
      <Notice kind="error">{error}</Notice>
      {turfs?.stale && (
        <Notice kind="info">
          The list changed since these turfs were cut: cut them again before printing new packets.
        </Notice>
      )}
      {turfs && (
        <table className="table">
          <caption>
            {turfs.turfs.length} turfs of up to {turfs.options.doorsPerTurf} doors ·{' '}
            {MODE_LABELS[turfs.options.mode].toLowerCase()}
          </caption>
          <thead>
            <tr>
              <th scope="col">Turf</th>
              <th scope="col">Doors</th>
              <th scope="col">Voters</th>
              <th scope="col">Precinct</th>
              <th scope="col">Streets</th>
            </tr>
          </thead>
          <tbody>
            {turfs.turfs.map((t) => (
              <tr key={t.id}>
                <th scope="row">
                  <a href={`#/outreach/canvass/${listId}/${t.id}`}>{t.id}</a>
                </th>
                <td>{t.doors}</td>
                <td>{t.voters}</td>
                <td>{t.precincts.join(', ')}</td>
                <td>
                  {t.streets.slice(0, 4).join(', ')}
                  {t.streets.length > 4 ? ` and ${t.streets.length - 4} more` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function MarksSection({
  listId,
  marks,
  onChange,
}: {
  listId: string;
  marks: { voterId: string; reason: ChapterMarkReason; at: string }[];
  onChange: () => void;
}) {
  const [voterId, setVoterId] = useState('');
  const [reason, setReason] = useState<ChapterMarkReason>('DNW');
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="card" aria-labelledby="marks-heading">
      <h3 id="marks-heading">Chapter marks</h3>
      <p className="muted">
        Voters marked Deceased, Moved or Do Not Walk are left off every walk sheet, now and after
        each re-import (a Moved voter comes back when a newer file shows a new address).
      </p>
      <form
        className="form inline"
        onSubmit={(e) => {
          e.preventDefault();
          setError(null);
          api.canvass.markVoter({ listId, voterId: voterId.trim(), reason }).then(
            () => {
              setVoterId('');
              onChange();
            },
            (err: unknown) => setError(messageOf(err)),
          );
        }}
      >
        <label>
          State voter ID
          <input value={voterId} onChange={(e) => setVoterId(e.target.value)} required />
        </label>
        <label>
          Mark as
          <select value={reason} onChange={(e) => setReason(e.target.value as ChapterMarkReason)}>
            {(Object.keys(MARK_LABELS) as ChapterMarkReason[]).map((r) => (
              <option key={r} value={r}>
                {MARK_LABELS[r]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Mark voter</button>
      </form>
      <Notice kind="error">{error}</Notice>
      {marks.length > 0 && (
        <table className="table">
          <caption className="visually-hidden">Marked voters</caption>
          <thead>
            <tr>
              <th scope="col">Voter ID</th>
              <th scope="col">Mark</th>
              <th scope="col">Since</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {marks.map((m) => (
              <tr key={m.voterId}>
                <td>{m.voterId}</td>
                <td>{MARK_LABELS[m.reason]}</td>
                <td>{dateOf(m.at)}</td>
                <td>
                  <button
                    type="button"
                    onClick={() =>
                      void api.canvass
                        .unmarkVoter({ listId, voterId: m.voterId })
                        .then(onChange, (err: unknown) => setError(messageOf(err)))
                    }
                  >
                    Remove mark from {m.voterId}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function PacketSettings() {
  const { value, error } = useAsync(() => api.canvass.settings());
  return value ? <PacketSettingsForm initial={value} /> : <Notice kind="error">{error}</Notice>;
}

function PacketSettingsForm({
  initial,
}: {
  initial: { script: string; organiserName: string; organiserPhone: string };
}) {
  const [s, setS] = useState(initial);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  return (
    <section className="card" aria-labelledby="packet-settings-heading">
      <h3 id="packet-settings-heading">On every packet</h3>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          api.canvass.saveSettings(s).then(
            () => setMessage({ kind: 'success', text: 'Saved.' }),
            (err: unknown) => setMessage({ kind: 'error', text: messageOf(err) }),
          );
        }}
      >
        <label className="field">
          <span>Script</span>
          <textarea
            rows={3}
            maxLength={1500}
            value={s.script}
            onChange={(e) => setS({ ...s, script: e.target.value })}
          />
        </label>
        <label className="field">
          <span>Organiser’s name</span>
          <input
            maxLength={120}
            value={s.organiserName}
            onChange={(e) => setS({ ...s, organiserName: e.target.value })}
          />
        </label>
        <label className="field">
          <span>Organiser’s phone</span>
          <input
            maxLength={40}
            value={s.organiserPhone}
            onChange={(e) => setS({ ...s, organiserPhone: e.target.value })}
          />
        </label>
        <div className="actions">
          <button type="submit">Save packet settings</button>
        </div>
      </form>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
    </section>
  );
}
