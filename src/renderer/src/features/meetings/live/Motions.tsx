import { useState } from 'react';
import { api } from '../../../api';
import { navigate } from '../../../router';
import { Modal } from '../../../ui/Modal';
import { useAsync } from '../../../ui/useAsync';
import { NewVoteForm } from '../../votes';
import { motionChoices } from './motionChoices';
import { MotionForm } from './MotionForm';
import type { LivePanelProps } from './types';

/**
 * Motions and elections on the current item, and the votes they opened (or their results).
 * Every vote started here links to the meeting and item and takes its presence from the
 * check-in.
 */
export function Motions({ view, state }: Pick<LivePanelProps, 'view' | 'state'>) {
  const { value: platform } = useAsync(() => api.platform.get());
  const { value: candidates } = useAsync(() => api.candidates.list());
  const { value: settings } = useAsync(() => api.settings.get());
  const [electing, setElecting] = useState(false);
  const open = state.phase === 'in-session';
  const linked = new Map(view.votes.map((v) => [v.eventId, v]));
  const itemId = state.currentItemId;
  const outcome = (id: string, result: { sentence: string } | null) =>
    result ? (
      <span>{result.sentence}</span>
    ) : linked.get(id) ? (
      <a href={`#/votes/${linked.get(id)?.voteId}`}>Count the vote</a>
    ) : (
      'No vote.'
    );
  return (
    <section className="card" aria-labelledby="motions-heading">
      <div className="page-head">
        <h2 id="motions-heading">Motions and votes</h2>
        {open && (
          <button type="button" onClick={() => setElecting(true)}>
            New election…
          </button>
        )}
      </div>
      {open && (
        <MotionForm
          meetingId={view.meeting.id}
          itemId={itemId}
          choices={motionChoices(view, itemId, {
            platform: platform?.platform,
            candidates: candidates?.candidates,
            endorsementThreshold: settings?.endorsementThreshold,
          })}
        />
      )}
      <ul aria-label="Motions made">
        {state.motions.map((mo) => (
          <li key={mo.id}>
            <strong>{mo.text}</strong> — moved by {mo.mover}
            {mo.seconder ? `, seconded by ${mo.seconder}` : ''}. {outcome(mo.id, mo.result)}
          </li>
        ))}
        {state.elections.map((e) => (
          <li key={e.id}>
            <strong>Election: {e.title}</strong>. {outcome(e.id, e.result)}
          </li>
        ))}
        {state.motions.length + state.elections.length === 0 && (
          <li className="muted">No motions yet.</li>
        )}
      </ul>
      {electing && (
        <Modal title="New election at this meeting" onClose={() => setElecting(false)}>
          <p className="muted">
            Under the item on the floor; the members checked in are present for the count.
          </p>
          <NewVoteForm
            only="election"
            open={async (definition) => {
              if (definition.kind !== 'election') throw new Error('Only an election opens here.');
              const { voteId } = await api.meetings.election({
                meetingId: view.meeting.id,
                ...(itemId ? { itemId } : {}),
                definition,
              });
              return { id: voteId };
            }}
            onCancel={() => setElecting(false)}
            onCreated={(id) => navigate(`/votes/${id}`)}
          />
        </Modal>
      )}
    </section>
  );
}
