import { useState } from 'react';
import { api, messageOf } from '../../api';
import { useAppStatus } from '../../appStatus';
import { Notice } from '../../ui/Notice';
import './recovery.css';

/**
 * The chapter file was replaced outside the app while it was open (a backup copied over
 * it, a sync client). Neither version is lost: the outside file is already kept in
 * `conflicts/`, and whichever the person keeps, the other is saved there too.
 */
export function ConflictScreen() {
  const { status, setStatus } = useAppStatus();
  const [error, setError] = useState<string | null>(null);
  const conflict = status.conflict;
  const keep = async (which: 'app' | 'outside') => {
    try {
      setStatus(await api.conflict.keep({ keep: which }));
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <main className="recovery">
      <h1>The chapter file was changed outside Chapterhouse</h1>
      <p className="lead">
        While Chapterhouse had <strong>{status.chapter?.name}</strong> open, another program or
        laptop replaced its file. Your last change was not saved, so nothing has been overwritten.
      </p>
      <p>
        The outside file is kept as <code>{conflict?.keptAs}</code> in the data folder. Choose which
        version to carry on with; the other one stays in <code>conflicts/</code>.
      </p>
      <Notice kind="error">{error}</Notice>
      <div className="choice-cards">
        <section className="card" aria-labelledby="keep-app">
          <h2 id="keep-app">Keep what Chapterhouse has</h2>
          <p>
            The chapter as you saw it a moment ago is written back. Changes made elsewhere stay only
            in the copy in <code>conflicts/</code>.
          </p>
          <button type="button" onClick={() => void keep('app')}>
            Keep this app&rsquo;s version
          </button>
        </section>
        <section className="card" aria-labelledby="keep-outside">
          <h2 id="keep-outside">Open the outside file</h2>
          <p>
            Chapterhouse reopens the file as it is now. What it held is saved in{' '}
            <code>conflicts/</code> first.
          </p>
          <button type="button" onClick={() => void keep('outside')}>
            Open the outside file
          </button>
        </section>
      </div>
    </main>
  );
}
