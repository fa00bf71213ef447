import { useEffect, useState } from 'react';
import { generateMinutes, minutesToMarkdown } from '../../../../shared/meetings';
import type { MeetingView } from '../../../../shared/contract/meetings';
import type { SavedFile } from '../../../../shared/contract/app';
import { api, messageOf } from '../../api';
import { ActionNotice, Notice } from '../../ui/Notice';
import { savedLine } from '../../ui/savedLine';
import { MINUTES_STATUS } from '../../../../shared/meetings/labels';
import { Markdown } from '../../ui/Markdown';
import { MinutesDraftForm } from './minutes/MinutesDraftForm';
import { SecretaryNotesForm } from './minutes/SecretaryNotesForm';
import { useMeeting } from './useMeeting';

/** Local wall-clock time for the minutes ("19:05"). */
export function localTime(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

export function generatedMarkdown(view: MeetingView): string {
  const minutes = generateMinutes({ ...view.meeting }, view.log, {
    quorum: view.quorum,
    names: view.names,
    secretaryNotes: view.meeting.secretaryNotes,
    ...(view.countyName ? { countyName: view.countyName } : {}),
  });
  return minutesToMarkdown(minutes, { formatTime: localTime });
}

export function MinutesPage({ id }: { id: string }) {
  const { view, loadError, action } = useMeeting(id);
  const [editing, setEditing] = useState(false);
  const [markdown, setMarkdown] = useState('');
  const [markdownError, setMarkdownError] = useState<string | null>(null);
  // The server's Markdown names Secured Rights and uses the saved draft; fetch it after each change.
  useEffect(() => {
    if (!view) return;
    let cancelled = false;
    api.meetings.minutesMarkdown({ id }).then(
      (r) => !cancelled && setMarkdown(r.markdown),
      (e: unknown) => !cancelled && setMarkdownError(messageOf(e)),
    );
    return () => {
      cancelled = true;
    };
  }, [id, view]);
  if (!view)
    return loadError ? <Notice kind="error">{loadError}</Notice> : <p aria-busy="true">Loading…</p>;
  const m = view.meeting;
  const approved = view.minutes === 'approved';
  const save = (fn: () => Promise<SavedFile>) =>
    void action.run(fn, { success: savedLine('the minutes') });
  return (
    <section aria-labelledby="minutes-heading" className="meet-ui">
      <p>
        <a href={`#/meetings/${id}`}>← Agenda</a> ·{' '}
        <a href={`#/meetings/${id}/live`}>Live meeting</a>
      </p>
      <div className="page-head">
        <h1 id="minutes-heading">Minutes — {m.title}</h1>
        <div className="actions wrap">
          <button
            type="button"
            className="primary"
            onClick={() =>
              save(() => api.print.save({ document: 'meeting-minutes', params: { id } }))
            }
          >
            Save minutes as PDF
          </button>
          <button
            type="button"
            onClick={() => save(() => api.meetings.exportMinutesMarkdown({ id }))}
          >
            Export Markdown
          </button>
        </div>
      </div>
      <p>
        Status: <strong>{MINUTES_STATUS[view.minutes]}</strong>
        {view.minutes === 'draft' &&
          ' — approve them at the next meeting with the motion “Approve the minutes”.'}
        {m.minutesDraft !== null && !approved && ' · The secretary has edited this draft.'}
      </p>
      <ActionNotice action={action} />
      <Notice kind="error">{markdownError ?? loadError}</Notice>
      {!approved && <SecretaryNotesForm view={view} action={action} />}
      {editing ? (
        <MinutesDraftForm
          id={id}
          initial={markdown || generatedMarkdown(view)}
          action={action}
          onDone={() => setEditing(false)}
        />
      ) : (
        <section className="card" aria-label="Minutes draft">
          {!approved && (
            <div className="actions">
              <button type="button" onClick={() => setEditing(true)}>
                Edit the draft
              </button>
              {m.minutesDraft !== null && (
                <button
                  type="button"
                  onClick={() =>
                    void action.run(() => api.meetings.saveMinutesDraft({ id, markdown: null }))
                  }
                >
                  Discard edits and regenerate from the meeting
                </button>
              )}
            </div>
          )}
          <Markdown text={markdown} headingOffset={1} />
        </section>
      )}
    </section>
  );
}
