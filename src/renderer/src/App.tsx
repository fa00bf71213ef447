import { useCallback, useEffect, useState } from 'react';
import type { AppStatus } from '../../shared/contract/app';
import { api, messageOf, onApiFailure } from './api';
import { AppStatusContext } from './appStatus';
import { FirstRun } from './features/setup/FirstRun';
import { ConflictScreen } from './features/recovery/ConflictScreen';
import { NewerVersionScreen } from './features/recovery/NewerVersionScreen';
import { RecoveryScreen } from './features/recovery/RecoveryScreen';
import { Shell } from './features/shell/Shell';
import { PrintRoute } from './print/PrintRoute';
import { ProjectorVote } from './features/projector/ProjectorVote';
import { ProjectorMeeting } from './features/projector/ProjectorMeeting';
import { useRoute } from './router';

export function App() {
  const route = useRoute();
  if (route.path.startsWith('/print/')) return <PrintRoute route={route} />;
  const projected = /^\/projector\/vote\/([^/]+)$/.exec(route.path);
  if (projected?.[1]) return <ProjectorVote id={projected[1]} />;
  const meeting = /^\/projector\/meeting\/([^/]+)$/.exec(route.path);
  if (meeting?.[1]) return <ProjectorMeeting id={meeting[1]} />;
  return <Main />;
}

function Main() {
  const [status, setStatus] = useState<AppStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(async () => {
    try {
      setStatus(await api.app.status());
    } catch (e) {
      setError(messageOf(e));
    }
  }, []);
  useEffect(() => {
    api.app.status().then(setStatus, (e: unknown) => setError(messageOf(e)));
  }, []);
  // A write refused because the file changed outside the app: show the choice at once.
  useEffect(
    () =>
      onApiFailure((failure) => {
        if (failure.code === 'outside-change') void refresh();
      }),
    [refresh],
  );

  if (error) {
    return (
      <main className="centered">
        <h1>Chapterhouse could not start</h1>
        <p role="alert">{error}</p>
      </main>
    );
  }
  if (!status) return <main className="centered" aria-busy="true" />;
  return (
    <AppStatusContext value={{ status, setStatus, refresh }}>
      {status.state === 'damaged' ? (
        <RecoveryScreen />
      ) : status.state === 'newer-version' ? (
        <NewerVersionScreen />
      ) : status.state === 'conflict' ? (
        <ConflictScreen />
      ) : status.state === 'first-run' ? (
        <FirstRun />
      ) : (
        <Shell />
      )}
    </AppStatusContext>
  );
}
