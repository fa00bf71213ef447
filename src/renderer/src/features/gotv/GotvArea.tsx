/**
 * Get out the vote: elections, their universe, vote plans (and, from the election-day
 * helper, voted files, strike-offs, lists and the progress board). Routes:
 * /gotv/<tab>?election=<id>; the chosen election rides along in the address, so every tab
 * and a reload show the same one (the soonest upcoming when none is chosen).
 */
import { useEffect, type ReactNode } from 'react';
import { localToday } from '../../../../shared/dates';
import type { Election } from '../../../../shared/gotv/election';
import { api } from '../../api';
import { navigate, useRoute } from '../../router';
import { Notice } from '../../ui/Notice';
import { ItemOptions } from '../../ui/Options';
import { useAsync } from '../../ui/useAsync';
import { loadCounties } from '../../ui/useCounties';
import { BoardPage } from './BoardPage';
import { ElectionsPage } from './ElectionsPage';
import { ListsPage } from './ListsPage';
import { PlansPage } from './PlansPage';
import { UniversePage } from './UniversePage';
import { VotedPage } from './VotedPage';
import type { GotvTabProps } from './tabProps';
import './gotv.css';

/** The tabs, in order. A tab is its path, its label and its page. */
const GOTV_TABS: readonly {
  path: string;
  label: string;
  page: (p: GotvTabProps) => ReactNode;
}[] = [
  { path: '/gotv/elections', label: 'Elections', page: (p) => <ElectionsPage {...p} /> },
  { path: '/gotv/universe', label: 'Universe', page: (p) => <UniversePage {...p} /> },
  { path: '/gotv/plans', label: 'Vote plans', page: (p) => <PlansPage {...p} /> },
  { path: '/gotv/voted', label: 'Who has voted', page: (p) => <VotedPage {...p} /> },
  { path: '/gotv/lists', label: 'Election-day lists', page: (p) => <ListsPage {...p} /> },
  { path: '/gotv/board', label: 'Board', page: (p) => <BoardPage {...p} /> },
];

/** The election the address names, else the soonest one not yet past, else the last. */
function chosenElection(elections: Election[], id: string | null): Election | null {
  const today = localToday();
  return (
    elections.find((e) => e.id === id) ??
    elections.find((e) => e.date >= today) ??
    elections.at(-1) ??
    null
  );
}

export function GotvArea() {
  const { path, params } = useRoute();
  const elections = useAsync(() => api.gotv.elections());
  useEffect(() => {
    void loadCounties();
  }, []);
  const tab = GOTV_TABS.find((t) => path.startsWith(t.path)) ?? GOTV_TABS[0];
  const list = elections.value ?? [];
  const election = chosenElection(list, params.get('election'));
  const query = election ? `?election=${encodeURIComponent(election.id)}` : '';
  return (
    <section aria-labelledby="gotv-heading">
      <h1 id="gotv-heading">Get out the vote</h1>
      <nav aria-label="Get out the vote pages" className="gotv-tabs">
        <ul>
          {GOTV_TABS.map((t) => (
            <li key={t.path}>
              <a href={`#${t.path}${query}`} aria-current={t === tab ? 'page' : undefined}>
                {t.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {list.length > 0 && (
        <p className="gotv-election">
          <label>
            Election{' '}
            <select
              value={election?.id ?? ''}
              onChange={(e) => navigate(`${tab?.path ?? path}?election=${e.target.value}`)}
            >
              <ItemOptions items={list} label={(e) => `${e.name} (${e.date})`} />
            </select>
          </label>
        </p>
      )}
      <Notice kind="error">{elections.error}</Notice>
      {elections.value &&
        tab?.page({ election, elections: elections.value, reload: elections.reload })}
    </section>
  );
}
