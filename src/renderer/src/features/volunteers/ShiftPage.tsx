import { useState } from 'react';
import { volunteersChannels, type RosterEntry } from '../../../../shared/contract/volunteers';
import { formatDate } from '../../../../shared/dates';
import {
  SHIFT_KIND_LABELS,
  SIGNUP_STATUS_LABELS,
  type SignupStatus,
} from '../../../../shared/volunteers/shifts';
import { NEXT_STATUSES, takesPlace } from '../../../../shared/volunteers/signups';
import { api } from '../../api';
import { BackLink } from '../../ui/BackLink';
import { DataTable } from '../../ui/DataTable';
import { Field } from '../../ui/Field';
import { Form, useSchemaForm } from '../../ui/Form';
import { Modal } from '../../ui/Modal';
import { Term } from '../../ui/Term';
import { ActionNotice, Notice } from '../../ui/Notice';
import { savedLine } from '../../ui/savedLine';
import { useAction, type Action } from '../../ui/useAction';
import { useAsync } from '../../ui/useAsync';
import { useCounties } from '../../ui/useCounties';
import { contactLine } from './columns';
import { timeSpan } from './format';
import { ShiftForm, shiftFields } from './ShiftForm';

/** The button that moves a sign-up to a status: its text, and its name for screen readers. */
const MOVES: Record<SignupStatus, { text: string; label: (name: string) => string }> = {
  confirmed: { text: 'Confirm', label: (n) => `Confirm ${n}` },
  attended: { text: 'Attended', label: (n) => `Mark ${n} attended` },
  'no-show': { text: 'No-show', label: (n) => `Mark ${n} a no-show` },
  withdrawn: { text: 'Withdraw', label: (n) => `Withdraw ${n}` },
  'signed-up': { text: 'Sign up again', label: (n) => `Sign ${n} up again` },
};

const SignUpSchema = volunteersChannels['shifts.signUp'].input.omit({ shiftId: true });

/** One shift: its details, its printed sheets, who is on it and what became of each. */
export function ShiftPage({ id }: { id: string }) {
  const { countyByFips } = useCounties();
  const shift = useAsync(() => api.shifts.get({ id }));
  const volunteers = useAsync(() => api.volunteers.list({ includeDoNotContact: true }));
  const [editing, setEditing] = useState(false);
  const action = useAction();
  const s = shift.value;
  if (!s) return <Notice kind="error">{shift.error}</Notice>;
  const on = new Set(s.roster.filter((r) => takesPlace(r.status)).map((r) => r.volunteerId));
  const setStatus = (r: RosterEntry, status: SignupStatus) =>
    void action.run(
      () => api.shifts.setStatus({ shiftId: id, volunteerId: r.volunteerId, status }),
      {
        success: `${r.name}: ${SIGNUP_STATUS_LABELS[status].toLowerCase()}.`,
        onSuccess: shift.reload,
      },
    );
  const print = (document: 'shift-signup-sheet' | 'shift-roster', what: string) =>
    void action.run(() => api.print.save({ document, params: { id } }), {
      success: savedLine(what),
    });

  return (
    <>
      <BackLink href="#/volunteers/shifts">All shifts and events</BackLink>
      <div className="page-head">
        <h2>{s.title}</h2>
        <div className="actions">
          <button
            type="button"
            disabled={action.busy}
            onClick={() => print('shift-signup-sheet', 'the sign-up sheet')}
          >
            Save sign-up sheet (PDF)
          </button>
          <button
            type="button"
            disabled={action.busy}
            onClick={() => print('shift-roster', 'the roster')}
          >
            Save roster (PDF)
          </button>
          <button type="button" onClick={() => setEditing(true)}>
            Edit
          </button>
        </div>
      </div>
      {!editing && <ActionNotice action={action} />}
      <dl className="volunteer-details">
        <Term label="Kind">{SHIFT_KIND_LABELS[s.kind]}</Term>
        <Term label="When">
          {formatDate(s.date, 'en-US', {
            weekday: 'long',
            month: 'long',
            day: 'numeric',
            year: 'numeric',
          })}
          , {timeSpan(s.start, s.end)}
        </Term>
        <Term label="Place">{s.place}</Term>
        <Term label="County">{s.county ? (countyByFips(s.county)?.name ?? s.county) : '—'}</Term>
        <Term label="Places">
          {s.taken} of {s.capacity} taken
        </Term>
        {s.turf && (
          <Term label={s.kind === 'phone-bank' ? 'Call list' : 'Turf'}>
            <a href={`#/outreach/canvass/${s.turf.listId}/${s.turf.turfId}`}>{s.turf.turfId}</a> (
            {s.turf.listId})
            {s.results &&
              (s.kind === 'phone-bank'
                ? ` — ${s.results.calls} calls, ${s.results.conversations} conversations counted for this shift`
                : ` — ${s.results.doors} doors knocked, ${s.results.conversations} conversations counted for this shift`)}
          </Term>
        )}
        {s.notes && <Term label="Notes">{s.notes}</Term>}
      </dl>
      <Notice kind="info">{s.resultsNote}</Notice>

      <section aria-labelledby="roster-heading" className="card">
        <h3 id="roster-heading">Who is on it</h3>
        <SignUpForm
          action={action}
          shiftId={id}
          choices={(volunteers.value ?? []).filter((v) => !on.has(v.id))}
          onSignedUp={shift.reload}
        />
        {!s.started && (
          <p className="muted">Attendance can be marked once the shift has started.</p>
        )}
        <DataTable
          caption="Roster"
          captionHidden
          rows={s.roster}
          rowKey={(r) => r.volunteerId}
          empty="Nobody has signed up yet."
          columns={[
            {
              header: 'Name',
              rowHeader: true,
              cell: (r) => <a href={`#/volunteers/${r.volunteerId}`}>{r.name}</a>,
            },
            { header: 'Contact', cell: contactLine },
            { header: 'Languages', cell: (r) => r.languages.join(', ') || '—' },
            { header: 'Status', cell: (r) => SIGNUP_STATUS_LABELS[r.status] },
            {
              header: <span className="visually-hidden">Change status</span>,
              className: 'row-actions',
              cell: (r) =>
                NEXT_STATUSES[r.status]
                  .filter((to) => s.started || (to !== 'attended' && to !== 'no-show'))
                  .map((to) => (
                    <button
                      key={to}
                      type="button"
                      disabled={action.busy}
                      aria-label={MOVES[to].label(r.name)}
                      onClick={() => setStatus(r, to)}
                    >
                      {MOVES[to].text}
                    </button>
                  )),
            },
          ]}
        />
      </section>

      {editing && (
        <Modal title={`Edit ${s.title}`} onClose={() => setEditing(false)}>
          <ShiftForm
            initial={shiftFields(s)}
            submitLabel="Save changes"
            action={action}
            onCancel={() => setEditing(false)}
            onSubmit={(input) => api.shifts.update({ id, shift: input })}
            success="Saved."
            onSuccess={() => {
              setEditing(false);
              shift.reload();
            }}
          />
        </Modal>
      )}
    </>
  );
}

function SignUpForm({
  action,
  shiftId,
  choices,
  onSignedUp,
}: {
  action: Action;
  shiftId: string;
  choices: readonly { id: string; name: string }[];
  onSignedUp: () => void;
}) {
  const form = useSchemaForm(SignUpSchema, { volunteerId: '' });
  return (
    <Form
      form={form}
      action={action}
      className="form inline"
      onSubmit={({ volunteerId }) => api.shifts.signUp({ shiftId, volunteerId })}
      success={(view, { volunteerId }) =>
        `${view.roster.find((r) => r.volunteerId === volunteerId)?.name ?? 'They'} signed up.`
      }
      onSuccess={() => {
        form.reset({ volunteerId: '' });
        onSignedUp();
      }}
      submitLabel="Sign up"
      primary={false}
      askBeforeLeaving={false}
    >
      <Field label="Volunteer">
        <select {...form.register('volunteerId')}>
          <option value="">Choose a volunteer</option>
          {choices.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </select>
      </Field>
    </Form>
  );
}
