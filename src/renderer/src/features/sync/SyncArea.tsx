/**
 * Sync: carrying changes on a USB stick, member edits made on two laptops from the same value
 * (an officer chooses), and records from other laptops that were set aside.
 * Routes: /sync, /sync/conflicts, /sync/set-aside.
 */
import type { ReactNode } from 'react';
import { useRoute } from '../../router';
import { AreaTabs } from '../../ui/AreaTabs';
import { ConflictsPage } from './ConflictsPage';
import { SetAsidePage } from './SetAsidePage';
import { UsbStickPanel } from './UsbStickPanel';
import './sync.css';

const TABS = [
  { path: '/sync', label: 'USB stick' },
  { path: '/sync/conflicts', label: 'Conflicts' },
  { path: '/sync/set-aside', label: 'Set aside' },
] as const;

function subPage(path: string): ReactNode {
  if (path === '/sync/conflicts') return <ConflictsPage />;
  if (path === '/sync/set-aside') return <SetAsidePage />;
  return <UsbStickPanel />;
}

export function SyncArea() {
  const { path } = useRoute();
  const current = TABS.find((t) => t.path === path)?.path ?? TABS[0].path;
  return (
    <section aria-labelledby="sync-heading">
      <h1 id="sync-heading">Sync</h1>
      <AreaTabs label="Sync pages" tabs={TABS} current={current} />
      {subPage(path)}
    </section>
  );
}
