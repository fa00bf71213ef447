import type { LivePanelProps } from './types';

/** The agenda as it goes: what is done, what runs now, and "Take up" for any other item. */
export function AgendaProgress({ view, state, send }: Omit<LivePanelProps, 'action'>) {
  const taken = new Map(state.items.map((i) => [i.itemId, i]));
  return (
    <section className="card" aria-labelledby="progress-heading">
      <h2 id="progress-heading">Agenda</h2>
      <ol className="agenda-progress">
        {view.meeting.agenda.map((item) => {
          const p = taken.get(item.id);
          const running = state.currentItemId === item.id;
          return (
            <li
              key={item.id}
              aria-current={running ? 'step' : undefined}
              className={p && !running ? 'done' : undefined}
            >
              {item.title}{' '}
              <span className="muted">
                ({item.timeBoxMinutes} min{p ? `, ${Math.round(p.elapsedMs / 60000)} used` : ''})
              </span>{' '}
              {state.phase === 'in-session' && !running && (
                <button
                  type="button"
                  onClick={() => void send({ type: 'item-started', itemId: item.id })}
                  aria-label={`Take up ${item.title}`}
                >
                  Take up
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
