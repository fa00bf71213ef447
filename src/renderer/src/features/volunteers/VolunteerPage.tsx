import { useState } from 'react';
import { formatDate } from '../../../../shared/dates';
import {
  AVAILABILITY_LABELS,
  SKILL_LABELS,
  type VolunteerView,
} from '../../../../shared/volunteers/schema';
import { SHIFT_KIND_LABELS, SIGNUP_STATUS_LABELS } from '../../../../shared/volunteers/shifts';
import { api } from '../../api';
import { BackLink } from '../../ui/BackLink';
import { DataTable } from '../../ui/DataTable';
import { Modal } from '../../ui/Modal';
import { Term } from '../../ui/Term';
import { ActionNotice, Notice } from '../../ui/Notice';
import { useAction } from '../../ui/useAction';
import { useAsync } from '../../ui/useAsync';
import { useCounties } from '../../ui/useCounties';
import { contactLine } from './columns';
import { hours, labelled, timeSpan } from './format';
import { fieldsOf, VolunteerForm } from './VolunteerForm';

/** One volunteer: who they are, how to reach them, and what they did. */
export function VolunteerPage({ id }: { id: string }) {
  const { value, error, reload } = useAsync(() => api.volunteers.get({ id }));
  const [editing, setEditing] = useState(false);
  const action = useAction({ onSuccess: reload });
  if (!value) return <Notice kind="error">{error}</Notice>;
  const { volunteer: v, record } = value;
  return (
    <>
      <BackLink href="#/volunteers">All volunteers</BackLink>
      <div className="page-head">
        <h2>{v.name}</h2>
        <button type="button" onClick={() => setEditing(true)}>
          Edit
        </button>
      </div>
      {!editing && <ActionNotice action={action} />}
      <VolunteerDetails volunteer={v} />

      <section aria-labelledby="did-heading" className="card">
        <h3 id="did-heading">What they did</h3>
        <dl className="figures">
          <Term label="Shifts attended">{record.attended}</Term>
          <Term label="No-shows">{record.noShows}</Term>
          <Term label="Hours">{hours(record.hours)}</Term>
          <Term label="Doors">{record.doors}</Term>
          <Term label="Calls">{record.calls}</Term>
          <Term label="Conversations">{record.conversations}</Term>
        </dl>
        <p className="muted">
          Hours are the scheduled length of each shift attended. Doors are those of the canvass
          shifts attended and calls those of the phone banks attended: the results entered for the
          shift’s turf or call list from its start until the next such shift on it, shared by
          everyone on the shift (not counted per person). Conversations are those of both.
        </p>
        <DataTable
          caption="Shifts"
          rows={record.shifts}
          rowKey={(s) => s.shiftId}
          empty="Not on any shift yet."
          columns={[
            { header: 'Date', cell: (s) => formatDate(s.date, 'en-US') },
            { header: 'Time', cell: (s) => timeSpan(s.start, s.end) },
            {
              header: 'Shift',
              rowHeader: true,
              cell: (s) => <a href={`#/volunteers/shifts/${s.shiftId}`}>{s.title}</a>,
            },
            { header: 'Kind', cell: (s) => SHIFT_KIND_LABELS[s.kind] },
            { header: 'Status', cell: (s) => SIGNUP_STATUS_LABELS[s.status] },
            { header: 'Hours', cell: (s) => (s.hours ? hours(s.hours) : '—') },
            {
              header: 'Doors or calls (conversations)',
              cell: (s) =>
                s.results && s.status === 'attended'
                  ? `${s.kind === 'phone-bank' ? `${s.results.calls} calls` : `${s.results.doors} doors`} (${s.results.conversations})`
                  : '—',
            },
          ]}
        />
      </section>

      {editing && (
        <Modal title={`Edit ${v.name}`} onClose={() => setEditing(false)}>
          <VolunteerForm
            initial={fieldsOf(v)}
            submitLabel="Save changes"
            action={action}
            onCancel={() => setEditing(false)}
            onSubmit={(input) => api.volunteers.update({ id, volunteer: input })}
            success="Saved."
            onSuccess={() => setEditing(false)}
          />
        </Modal>
      )}
    </>
  );
}

function VolunteerDetails({ volunteer: v }: { volunteer: VolunteerView }) {
  const { countyByFips } = useCounties();
  const county = (fips: string) => countyByFips(fips)?.name ?? fips;
  const skills = labelled(v.skills, SKILL_LABELS);
  return (
    <dl className="volunteer-details">
      <Term label="Who">
        {v.member
          ? `Member${v.member.active ? '' : ' (inactive)'}; contact details from the member record`
          : v.memberId
            ? 'A former member'
            : 'Supporter (not a member)'}
      </Term>
      <Term label="Contact">{contactLine(v)}</Term>
      <Term label="Skills">{v.otherSkill ? `${skills} (${v.otherSkill})` : skills}</Term>
      <Term label="Languages">{v.languages.join(', ') || '—'}</Term>
      <Term label="Home county">{v.livesIn ? county(v.livesIn) : '—'}</Term>
      <Term label="Will travel to">{v.travelCounties.map(county).join(', ') || '—'}</Term>
      <Term label="Available">{labelled(v.availability, AVAILABILITY_LABELS)}</Term>
      {v.notes && <Term label="Notes">{v.notes}</Term>}
    </dl>
  );
}
