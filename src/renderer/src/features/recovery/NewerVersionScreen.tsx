import { useState } from 'react';
import { api, messageOf } from '../../api';
import { useAppStatus } from '../../appStatus';
import { Notice } from '../../ui/Notice';
import { useAsync } from '../../ui/useAsync';
import { BackupsTable } from './BackupsTable';
import './recovery.css';

/**
 * The chapter file was written by a newer Chapterhouse. It is not damaged and it is left
 * exactly as it is; this version can only show an older backup, read-only, or quit.
 */
export function NewerVersionScreen() {
  const { status, setStatus } = useAppStatus();
  const { value: backups, error } = useAsync(() => api.recovery.backups());
  const [actionError, setActionError] = useState<string | null>(null);
  const newer = status.newer;

  return (
    <main className="recovery">
      <h1>This chapter needs a newer Chapterhouse</h1>
      <p className="lead">
        The chapter file was written by{' '}
        {newer?.writtenBy ? `Chapterhouse ${newer.writtenBy}` : 'a newer Chapterhouse'} (data
        version {newer?.fileVersion}). This is Chapterhouse {newer?.appVersion}, which reads data up
        to version {newer?.readsUpTo}.
      </p>
      <p>
        The file is not damaged and has not been changed. Install the newer Chapterhouse to work on
        it. Meanwhile you can look at an older backup, read-only: nothing can be changed there, so
        nothing can be lost.
      </p>
      <Notice kind="error">{error ?? actionError}</Notice>
      <BackupsTable
        backups={backups}
        action="Open read-only"
        onAction={async (b) => {
          try {
            setStatus(await api.recovery.openReadOnly({ id: b.id }));
          } catch (e) {
            setActionError(messageOf(e));
          }
        }}
      />
      <div className="actions">
        <button type="button" onClick={() => void api.app.quit()}>
          Quit Chapterhouse
        </button>
      </div>
    </main>
  );
}
