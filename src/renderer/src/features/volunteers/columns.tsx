import type { Column } from '../../ui/DataTable';
import {
  AVAILABILITY_LABELS,
  SKILL_LABELS,
  type VolunteerView,
} from '../../../../shared/volunteers/schema';
import { labelled } from './format';

/** How a volunteer is reached: their phone and email, or that they are not to be contacted. */
export function contactLine(v: {
  phone?: string | undefined;
  email?: string | undefined;
  doNotContact: boolean;
}) {
  if (v.doNotContact) return <strong>Do not contact</strong>;
  return [v.phone, v.email].filter(Boolean).join(' · ') || '—';
}

/** The columns that sum a volunteer up in a table (after their name). */
export function volunteerColumns(county: (fips: string) => string): Column<VolunteerView>[] {
  return [
    { header: 'Skills', cell: (v) => labelled(v.skills, SKILL_LABELS) },
    { header: 'Languages', cell: (v) => v.languages.join(', ') || '—' },
    { header: 'Home county', cell: (v) => (v.livesIn ? county(v.livesIn) : '—') },
    { header: 'Travels to', cell: (v) => v.travelCounties.map(county).join(', ') || '—' },
    { header: 'Available', cell: (v) => labelled(v.availability, AVAILABILITY_LABELS) },
    { header: 'Contact', cell: contactLine },
  ];
}
