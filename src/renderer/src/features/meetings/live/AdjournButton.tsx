import { useState } from 'react';
import { Modal } from '../../../ui/Modal';
import type { LivePanelProps } from './types';
import { shortcut } from './useChairKeys';

/**
 * "Adjourn the meeting", asked first: it sits beside "Next item", and adjourning ends the
 * business of the meeting, so the dialog says what it will stop before anything is recorded.
 */
export function AdjournButton({ view, state, send }: Omit<LivePanelProps, 'action'>) {
  const [asking, setAsking] = useState(false);
  const current = view.meeting.agenda.find((a) => a.id === state.currentItemId);
  const pending = state.pendingMotionIds.length;
  const queued = state.speakers.queue.length + (state.speakers.current ? 1 : 0);
  return (
    <>
      <button type="button" onClick={() => setAsking(true)} {...shortcut('adjourn')}>
        Adjourn the meeting…
      </button>
      {asking && (
        <Modal title="Adjourn the meeting?" onClose={() => setAsking(false)}>
          <p>Adjourning ends the meeting now:</p>
          <ul>
            {current && <li>“{current.title}” stops; no later item is taken up.</li>}
            {pending > 0 && (
              <li>
                {pending === 1
                  ? 'The motion on the floor is not voted on in this meeting.'
                  : `${pending} motions on the floor are not voted on in this meeting.`}
              </li>
            )}
            {queued > 0 && (
              <li>
                The speakers’ queue ({queued} {queued === 1 ? 'person' : 'people'}) is closed.
              </li>
            )}
            <li>No more items, speakers or motions can be recorded.</li>
            <li>Notes and action items can still be added, and the minutes finished.</li>
          </ul>
          <p className="muted">If it was a mistake, “Undo” takes the adjournment back.</p>
          <div className="actions">
            <button
              type="button"
              className="primary"
              onClick={() => {
                setAsking(false);
                void send({ type: 'meeting-adjourned' });
              }}
            >
              Adjourn now
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              Keep the meeting going
            </button>
          </div>
        </Modal>
      )}
    </>
  );
}
