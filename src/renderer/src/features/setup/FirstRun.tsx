import { api } from '../../api';
import { useAppStatus } from '../../appStatus';
import { Notice } from '../../ui/Notice';
import { useAction } from '../../ui/useAction';
import { JoinChapter } from '../devices';
import { ChapterForm } from './ChapterForm';
import './setup.css';

export function FirstRun() {
  const { setStatus, refresh } = useAppStatus();
  const action = useAction();
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
            action={action}
            onSubmit={async (input) => {
              await api.chapter.create(input);
              await refresh();
            }}
          />
          <Notice kind="error">{action.error}</Notice>
        </section>
        <section aria-labelledby="sample-heading" className="card">
          <h2 id="sample-heading">Just looking?</h2>
          <p>
            Open a sample chapter with members already in it. It is kept apart from your real data
            and can be discarded at any time.
          </p>
          <button
            type="button"
            disabled={action.busy}
            onClick={() => void action.run(() => api.sample.open(), setStatus)}
          >
            Explore with a sample chapter
          </button>
        </section>
        <JoinChapter />
      </div>
    </main>
  );
}
