import { useState } from 'react';
import type { MeetingSummary } from '../../../../shared/contract/meetings';
import { MINUTES_STATUS } from '../../../../shared/meetings/labels';
import { api, messageOf } from '../../api';
import { useChapter } from '../../appStatus';
import { navigate, useRoute } from '../../router';
import { Notice } from '../../ui/Notice';
import { useAsync } from '../../ui/useAsync';
import { useCounties } from '../../ui/useCounties';
import { AgendaPage } from './AgendaPage';
import { LiveMeeting } from './LiveMeeting';
import { MinutesPage } from './MinutesPage';
import './meetings.css';
import { formText } from './formText';

export function MeetingsArea() {
  const { path } = useRoute();
  const [, , id, sub] = path.split('/');
  if (!id) return <MeetingsList />;
  if (sub === 'live') return <LiveMeeting key={id} id={id} />;
  if (sub === 'minutes') return <MinutesPage key={id} id={id} />;
  return <AgendaPage key={id} id={id} />;
}

const PHASE: Record<MeetingSummary['phase'], string> = {
  'not-started': 'Planned',
  'in-session': 'In session',
  adjourned: 'Adjourned',
};

function MeetingsList() {
  const { countyLabel } = useCounties();
  const { value: meetings, error } = useAsync(() => api.meetings.list());
  const [creating, setCreating] = useState(false);
  return (
    <section aria-labelledby="meetings-heading" className="meet-ui">
      <div className="page-head">
        <h1 id="meetings-heading">Meetings</h1>
        <div className="actions">
          <button
            type="button"
            className="primary"
            onClick={() => setCreating(true)}
            aria-expanded={creating}
          >
            New meeting
          </button>
        </div>
      </div>
      <Notice kind="error">{error}</Notice>
      {creating && <NewMeetingForm onCancel={() => setCreating(false)} />}
      <table className="table">
        <caption className="visually-hidden">Meetings, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Meeting</th>
            <th scope="col">Date</th>
            <th scope="col">Place</th>
            <th scope="col">Items</th>
            <th scope="col">Status</th>
            <th scope="col">Minutes</th>
          </tr>
        </thead>
        <tbody>
          {(meetings ?? []).map((m) => (
            <tr key={m.id}>
              <th scope="row">
                <a href={`#/meetings/${m.id}`}>{m.title}</a>
              </th>
              <td>
                {m.date}
                {m.startTime ? ` ${m.startTime}` : ''}
              </td>
              <td>
                {[m.place, m.county ? countyLabel(m.county) : ''].filter(Boolean).join(' · ')}
              </td>
              <td>{m.items}</td>
              <td>{PHASE[m.phase]}</td>
              <td>
                {m.minutes === 'none' ? (
                  '—'
                ) : (
                  <a href={`#/meetings/${m.id}/minutes`}>{MINUTES_STATUS[m.minutes]}</a>
                )}
              </td>
            </tr>
          ))}
          {meetings && meetings.length === 0 && (
            <tr>
              <td colSpan={6} className="muted">
                No meetings yet. Create one from the standard order of business.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}

function NewMeetingForm({ onCancel }: { onCancel: () => void }) {
  const chapter = useChapter();
  const { countyLabel } = useCounties();
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="card form"
      aria-label="New meeting"
      onSubmit={async (e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const get = (k: string) => formText(f, k).trim();
        try {
          const { id } = await api.meetings.create({
            title: get('title'),
            date: get('date'),
            startTime: get('startTime') || null,
            place: get('place'),
            county: get('county') || null,
            template: get('template') === 'blank' ? 'blank' : 'standard',
          });
          navigate(`/meetings/${id}`);
        } catch (err) {
          setError(messageOf(err));
        }
      }}
    >
      <h2>New meeting</h2>
      <Notice kind="error">{error}</Notice>
      <label>
        Title
        <input name="title" required defaultValue="Chapter meeting" />
      </label>
      <div className="form inline">
        <label>
          Date
          <input name="date" type="date" required />
        </label>
        <label>
          Start time
          <input name="startTime" type="time" defaultValue="19:00" />
        </label>
      </div>
      <label>
        Place
        <input name="place" />
      </label>
      <label>
        County
        <select name="county" defaultValue="">
          <option value="">(none)</option>
          {chapter.counties.map((c) => (
            <option key={c} value={c}>
              {countyLabel(c)}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Agenda</legend>
        <label className="check">
          <input type="radio" name="template" value="standard" defaultChecked />
          From the standard order of business
        </label>
        <label className="check">
          <input type="radio" name="template" value="blank" />
          From scratch (an empty agenda)
        </label>
      </fieldset>
      <div className="actions">
        <button type="submit" className="primary">
          Create meeting
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
