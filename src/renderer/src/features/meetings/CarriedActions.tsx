import type { CarriedAction } from '../../../../shared/meetings';
import './CarriedActions.css';

/**
 * Action items of earlier meetings that are still open (or were reported done at this meeting):
 * old business. Given `onDone`, each open one has a button to report it done.
 */
export function CarriedActions({
  actions,
  onDone,
  busy = false,
}: {
  actions: readonly CarriedAction[];
  onDone?: (action: CarriedAction) => void;
  busy?: boolean;
}) {
  if (actions.length === 0)
    return <p className="muted">No action items are open from earlier meetings.</p>;
  return (
    <ul className="carried-actions" aria-label="Open action items from earlier meetings">
      {actions.map((a) => (
        <li key={a.id}>
          <span>
            <strong>{a.what}</strong> — {a.who}
            {a.due ? `, due ${a.due}` : ''}{' '}
            <span className="muted">
              (from {a.from.title}, {a.from.date})
            </span>
          </span>
          {a.doneAt ? (
            <span className="badge">done</span>
          ) : (
            onDone && (
              <button
                type="button"
                disabled={busy}
                onClick={() => onDone(a)}
                aria-label={`Mark “${a.what}” done`}
              >
                Mark done
              </button>
            )
          )}
        </li>
      ))}
    </ul>
  );
}
