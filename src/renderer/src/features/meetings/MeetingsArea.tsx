import { useState } from 'react';
import type { MeetingSummary } from '../../../../shared/contract/meetings';
import { MINUTES_STATUS } from '../../../../shared/meetings/labels';
import { api } from '../../api';
import { useRoute } from '../../router';
import { DataTable } from '../../ui/DataTable';
import { Notice } from '../../ui/Notice';
import { useAsync } from '../../ui/useAsync';
import { useCounties } from '../../ui/useCounties';
import { AgendaPage } from './AgendaPage';
import { LiveMeeting } from './LiveMeeting';
import { MinutesPage } from './MinutesPage';
import { NewMeetingForm } from './NewMeetingForm';
import './meetings.css';

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
      <DataTable
        rows={meetings}
        rowKey={(m) => m.id}
        caption="Meetings, newest first"
        captionHidden
        empty="No meetings yet. Create one from the standard order of business."
        columns={[
          {
            header: 'Meeting',
            rowHeader: true,
            cell: (m) => <a href={`#/meetings/${m.id}`}>{m.title}</a>,
          },
          { header: 'Date', cell: (m) => `${m.date}${m.startTime ? ` ${m.startTime}` : ''}` },
          {
            header: 'Place',
            cell: (m) =>
              [m.place, m.county ? countyLabel(m.county) : ''].filter(Boolean).join(' · '),
          },
          { header: 'Items', cell: (m) => m.items },
          { header: 'Status', cell: (m) => PHASE[m.phase] },
          {
            header: 'Minutes',
            cell: (m) =>
              m.minutes === 'none' ? (
                '—'
              ) : (
                <a href={`#/meetings/${m.id}/minutes`}>{MINUTES_STATUS[m.minutes]}</a>
              ),
          },
        ]}
      />
    </section>
  );
}
