import { useState } from 'react';
import { MINUTES_STATUS } from '../../../../shared/meetings/labels';
import { api } from '../../api';
import { navigate } from '../../router';
import { BackLink } from '../../ui/BackLink';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { ActionNotice, Notice } from '../../ui/Notice';
import { savedLine } from '../../ui/savedLine';
import { AgendaEditor } from './agenda/AgendaEditor';
import { CarriedActions } from './CarriedActions';
import { MeetingDetailsForm } from './agenda/MeetingDetailsForm';
import { useMeeting } from './useMeeting';

/** A meeting before (and around) it: its details, its agenda, and the printed agenda. */
export function AgendaPage({ id }: { id: string }) {
  const { view, loadError, action } = useMeeting(id);
  const [deleting, setDeleting] = useState(false);
  if (loadError) return <Notice kind="error">{loadError}</Notice>;
  if (!view) return <p aria-busy="true">Loading…</p>;
  const m = view.meeting;
  const started = view.log.some((e) => e.type === 'meeting-started');
  return (
    <section aria-labelledby="meeting-heading" className="meet-ui">
      <BackLink href="#/meetings">All meetings</BackLink>
      <div className="page-head">
        <h1 id="meeting-heading">{m.title}</h1>
        <div className="actions wrap">
          <button
            type="button"
            className="primary"
            onClick={() => navigate(`/meetings/${id}/live`)}
          >
            {started ? 'Open live meeting' : 'Run this meeting'}
          </button>
          {started && (
            <button type="button" onClick={() => navigate(`/meetings/${id}/minutes`)}>
              Minutes ({MINUTES_STATUS[view.minutes]})
            </button>
          )}
          <button
            type="button"
            onClick={() =>
              void action.run(
                () => api.print.save({ document: 'meeting-agenda', params: { id } }),
                { success: savedLine('the agenda') },
              )
            }
          >
            Save agenda as PDF
          </button>
        </div>
      </div>
      <p className="muted">
        {m.date}
        {m.startTime ? ` at ${m.startTime}` : ''}
        {m.place ? ` · ${m.place}` : ''}
        {view.countyName ? ` · ${view.countyName}` : ''}
      </p>
      <ActionNotice action={action} />
      <MeetingDetailsForm view={view} action={action} />
      <AgendaEditor
        view={view}
        onChange={(agenda) => action.run(() => api.meetings.setAgenda({ id, agenda }))}
      />
      <section className="card" aria-labelledby="carried-heading">
        <h2 id="carried-heading">Old business: open action items</h2>
        <CarriedActions actions={view.carriedActions} />
      </section>
      {!started && (
        <p>
          <button type="button" onClick={() => setDeleting(true)}>
            Delete this meeting
          </button>
        </p>
      )}
      {deleting && (
        <ConfirmModal
          title={`Delete “${m.title}”?`}
          cancelLabel="Keep it"
          confirmLabel="Delete this meeting"
          onCancel={() => setDeleting(false)}
          onConfirm={() => {
            setDeleting(false);
            void action.run(
              () => api.meetings.remove({ id }),
              () => navigate('/meetings'),
            );
          }}
        >
          <p>The meeting and its agenda are removed from the chapter.</p>
        </ConfirmModal>
      )}
    </section>
  );
}
