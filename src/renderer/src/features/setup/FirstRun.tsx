import { useState } from 'react';
import { api, messageOf } from '../../api';
import { useAppStatus } from '../../appStatus';
import { Notice } from '../../ui/Notice';
import { ChapterForm } from './ChapterForm';

export function FirstRun() {
  const { setStatus, refresh } = useAppStatus();
  const [error, setError] = useState<string | null>(null);
  return (
    <main className="first-run">
      <h1>Welcome to Chapterhouse</h1>
      <p className="lead">
        Run your chapter's meetings, votes, platform, candidates and outreach from this laptop.
        Nothing is sent anywhere.
      </p>
      <div className="first-run-grid">
        <section aria-labelledby="create-heading" className="card">
          <h2 id="create-heading">Set up your chapter</h2>
          <ChapterForm
            submitLabel="Create chapter"
            onSubmit={async (input) => {
              try {
                await api.chapter.create(input);
                await refresh();
              } catch (e) {
                setError(messageOf(e));
              }
            }}
          />
          <Notice kind="error">{error}</Notice>
        </section>
        <section aria-labelledby="sample-heading" className="card">
          <h2 id="sample-heading">Just looking?</h2>
          <p>
            Open a sample chapter with members already in it. It is kept apart from your real data
            and can be discarded at any time.
          </p>
          <button
            type="button"
            onClick={async () => {
              try {
                setStatus(await api.sample.open());
              } catch (e) {
                setError(messageOf(e));
              }
            }}
          >
            Explore with a sample chapter
          </button>
        </section>
      </div>
    </main>
  );
}
