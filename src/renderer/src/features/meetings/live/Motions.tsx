import { api } from '../../../api';
import { useAsync } from '../../../ui/useAsync';
import { motionChoices } from './motionChoices';
import { MotionForm } from './MotionForm';
import type { LivePanelProps } from './types';

/** Motions on the current item, and the votes they opened (or their results). */
export function Motions({ view, state }: Pick<LivePanelProps, 'view' | 'state'>) {
  const { value: platform } = useAsync(() => api.platform.get());
  const open = state.phase === 'in-session';
  const linked = new Map(view.votes.map((v) => [v.eventId, v]));
  return (
    <section className="card" aria-labelledby="motions-heading">
      <h2 id="motions-heading">Motions and votes</h2>
      {open && (
        <MotionForm
          meetingId={view.meeting.id}
          itemId={state.currentItemId}
          choices={motionChoices(view, state.currentItemId, platform?.platform)}
        />
      )}
      <ul aria-label="Motions made">
        {state.motions.map((mo) => {
          const v = linked.get(mo.id);
          return (
            <li key={mo.id}>
              <strong>{mo.text}</strong> — moved by {mo.mover}
              {mo.seconder ? `, seconded by ${mo.seconder}` : ''}.{' '}
              {mo.result ? (
                <span>{mo.result.sentence}</span>
              ) : v ? (
                <a href={`#/votes/${v.voteId}`}>Count the vote</a>
              ) : (
                'No vote.'
              )}
            </li>
          );
        })}
        {state.motions.length === 0 && <li className="muted">No motions yet.</li>}
      </ul>
    </section>
  );
}
