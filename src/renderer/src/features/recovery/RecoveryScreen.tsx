import { useState } from 'react';
import { api, messageOf } from '../../api';
import { useAppStatus } from '../../appStatus';
import { Modal } from '../../ui/Modal';
import { Notice } from '../../ui/Notice';
import { useAsync } from '../../ui/useAsync';
import { BackupsTable } from './BackupsTable';
import './recovery.css';

/**
 * Shown instead of the app while a damaged chapter file waits to be dealt with — on every
 * launch, until the person restores a backup or sets the damaged file aside on purpose.
 */
export function RecoveryScreen() {
  const { status, setStatus } = useAppStatus();
  const { value: backups, error } = useAsync(() => api.recovery.backups());
  const [actionError, setActionError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const damage = status.damage;
  const current = damage?.current ?? null;
  const usable = (backups ?? []).filter((b) => b.valid);

  const act = async (run: () => Promise<typeof status>) => {
    try {
      setStatus(await run());
    } catch (e) {
      setActionError(messageOf(e));
    }
  };

  return (
    <main className="recovery">
      <h1>The chapter file needs attention</h1>
      <p className="lead">{damage?.detail}</p>
      <p>
        Nothing has been overwritten or deleted. The damaged file was kept as{' '}
        <code>{damage?.keptAs}</code> in the data folder
        {damage && damage.unresolved > 1 ? ` (with ${damage.unresolved - 1} earlier ones)` : ''}.
        Restore one of the backups below to carry on.
      </p>
      <Notice kind="error">{error ?? actionError}</Notice>
      {current && (
        <section className="card" aria-labelledby="current-heading">
          <h2 id="current-heading">A chapter file is in place now</h2>
          <p>
            The data folder holds a good chapter file again (copied in by hand, perhaps):{' '}
            <strong>{current.chapterName ?? 'no chapter yet'}</strong> · {current.members}{' '}
            {current.members === 1 ? 'member' : 'members'}.
          </p>
          <button type="button" onClick={() => void act(() => api.recovery.setAside())}>
            Keep this file and set the damaged one aside
          </button>
        </section>
      )}
      <BackupsTable
        backups={backups}
        action="Restore"
        onAction={(b) => void act(() => api.recovery.restore({ id: b.id }))}
      />
      {backups && !current && (
        <section className="card" aria-labelledby="aside-heading">
          <h2 id="aside-heading">
            {usable.length === 0 ? 'No usable backup' : 'Or start again without a backup'}
          </h2>
          <p>
            You can set the damaged file aside and start a new, empty chapter file. The damaged file
            stays in the data folder (<code>damaged/set-aside/</code>) for a technician to look at.
          </p>
          <button type="button" onClick={() => setConfirming(true)}>
            Set the damaged file aside…
          </button>
        </section>
      )}
      {confirming && (
        <Modal title="Start a new chapter file?" onClose={() => setConfirming(false)}>
          <p>
            The app will open with no chapter: members, votes and meetings from the damaged file
            will not be there. The damaged file itself is kept, untouched.
          </p>
          <div className="actions">
            <button
              type="button"
              onClick={() => {
                setConfirming(false);
                void act(() => api.recovery.setAside());
              }}
            >
              Set it aside and start a new chapter file
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </Modal>
      )}
    </main>
  );
}
