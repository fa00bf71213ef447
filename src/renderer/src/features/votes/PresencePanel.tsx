import { useState } from 'react';
import { api } from '../../api';
import { useAsync } from '../../ui/useAsync';
import type { VoteView } from '../../../../shared/votes/view';
import type { Act } from './VotePage';

/** The present count is frozen at the moment of the vote; quorum is checked against it. */
export function PresencePanel({ view, act }: { view: VoteView; act: Act }) {
  const { value: members } = useAsync(() => api.members.list());
  const active = (members ?? []).filter((m) => m.active);
  const rollCall = view.definition.kind === 'motion' && view.definition.method === 'roll-call';
  const [present, setPresent] = useState('');
  const [ids, setIds] = useState<string[]>([]);
  const p = view.presence;

  return (
    <section className="card" aria-labelledby="presence-heading">
      <h2 id="presence-heading">Presence</h2>
      {p ? (
        <p className={p.present >= p.quorum ? 'quorum ok' : 'quorum no'}>
          {p.present} present of {p.members} members · quorum {p.quorum} ·{' '}
          <strong>{p.present >= p.quorum ? 'quorum met' : 'no quorum'}</strong>
        </p>
      ) : rollCall ? (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            void act(() =>
              api.votes.freezePresence({ id: view.id, present: ids.length || 1, presentIds: ids }),
            );
          }}
        >
          <fieldset>
            <legend>Who is present for the roll call</legend>
            <div className="member-grid">
              {active.map((m) => (
                <label key={m.id} className="check">
                  <input
                    type="checkbox"
                    checked={ids.includes(m.id)}
                    onChange={() =>
                      setIds(ids.includes(m.id) ? ids.filter((i) => i !== m.id) : [...ids, m.id])
                    }
                  />
                  {m.name}
                </label>
              ))}
            </div>
          </fieldset>
          <button type="submit" className="primary">
            Freeze presence ({ids.length} present)
          </button>
        </form>
      ) : (
        <form
          className="form inline"
          onSubmit={(e) => {
            e.preventDefault();
            void act(() => api.votes.freezePresence({ id: view.id, present: Number(present) }));
          }}
        >
          <label>
            Members present now
            <input
              type="number"
              min={1}
              value={present}
              onChange={(e) => setPresent(e.target.value)}
            />
          </label>
          <button type="submit" className="primary">
            Freeze presence
          </button>
          <span className="muted">{active.length} active members on record.</span>
        </form>
      )}
    </section>
  );
}
