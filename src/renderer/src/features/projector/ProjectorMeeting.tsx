import { useEffect, useState } from 'react';
import type { MeetingView } from '../../../../shared/contract/meetings';
import {
  DEFAULT_SPEAKER_MINUTES,
  formatDuration,
  itemTimer,
  meetingState,
  speakerTimer,
} from '../../../../shared/meetings';
import { api, messageOf } from '../../api';
import './projector.css';

const REFRESH_MS = 1500;

/**
 * The meeting on the room's screen: current item and its countdown, who is speaking and for how
 * long, who is next, the motion on the floor and the latest result. Large type, white on black;
 * it refreshes itself, so the chair only ever works in the main window.
 */
export function ProjectorMeeting({ id }: { id: string }) {
  const [view, setView] = useState<MeetingView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let stop = false;
    const tick = () => {
      setNow(Date.now());
      api.meetings.get({ id }).then(
        (v) => {
          if (!stop) {
            setView(v);
            setError(null);
          }
        },
        (e: unknown) => {
          if (!stop) setError(messageOf(e));
        },
      );
    };
    tick();
    const poll = setInterval(tick, REFRESH_MS);
    const clock = setInterval(() => setNow(Date.now()), 1000);
    // The projector is its own window: Escape closes it.
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') window.close();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      stop = true;
      clearInterval(poll);
      clearInterval(clock);
      window.removeEventListener('keydown', onKey);
    };
  }, [id]);

  if (!view) {
    return (
      <main className="projector">
        {error ? <p role="alert">{error}</p> : <p aria-busy="true">Loading…</p>}
      </main>
    );
  }
  const lastAt = Date.parse(view.log.at(-1)?.at ?? '1970-01-01T00:00:00Z');
  const at = new Date(Math.max(now, lastAt)).toISOString();
  const state = meetingState(view.log, { quorum: view.quorum, now: at });
  const item = view.meeting.agenda.find((a) => a.id === state.currentItemId);
  const progress = state.items.find((i) => i.itemId === state.currentItemId);
  const timer = item && progress ? itemTimer(progress.spans, item.timeBoxMinutes, at) : null;
  const speaking = state.speakers.current;
  const speech = speaking ? speakerTimer(speaking.startedAt, at, DEFAULT_SPEAKER_MINUTES) : null;
  const name = (speakerId: string, n: string | null) =>
    n ?? view.names[speakerId] ?? state.names[speakerId] ?? speakerId.replace(/^guest:/, '');
  // What the room is deciding now (a motion or an election), and the latest result of either.
  const floor = state.floor;
  const pending = floor?.kind === 'motion' ? state.motions.find((m) => m.id === floor.id) : null;
  const election =
    floor?.kind === 'election' ? state.elections.find((e) => e.id === floor.id) : null;
  const decided = [
    ...state.motions.map((m) => ({ text: m.text, result: m.result, tone: m.result?.outcome })),
    ...state.elections.map((e) => ({
      text: `Election: ${e.title}`,
      result: e.result,
      tone: 'elected',
    })),
  ]
    .filter((d) => d.result)
    .sort((a, b) => (a.result?.at ?? '').localeCompare(b.result?.at ?? ''))
    .at(-1);
  const q = state.quorum;

  return (
    <main className="projector projector-meeting" aria-label="Projector view">
      <p className="projector-label">
        {view.meeting.title} · {q.present} present · quorum {q.required} ·{' '}
        {q.met ? 'quorum met' : 'no quorum'}
      </p>
      {state.phase === 'not-started' && <h1>The meeting will start soon</h1>}
      {state.phase === 'adjourned' && <h1>The meeting is adjourned</h1>}
      {state.phase === 'in-session' && (
        <>
          <div className="projector-row">
            <h1 className="projector-item">{item ? item.title : 'Between items'}</h1>
            {timer && (
              <span className={timer.overrun ? 'projector-timer overrun' : 'projector-timer'}>
                {timer.overrun
                  ? `over by ${formatDuration(timer.overrunMs)}`
                  : `${formatDuration(timer.remainingMs)} left`}
              </span>
            )}
          </div>
          {speaking && speech && (
            <div className="projector-row">
              <p className="projector-status">
                Speaking: <strong>{name(speaking.speakerId, speaking.name)}</strong>
              </p>
              <span className={speech.overrun ? 'projector-timer overrun' : 'projector-timer'}>
                {speech.overrun
                  ? `over by ${formatDuration(speech.overrunMs)}`
                  : formatDuration(speech.remainingMs)}
              </span>
            </div>
          )}
          {state.speakers.queue.length > 0 && (
            <div>
              <p className="projector-label">Next to speak</p>
              <ol className="projector-queue">
                {state.speakers.queue.slice(0, 5).map((e) => (
                  <li key={e.entryId}>
                    {name(e.speakerId, e.name)}
                    {e.kind !== 'speak'
                      ? ` — point of ${e.kind === 'information' ? 'information' : 'order'}`
                      : e.hasSpoken
                        ? ''
                        : ' — first time'}
                  </li>
                ))}
              </ol>
            </div>
          )}
          {election && (
            <div>
              <p className="projector-label">Election on the floor</p>
              <p className="projector-motion">{election.title}</p>
              <p className="projector-presence">
                {election.seats === 1 ? 'One seat' : `${election.seats} seats`} · ballots are being
                counted
              </p>
            </div>
          )}
          {pending && (
            <div>
              <p className="projector-label">Motion on the floor</p>
              <p className="projector-motion">{pending.text}</p>
              <p className="projector-presence">
                Moved by {pending.mover}
                {pending.seconder ? `, seconded by ${pending.seconder}` : ''} · voting is open
              </p>
            </div>
          )}
        </>
      )}
      {decided?.result && (
        <div>
          <p className="projector-label">Last result</p>
          <p className="projector-presence">{decided.text}</p>
          <p className={`projector-result ${decided.tone ?? ''}`}>{decided.result.sentence}</p>
        </div>
      )}
      {error && <p role="alert">{error}</p>}
      <p className="projector-hint">Press Escape to close the projector window.</p>
    </main>
  );
}
