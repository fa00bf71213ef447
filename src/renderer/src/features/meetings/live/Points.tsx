import { currentRights } from '../../../../../shared/platform';
import { api } from '../../../api';
import { useAsync } from '../../../ui/useAsync';
import { AppealForm } from './AppealForm';
import { RaisePointForm } from './RaisePointForm';
import type { LivePanelProps } from './types';

type Right = { id: string; number: number; title: string };

function rightLabel(rights: Right[], id: string | null): string {
  const r = rights.find((x) => x.id === id);
  return r ? `Secured Right ${r.number} (${r.title})` : 'a Secured Right';
}

/** Points of order and information: raising them, the chair's rulings, and appeals. */
export function Points({ view, state, action, send }: LivePanelProps) {
  const { value: platform } = useAsync(() => api.platform.get());
  const rights = platform ? currentRights(platform.platform.rights) : [];
  const open = state.phase === 'in-session';
  const current = view.meeting.agenda.find((a) => a.id === state.currentItemId);
  const policyId = current?.link?.type === 'policy' ? current.link.policyId : undefined;
  const presentNames = view.members
    .filter((x) => state.present.some((p) => p.memberId === x.id))
    .map((x) => x.name);
  return (
    <section className="card" aria-labelledby="points-heading">
      <h2 id="points-heading">Points of order</h2>
      <datalist id="present-names">
        {presentNames.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      {open && <RaisePointForm view={view} action={action} rights={rights} policyId={policyId} />}
      <ul>
        {state.points.map((p) => (
          <li key={p.id}>
            <strong>
              {p.kind === 'information'
                ? 'Point of information'
                : p.kind === 'secured-right'
                  ? `Point of order: violates ${rightLabel(rights, p.rightId)}`
                  : 'Point of order'}
            </strong>{' '}
            by {p.raisedBy}
            {p.text ? ` — ${p.text}` : ''}. <span className="muted">{p.summary}</span>
            {open && p.kind !== 'information' && !p.ruling && (
              <span className="actions">
                <button
                  type="button"
                  onClick={() =>
                    void send({ type: 'point-ruled', pointId: p.id, ruling: 'well-taken' })
                  }
                >
                  Rule: well taken
                </button>
                <button
                  type="button"
                  onClick={() =>
                    void send({ type: 'point-ruled', pointId: p.id, ruling: 'not-well-taken' })
                  }
                >
                  Rule: not well taken
                </button>
              </span>
            )}
            {open && p.ruling && !p.appeal && (
              <AppealForm meetingId={view.meeting.id} pointId={p.id} action={action} />
            )}
          </li>
        ))}
        {state.points.length === 0 && <li className="muted">No points raised.</li>}
      </ul>
    </section>
  );
}
