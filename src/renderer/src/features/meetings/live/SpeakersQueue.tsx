import { useState } from 'react';
import {
  DEFAULT_SPEAKER_MINUTES,
  formatDuration,
  speakerTimer,
} from '../../../../../shared/meetings';
import { AddSpeakerForm } from './AddSpeakerForm';
import type { LivePanelProps } from './types';
import { shortcut } from './useChairKeys';

/** The progressive stack: who speaks now (with a countdown), who waits, and adding to it. */
export function SpeakersQueue({
  view,
  state,
  action,
  send,
  now,
}: LivePanelProps & { now: number }) {
  const [limit, setLimit] = useState(String(DEFAULT_SPEAKER_MINUTES));
  const q = state.speakers;
  const name = (speakerId: string, n: string | null) =>
    n ?? view.names[speakerId] ?? state.names[speakerId] ?? speakerId.replace(/^guest:/, '');
  const open = state.phase === 'in-session';
  const speaking = q.current;
  const timer = speaking
    ? speakerTimer(
        speaking.startedAt,
        new Date(Math.max(now, Date.parse(speaking.startedAt))).toISOString(),
        Number(limit) || DEFAULT_SPEAKER_MINUTES,
      )
    : null;
  const first = q.queue[0];
  return (
    <section className="card" aria-labelledby="queue-heading">
      <h2 id="queue-heading">Speakers’ queue</h2>
      <p className="muted">
        Progressive stack: first-time speakers go ahead; points of order jump the queue.
      </p>
      {speaking && timer && (
        <div aria-live="polite">
          <p>
            Speaking now: <strong>{name(speaking.speakerId, speaking.name)}</strong>
          </p>
          <p className={timer.overrun ? 'timer overrun' : 'timer'} aria-label="Speaker time left">
            {timer.overrun
              ? `−${formatDuration(timer.overrunMs)}`
              : formatDuration(timer.remainingMs)}
          </p>
          <button
            type="button"
            onClick={() => void send({ type: 'speaker-finished', entryId: speaking.entryId })}
          >
            Finish speaker
          </button>
        </div>
      )}
      <ol className="queue" aria-label="Queue">
        {q.queue.map((entry, i) => (
          <li key={entry.entryId}>
            <span className="who">
              {i + 1}. {name(entry.speakerId, entry.name)}
            </span>
            {entry.kind !== 'speak' ? (
              <span className="tag point">
                {entry.kind === 'information' ? 'Point of information' : 'Point of order'}
              </span>
            ) : entry.hasSpoken ? (
              <span className="tag spoken">has spoken</span>
            ) : (
              <span className="tag first">first time</span>
            )}
            {entry.movedByChair && <span className="tag">moved by chair</span>}
            {open && (
              <>
                {i > 0 && (
                  <button
                    type="button"
                    onClick={() =>
                      void send({ type: 'speaker-moved', entryId: entry.entryId, toIndex: 0 })
                    }
                    aria-label={`Move ${name(entry.speakerId, entry.name)} to the front`}
                  >
                    To front
                  </button>
                )}
                <button
                  type="button"
                  onClick={() => void send({ type: 'speaker-removed', entryId: entry.entryId })}
                  aria-label={`Remove ${name(entry.speakerId, entry.name)} from the queue`}
                >
                  Remove
                </button>
              </>
            )}
          </li>
        ))}
        {q.queue.length === 0 && <li className="muted">Nobody is waiting to speak.</li>}
      </ol>
      {open && (
        <div className="actions wrap">
          <button
            type="button"
            className="primary"
            disabled={!first}
            {...shortcut('speaker')}
            onClick={() => first && void send({ type: 'speaker-started', entryId: first.entryId })}
          >
            {first ? `Call ${name(first.speakerId, first.name)} to speak` : 'Call next speaker'}
          </button>
          <label className="inline-label">
            Speaker time (minutes)
            <input
              type="number"
              min={0.5}
              max={30}
              step={0.5}
              value={limit}
              onChange={(e) => setLimit(e.target.value)}
              style={{ width: '5rem' }}
            />
          </label>
        </div>
      )}
      {open && <AddSpeakerForm view={view} state={state} action={action} />}
    </section>
  );
}
