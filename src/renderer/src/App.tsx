import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { AppStatus } from '../../shared/contract/app';
import { api, messageOf, onApiFailure } from './api';
import { AppStatusContext } from './appStatus';
import { Loading } from './features/shell/Loading';
import { Shell } from './features/shell/Shell';
import { useRoute } from './router';

// Everything but the shell loads when it is first shown (vite splits each into its own
// chunk), so the first load is the shell alone: print documents, the projector views,
// first run and the recovery screens are fetched from the app's own files on demand.
const PrintRoute = lazy(() =>
  import('./print/PrintRoute').then((m) => ({ default: m.PrintRoute })),
);
const ProjectorVote = lazy(() =>
  import('./features/projector/ProjectorVote').then((m) => ({ default: m.ProjectorVote })),
);
const ProjectorMeeting = lazy(() =>
  import('./features/projector/ProjectorMeeting').then((m) => ({ default: m.ProjectorMeeting })),
);
const ProjectorBoard = lazy(() =>
  import('./features/projector/ProjectorBoard').then((m) => ({ default: m.ProjectorBoard })),
);
const FirstRun = lazy(() =>
  import('./features/setup/FirstRun').then((m) => ({ default: m.FirstRun })),
);
const RecoveryScreen = lazy(() =>
  import('./features/recovery/RecoveryScreen').then((m) => ({ default: m.RecoveryScreen })),
);
const NewerVersionScreen = lazy(() =>
  import('./features/recovery/NewerVersionScreen').then((m) => ({
    default: m.NewerVersionScreen,
  })),
);
const ConflictScreen = lazy(() =>
  import('./features/recovery/ConflictScreen').then((m) => ({ default: m.ConflictScreen })),
);

export function App() {
  return (
    <Suspense fallback={<Loading page />}>
      <Routed />
    </Suspense>
  );
}

function Routed() {
  const route = useRoute();
  if (route.path.startsWith('/print/')) return <PrintRoute route={route} />;
  const projected = /^\/projector\/vote\/([^/]+)$/.exec(route.path);
  if (projected?.[1]) return <ProjectorVote id={projected[1]} />;
  const meeting = /^\/projector\/meeting\/([^/]+)$/.exec(route.path);
  if (meeting?.[1]) return <ProjectorMeeting id={meeting[1]} />;
  const board = /^\/projector\/gotv\/([^/]+)$/.exec(route.path);
  if (board?.[1]) return <ProjectorBoard electionId={decodeURIComponent(board[1])} />;
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
