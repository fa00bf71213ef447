/**
 * Member fields edited on two laptops from the same value: both edits are shown, with the
 * laptop and time of each, and an officer keeps one. Until then the later edit shows.
 */
import type { ConflictView } from '../../../../shared/contract/sync';
import { formatDateTime } from '../../../../shared/dates';
import { api } from '../../api';
import { ActionNotice, Notice } from '../../ui/Notice';
import { useAction, type Action } from '../../ui/useAction';
import { useAsync } from '../../ui/useAsync';
import { SyncOff } from './SyncOff';

function ConflictCard({ conflict, action }: { conflict: ConflictView; action: Action }) {
  const heading = `${conflict.memberName}: ${conflict.field}`;
  return (
    <section className="card conflict" aria-label={heading}>
      <h3>{heading}</h3>
      <p>
        Both edits started from <strong>{conflict.previous}</strong>. Until you choose, the later
        one shows.
      </p>
      <ul className="conflict-choices">
        {conflict.choices.map((choice) => (
          <li key={choice.eventId}>
            <p>
              <strong>{choice.value}</strong>
              <br />
              on {choice.device}, {formatDateTime(choice.at)}
            </p>
            <button
              type="button"
              disabled={action.busy}
              onClick={() =>
                void action.run(
                  () => api.sync.resolveConflict({ key: conflict.key, eventId: choice.eventId }),
                  { success: `Kept “${choice.value}” for ${conflict.memberName}.` },
                )
              }
            >
              Keep “{choice.value}”
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ConflictsPage() {
  const { value, error, reload } = useAsync(() => api.sync.conflicts());
  const action = useAction({ onSuccess: reload });
  if (!value) return <Notice kind={error ? 'error' : 'info'}>{error ?? 'Loading…'}</Notice>;
  if (!value.on) return <SyncOff />;
  return (
    <section aria-labelledby="conflicts-heading">
      <h2 id="conflicts-heading">Conflicts</h2>
      <p>
        When a member’s details were changed on two laptops from the same value, neither change is
        lost: choose which one to keep. Your choice reaches the other laptops with the next sync.
      </p>
      <ActionNotice action={action} />
      {value.conflicts.length === 0 ? (
        <Notice kind="info">No conflicts: every member’s details agree on every laptop.</Notice>
      ) : (
        value.conflicts.map((c) => <ConflictCard key={c.key} conflict={c} action={action} />)
      )}
    </section>
  );
}
