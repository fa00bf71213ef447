import { formatDateTime } from '../../../../shared/dates';
import type { BackupInfo } from '../../../../shared/contract/app';

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

/** The data folder's backups, newest first, each usable one with one action. */
export function BackupsTable({
  backups,
  action,
  onAction,
}: {
  backups: BackupInfo[] | undefined;
  /** The button's text, e.g. "Restore" or "Open read-only". */
  action: string;
  onAction: (backup: BackupInfo) => void;
}) {
  return (
    <table className="table">
      <caption>Backups, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Made</th>
          <th scope="col">Why</th>
          <th scope="col">What it holds</th>
          <th scope="col">Size</th>
          <th scope="col">
            <span className="visually-hidden">{action}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {(backups ?? []).map((b) => {
          const made = formatDateTime(b.createdAt);
          return (
            <tr key={b.id}>
              <td>{made}</td>
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
                    aria-label={`${action}: the backup made ${made}`}
                    onClick={() => onAction(b)}
                  >
                    {action}
                  </button>
                )}
              </td>
            </tr>
          );
        })}
        {backups && backups.length === 0 && (
          <tr>
            <td colSpan={5}>There are no backups in the data folder.</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
