import { CarriedActions } from '../CarriedActions';
import type { LivePanelProps } from './types';

/**
 * Action items: those recorded at this meeting (they stay open until a later meeting reports
 * them done) and those carried from earlier meetings, which can be reported done here.
 */
export function ActionItems({ view, state, send, action }: LivePanelProps) {
  const itemTitle = (id: string | null) =>
    view.meeting.agenda.find((a) => a.id === id)?.title ?? null;
  return (
    <section className="card" aria-labelledby="actions-heading">
      <h2 id="actions-heading">Action items</h2>
      <h3>Recorded at this meeting</h3>
      {state.actionItems.length === 0 ? (
        <p className="muted">None yet: add one under Notes.</p>
      ) : (
        <ul aria-label="Action items recorded at this meeting">
          {state.actionItems.map((a) => (
            <li key={a.id}>
              <strong>{a.what}</strong> — {a.who}
              {a.due ? `, due ${a.due}` : ''}
              {itemTitle(a.itemId) && <span className="muted"> ({itemTitle(a.itemId)})</span>}
            </li>
          ))}
        </ul>
      )}
      <h3>Open from earlier meetings</h3>
      <CarriedActions
        actions={view.carriedActions}
        busy={action.busy}
        {...(state.phase === 'in-session'
          ? {
              onDone: (a) =>
                void send({
                  type: 'action-item-done',
                  actionItemId: a.id,
                  ...(state.currentItemId ? { itemId: state.currentItemId } : {}),
                }),
            }
          : {})}
      />
    </section>
  );
}
