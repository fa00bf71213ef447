import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { api } from '../../api';
import { useAppStatus } from '../../appStatus';
import { formatDateTime } from '../../../../shared/dates';
import { navigate, useRoute } from '../../router';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { LeavePrompt } from '../../ui/LeavePrompt';
import { AREAS } from './areas';
import { Loading } from './Loading';
import './shell.css';

// Each area is its own chunk, loaded the first time it is opened.
const MeetingsArea = lazy(() =>
  import('../meetings/MeetingsArea').then((m) => ({ default: m.MeetingsArea })),
);
const MembersPage = lazy(() =>
  import('../members/MembersPage').then((m) => ({ default: m.MembersPage })),
);
const PlatformArea = lazy(() =>
  import('../platform/PlatformArea').then((m) => ({ default: m.PlatformArea })),
);
const SettingsPage = lazy(() =>
  import('../settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
);
const VotesArea = lazy(() => import('../votes/VotesPage').then((m) => ({ default: m.VotesArea })));
const CandidatesArea = lazy(() =>
  import('../candidates/CandidatesArea').then((m) => ({ default: m.CandidatesArea })),
);
const OutreachArea = lazy(() =>
  import('../outreach/OutreachArea').then((m) => ({ default: m.OutreachArea })),
);
const VolunteersArea = lazy(() =>
  import('../volunteers/VolunteersArea').then((m) => ({ default: m.VolunteersArea })),
);
const SyncArea = lazy(() => import('../sync/SyncArea').then((m) => ({ default: m.SyncArea })));
const GotvArea = lazy(() => import('../gotv/GotvArea').then((m) => ({ default: m.GotvArea })));

function pageFor(path: string): ReactNode {
  if (path.startsWith('/meetings')) return <MeetingsArea />;
  if (path.startsWith('/platform')) return <PlatformArea />;
  if (path.startsWith('/members')) return <MembersPage />;
  if (path.startsWith('/settings')) return <SettingsPage />;
  if (path.startsWith('/votes')) return <VotesArea />;
  if (path.startsWith('/outreach')) return <OutreachArea />;
  if (path.startsWith('/candidates')) return <CandidatesArea />;
  if (path.startsWith('/volunteers')) return <VolunteersArea />;
  if (path.startsWith('/gotv')) return <GotvArea />;
  if (path.startsWith('/sync')) return <SyncArea />;
  return null;
}

export function Shell() {
  const { status, setStatus } = useAppStatus();
  const { path } = useRoute();
  const mainRef = useRef<HTMLElement>(null);
  const [discarding, setDiscarding] = useState(false);
  useEffect(() => {
    if (path === '/' || !AREAS.some((a) => path.startsWith(a.path))) navigate('/members');
  }, [path]);
  // Move focus to the page on navigation so keyboard and screen-reader users land on it.
  useEffect(() => {
    mainRef.current?.focus();
  }, [path]);

  return (
    <div className="shell">
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          mainRef.current?.focus();
        }}
      >
        Skip to content
      </a>
      <header className="topbar">
        <span className="brand">Chapterhouse</span>
        <span className="chapter-name">{status.chapter?.name}</span>
      </header>
      {status.readOnly && (
        <div className="sample-banner" role="note">
          <strong>Backup opened read-only</strong> — made{' '}
          {formatDateTime(status.readOnly.createdAt)}. Nothing here can be changed.
          <button type="button" onClick={async () => setStatus(await api.recovery.closeReadOnly())}>
            Close the backup
          </button>
        </div>
      )}
      {status.mode === 'sample' && (
        <div className="sample-banner" role="note">
          <strong>Sample chapter</strong> — not your real data.
          <button type="button" onClick={async () => setStatus(await api.sample.close())}>
            Leave the sample
          </button>
          <button type="button" onClick={() => setDiscarding(true)}>
            Discard the sample
          </button>
        </div>
      )}
      <nav aria-label="Areas" className="sidebar">
        <ul>
          {AREAS.map((a) => (
            <li key={a.path}>
              <a href={`#${a.path}`} aria-current={path.startsWith(a.path) ? 'page' : undefined}>
                {a.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" ref={mainRef} tabIndex={-1} className="content">
        <Suspense fallback={<Loading />}>{pageFor(path)}</Suspense>
      </main>
      <LeavePrompt />
      {discarding && (
        <ConfirmModal
          title="Discard the sample chapter?"
          cancelLabel="Keep it"
          confirmLabel="Discard the sample"
          onCancel={() => setDiscarding(false)}
          onConfirm={async () => setStatus(await api.sample.discard())}
        >
          <p>
            Everything you tried in the sample is deleted; the next “Explore with a sample chapter”
            starts afresh. Your own chapter is not touched.
          </p>
        </ConfirmModal>
      )}
    </div>
  );
}
