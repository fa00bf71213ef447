/**
 * A shift's two printed sheets. The sign-up sheet goes round a meeting or sits on a table:
 * the names already signed up (never their contact details) and a blank row for every open
 * place. The roster is the shift lead's: everyone on the shift with how to reach them (not
 * those who asked not to be contacted), their status, and boxes to check people in.
 */
import type { RosterEntry, ShiftPrint } from '../../../../shared/contract/volunteers';
import { clockTime, longDate } from '../../../../shared/outreach/county';
import { SHIFT_KIND_LABELS, SIGNUP_STATUS_LABELS } from '../../../../shared/volunteers/shifts';
import { api } from '../../api';
import { Term } from '../../ui/Term';
import { DocHead } from '../DocHead';
import { PenTable } from '../PenTable';
import type { PrintView } from '../printView';
import './shifts-print.css';

export const shiftSignupSheetView: PrintView<'shift-signup-sheet'> = async (params) => (
  <ShiftSignupSheet data={await api.shifts.print(params)} />
);

export const shiftRosterView: PrintView<'shift-roster'> = async (params) => (
  <ShiftRoster data={await api.shifts.print(params)} />
);

/** Blank rows printed at most on a sign-up sheet (a large event gets more sheets by hand). */
const MAX_BLANK_ROWS = 40;

const onShift = (r: RosterEntry) => r.status !== 'withdrawn';

function ShiftHead({ data, title }: { data: ShiftPrint; title: string }) {
  const s = data.shift;
  const open = Math.max(0, s.capacity - s.taken);
  return (
    <DocHead
      title={data.chapterName}
      sub={`${title}: ${SHIFT_KIND_LABELS[s.kind]} — ${s.title}${data.sample ? ' — SAMPLE CHAPTER' : ''}`}
    >
      <dl className="doc-meta wrap">
        <Term label="Date">{longDate(s.date, 'en')}</Term>
        <Term label="Time">
          {clockTime(s.start, 'en')} – {clockTime(s.end, 'en')}
        </Term>
        <Term label="Place">{s.place}</Term>
        {data.countyName && <Term label="County">{data.countyName}</Term>}
        {s.turf && (
          <Term label="Turf">
            {s.turf.turfId} ({s.turf.listId})
          </Term>
        )}
        <Term label="Places">
          {s.capacity} ({s.taken} taken, {open} open)
        </Term>
        {data.organiserName && (
          <Term label="Organiser">
            {data.organiserName}
            {data.organiserPhone && `, ${data.organiserPhone}`}
          </Term>
        )}
      </dl>
      {s.notes && <p className="shift-notes">{s.notes}</p>}
    </DocHead>
  );
}

export function ShiftSignupSheet({ data }: { data: ShiftPrint }) {
  const names = data.shift.roster.filter(onShift).map((r) => r.name);
  const open = Math.max(0, data.shift.capacity - data.shift.taken);
  const blank = Math.min(open, MAX_BLANK_ROWS);
  return (
    <article className="doc shift-sheet">
      <ShiftHead data={data} title="Sign-up sheet" />
      <PenTable
        className="table shift-table"
        columns={['Name', 'Phone', 'Email', 'Languages']}
        names={[...names, ...Array.from({ length: blank }, () => '')]}
      />
      {open === 0 && <p className="doc-foot-note">This shift is full.</p>}
      {open > blank && (
        <p className="doc-foot-note">
          {open - blank} more places are open: print another sheet for them.
        </p>
      )}
    </article>
  );
}

export function ShiftRoster({ data }: { data: ShiftPrint }) {
  const s = data.shift;
  const roster = s.roster.filter(onShift);
  const withdrawn = s.roster.filter((r) => !onShift(r));
  return (
    <article className="doc shift-roster">
      <ShiftHead data={data} title="Shift roster" />
      <p className="doc-foot-note">
        Volunteers’ contact details: for the shift lead only — return this sheet to the chapter.
      </p>
      <table className="table shift-table">
        <thead>
          <tr>
            <th scope="col" className="num">
              #
            </th>
            <th scope="col">Name</th>
            <th scope="col">Phone</th>
            <th scope="col">Email</th>
            <th scope="col">Languages</th>
            <th scope="col">Status</th>
            <th scope="col" className="box">
              Here
            </th>
            <th scope="col" className="time">
              In
            </th>
            <th scope="col" className="time">
              Out
            </th>
          </tr>
        </thead>
        <tbody>
          {roster.map((r, i) => (
            <tr key={r.volunteerId}>
              <td className="num">{i + 1}</td>
              <td>{r.name}</td>
              {r.doNotContact ? (
                <td colSpan={2}>Do not contact</td>
              ) : (
                <>
                  <td>{r.phone ?? ''}</td>
                  <td>{r.email ?? ''}</td>
                </>
              )}
              <td>{r.languages.join(', ')}</td>
              <td>{SIGNUP_STATUS_LABELS[r.status]}</td>
              <td className="box">☐</td>
              <td />
              <td />
            </tr>
          ))}
        </tbody>
      </table>
      {roster.length === 0 && <p>Nobody is signed up yet.</p>}
      {withdrawn.length > 0 && (
        <p className="doc-foot-note">Withdrawn: {withdrawn.map((r) => r.name).join(', ')}.</p>
      )}
      {s.results && (
        <p className="doc-foot-note">
          Counted for this shift so far: {s.results.doors} doors, {s.results.conversations}{' '}
          conversations (results entered for turf {s.turf?.turfId} since the shift began).
        </p>
      )}
    </article>
  );
}
