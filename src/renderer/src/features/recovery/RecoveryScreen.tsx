import { useState } from 'react';
import { api, messageOf } from '../../api';
import { useAppStatus } from '../../appStatus';
import { Notice } from '../../ui/Notice';
import { useAsync } from '../../ui/useAsync';

function formatBytes(n: number): string {
  return n < 1024
    ? `${n} B`
    : n < 1024 * 1024
      ? `${(n / 1024).toFixed(1)} KB`
      : `${(n / 1024 / 1024).toFixed(1)} MB`;
}

const REASONS: Record<string, string> = {
  open: 'when the app opened',
  migration: 'before an upgrade of the file',
  import: 'before an import',
  periodic: 'while working',
  restore: 'before a restore',
};

/** Shown instead of the app when the chapter file is damaged: nothing was overwritten. */
export function RecoveryScreen() {
  const { status, setStatus } = useAppStatus();
  const { value: backups, error } = useAsync(() => api.recovery.backups());
  const [actionError, setActionError] = useState<string | null>(null);
  const damage = status.damage;
  const usable = (backups ?? []).filter((b) => b.valid);

  return (
    <main className="recovery">
      <h1>The chapter file needs attention</h1>
      <p className="lead">{damage?.detail}</p>
      <p>
        Nothing has been overwritten or deleted. The damaged file was kept as{' '}
        <code>{damage?.keptAs}</code> in the data folder. Restore one of the backups below to carry
        on.
      </p>
      <Notice kind="error">{error ?? actionError}</Notice>
      <table className="table">
        <caption>Backups, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Made</th>
            <th scope="col">Why</th>
            <th scope="col">What it holds</th>
            <th scope="col">Size</th>
            <th scope="col">
              <span className="visually-hidden">Restore</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {(backups ?? []).map((b) => (
            <tr key={b.id}>
              <td>{new Date(b.createdAt).toLocaleString()}</td>
              <td>{REASONS[b.reason] ?? b.reason}</td>
              <td>
                {b.valid
                  ? `${b.chapterName ?? 'No chapter yet'} · ${b.members ?? 0} ${b.members === 1 ? 'member' : 'members'}`
                  : `Not usable: ${b.problem ?? ''}`}
              </td>
              <td>{formatBytes(b.bytes)}</td>
              <td>
                {b.valid && (
                  <button
                    type="button"
                    aria-label={`Restore the backup made ${new Date(b.createdAt).toLocaleString()}`}
                    onClick={async () => {
                      try {
                        setStatus(await api.recovery.restore({ id: b.id }));
                      } catch (e) {
                        setActionError(messageOf(e));
                      }
                    }}
                  >
                    Restore
                  </button>
                )}
              </td>
            </tr>
          ))}
          {backups && backups.length === 0 && (
            <tr>
              <td colSpan={5}>There are no backups in the data folder.</td>
            </tr>
          )}
        </tbody>
      </table>
      {backups && usable.length === 0 && (
        <section className="card">
          <h2>No usable backup</h2>
          <p>
            You can start a new, empty chapter file. The damaged file stays in the data folder for a
            technician to look at.
          </p>
          <button
            type="button"
            onClick={async () => {
              try {
                setStatus(await api.recovery.startFresh());
              } catch (e) {
                setActionError(messageOf(e));
              }
            }}
          >
            Start a new chapter file
          </button>
        </section>
      )}
    </main>
  );
}
