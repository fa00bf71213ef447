import { useEffect, useState } from 'react';
import { generateMinutes, minutesToMarkdown } from '../../../../shared/meetings';
import type { MeetingView } from '../../../../shared/contract/meetings';
import { api, messageOf } from '../../api';
import { Notice } from '../../ui/Notice';
import { MINUTES_STATUS } from '../../../../shared/meetings/labels';
import { Markdown } from '../../ui/Markdown';
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
  const error = action.error ?? loadError;
  const act = action.run;
  const [notes, setNotes] = useState<string | null>(null);
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [markdown, setMarkdown] = useState('');
  // The server's Markdown names Secured Rights and uses the saved draft; fetch it after each change.
  useEffect(() => {
    if (!view) return;
    let cancelled = false;
    api.meetings.minutesMarkdown({ id }).then(
      (r) => !cancelled && setMarkdown(r.markdown),
      (e: unknown) => !cancelled && setMessage({ kind: 'error', text: messageOf(e) }),
    );
    return () => {
      cancelled = true;
    };
  }, [id, view]);
  if (!view)
    return error ? <Notice kind="error">{error}</Notice> : <p aria-busy="true">Loading…</p>;
  const m = view.meeting;
  const approved = view.minutes === 'approved';
  const editing = draft !== null;
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
            onClick={async () => {
              try {
                const r = await api.print.save({ document: 'meeting-minutes', params: { id } });
                if (r.saved)
                  setMessage({ kind: 'success', text: `Saved ${r.fileName ?? 'the minutes'}.` });
              } catch (e) {
                setMessage({ kind: 'error', text: messageOf(e) });
              }
            }}
          >
            Save minutes as PDF
          </button>
          <button
            type="button"
            onClick={async () => {
              try {
                const r = await api.meetings.exportMinutesMarkdown({ id });
                if (r.saved)
                  setMessage({ kind: 'success', text: `Saved ${r.fileName ?? 'the minutes'}.` });
              } catch (e) {
                setMessage({ kind: 'error', text: messageOf(e) });
              }
            }}
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
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <Notice kind="error">{error}</Notice>
      {!approved && (
        <section className="card" aria-labelledby="secretary-heading">
          <h2 id="secretary-heading">Secretary’s notes</h2>
          <form
            className="form"
            onSubmit={(e) => {
              e.preventDefault();
              void act(() =>
                api.meetings.saveNotes({ id, secretaryNotes: notes ?? m.secretaryNotes }),
              ).then((ok) => ok && setMessage({ kind: 'success', text: 'Notes saved.' }));
            }}
          >
            <label>
              Notes added to the end of the minutes
              <textarea
                rows={4}
                value={notes ?? m.secretaryNotes}
                onChange={(e) => setNotes(e.target.value)}
              />
            </label>
            <button type="submit">Save notes</button>
          </form>
        </section>
      )}
      {editing ? (
        <form
          className="card form"
          aria-label="Edit the minutes"
          onSubmit={(e) => {
            e.preventDefault();
            void act(() => api.meetings.saveMinutesDraft({ id, markdown: draft })).then((ok) => {
              if (ok) {
                setDraft(null);
                setMessage({ kind: 'success', text: 'Draft saved.' });
              }
            });
          }}
        >
          <label>
            Minutes (Markdown)
            <textarea rows={24} value={draft} onChange={(e) => setDraft(e.target.value)} />
          </label>
          <div className="actions">
            <button type="submit" className="primary">
              Save the draft
            </button>
            <button type="button" onClick={() => setDraft(null)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <section className="card" aria-label="Minutes draft">
          {!approved && (
            <div className="actions">
              <button type="button" onClick={() => setDraft(markdown || generatedMarkdown(view))}>
                Edit the draft
              </button>
              {m.minutesDraft !== null && (
                <button
                  type="button"
                  onClick={() =>
                    void act(() => api.meetings.saveMinutesDraft({ id, markdown: null }))
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
