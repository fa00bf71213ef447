/**
 * Volunteers: who volunteers for what, and the shifts and events they sign up for.
 * Routes: /volunteers, /volunteers/import, /volunteers/<id>, /volunteers/shifts,
 * /volunteers/shifts/<id>.
 */
import { useEffect, type ReactNode } from 'react';
import { useRoute } from '../../router';
import { AreaTabs } from '../../ui/AreaTabs';
import { loadCounties } from '../../ui/useCounties';
import { ImportVolunteersPage } from './ImportVolunteersPage';
import { ShiftPage } from './ShiftPage';
import { ShiftsPage } from './ShiftsPage';
import { VolunteerPage } from './VolunteerPage';
import { VolunteersPage } from './VolunteersPage';
import './volunteers.css';

const TABS = [
  { path: '/volunteers', label: 'People' },
  { path: '/volunteers/shifts', label: 'Shifts and events' },
] as const;

function subPage(path: string): ReactNode {
  const [, , first, second] = path.split('/');
  if (first === 'shifts' && second) return <ShiftPage key={second} id={second} />;
  if (first === 'shifts') return <ShiftsPage />;
  if (first === 'import') return <ImportVolunteersPage />;
  if (first) return <VolunteerPage key={first} id={first} />;
  return <VolunteersPage />;
}

export function VolunteersArea() {
  const { path } = useRoute();
  // Every page names counties: fetch the table now rather than on the first one shown.
  useEffect(() => {
    void loadCounties();
  }, []);
  const current = path.startsWith('/volunteers/shifts') ? TABS[1].path : TABS[0].path;
  return (
    <section aria-labelledby="volunteers-heading">
      <h1 id="volunteers-heading">Volunteers</h1>
      <AreaTabs label="Volunteer pages" tabs={TABS} current={current} />
      {subPage(path)}
    </section>
  );
}
