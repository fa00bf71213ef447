/**
 * Election-day lists to print, each a snapshot of who had voted at that moment (re-print at
 * any hour for a fresher one): a precinct's strike list for the poll checkers (everyone, or
 * only those still to vote), the chase lists of supporters still to vote, by turf, and the
 * rides still to give, by time.
 */
import { useState } from 'react';
import { api } from '../../api';
import { ActionNotice } from '../../ui/Notice';
import { savedLine } from '../../ui/savedLine';
import { useAction } from '../../ui/useAction';
import { useAsync } from '../../ui/useAsync';
import { NoElection } from './NoElection';
import type { GotvTabProps } from './tabProps';

export function ListsPage({ election }: GotvTabProps) {
  if (!election) return <NoElection />;
  return <Lists key={election.id} electionId={election.id} />;
}

function Lists({ electionId }: { electionId: string }) {
  const board = useAsync(() => api.gotvVoted.board({ electionId }));
  const action = useAction();
  const [precinct, setPrecinct] = useState('');
  const [remaining, setRemaining] = useState(false);
  const [doorsPerTurf, setDoorsPerTurf] = useState(25);
  const precincts = board.value?.byPrecinct ?? [];
  const saveStrike = () =>
    action.run(
      () =>
        api.print.save({
          document: 'gotv-strike-list',
          params: { electionId, remaining, ...(precinct ? { precinct } : {}) },
        }),
      { success: savedLine('the strike list') },
    );
  const saveChase = () =>
    action.run(
      () => api.print.save({ document: 'gotv-chase-list', params: { electionId, doorsPerTurf } }),
      { success: savedLine('the chase lists') },
    );
  const saveRides = () =>
    action.run(() => api.print.save({ document: 'gotv-rides-list', params: { electionId } }), {
      success: savedLine('the rides list'),
    });
  return (
    <div className="gotv-page">
      <section className="card" aria-labelledby="strike-list-heading">
        <h2 id="strike-list-heading">Strike lists</h2>
        <p className="muted">
          For poll checkers at a polling place: the precinct’s universe voters by last name, in
          large print with a box to tick as each one votes. Each list prints the time it was made.
        </p>
        <div className="form inline">
          <label>
            Precinct
            <select value={precinct} onChange={(e) => setPrecinct(e.target.value)}>
              <option value="">Every precinct (each from a new page)</option>
              {precincts.map((p) => (
                <option key={p.precinct} value={p.precinct}>
                  {p.precinct} — {p.remaining} of {p.universe} still to vote
                </option>
              ))}
            </select>
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={remaining}
              onChange={(e) => setRemaining(e.target.checked)}
            />
            Only those still to vote (remaining)
          </label>
          <button
            type="button"
            className="primary"
            disabled={action.busy}
            onClick={() => void saveStrike()}
          >
            Save strike list (PDF)…
          </button>
        </div>
      </section>
      <section className="card" aria-labelledby="chase-list-heading">
        <h2 id="chase-list-heading">Chase lists</h2>
        <p className="muted">
          For volunteers at the doors: supporters who have not voted yet, door by door in walk
          order, cut into turfs (a household is never split). Print again later for only those still
          to reach.
        </p>
        <div className="form inline">
          <label>
            Doors per turf
            <input
              type="number"
              min={1}
              max={500}
              value={doorsPerTurf}
              onChange={(e) =>
                setDoorsPerTurf(Math.max(1, Math.min(500, Number(e.target.value) || 1)))
              }
            />
          </label>
          <button
            type="button"
            className="primary"
            disabled={action.busy}
            onClick={() => void saveChase()}
          >
            Save chase lists (PDF)…
          </button>
        </div>
      </section>
      <section className="card" aria-labelledby="rides-list-heading">
        <h2 id="rides-list-heading">Rides</h2>
        <p className="muted">
          Voters whose vote plan asks for a ride and who have not voted yet, by ride time.
        </p>
        <button
          type="button"
          className="primary"
          disabled={action.busy}
          onClick={() => void saveRides()}
        >
          Save rides list (PDF)…
        </button>
      </section>
      <ActionNotice action={action} />
    </div>
  );
}
