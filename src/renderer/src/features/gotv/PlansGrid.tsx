/**
 * The vote-plan grid: one row per universe voter, typed into with the keyboard like the
 * results grid (E early, M mail, D election day, U unsure, R needs a ride, Backspace
 * clears), dates and ride time for the highlighted row in the boxes below; saved in one
 * batch, all or nothing.
 */
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { formatName, formatStreetAddress } from '../../../../shared/canvass/household';
import type { UniverseVoter } from '../../../../shared/contract/gotv';
import {
  planText,
  VOTE_PLAN_LABELS,
  type VotePlan,
  type VotePlanEntry,
  type VotePlanKind,
} from '../../../../shared/gotv/plans';
import { api } from '../../api';
import { ActionNotice } from '../../ui/Notice';
import { useAction } from '../../ui/useAction';
import '../../ui/keyGrid.css';

const PLAN_KEYS: Readonly<Record<string, VotePlanKind>> = {
  e: 'early',
  m: 'mail',
  d: 'election-day',
  u: 'unsure',
};

type Plan = Omit<VotePlan, 'voterId'>;
const EMPTY: Plan = {
  plan: null,
  needsRide: false,
  rideDate: '',
  rideTime: '',
  ballotRequested: '',
  ballotReturned: '',
};

const DETAILS = [
  ['ballotRequested', 'Ballot requested', 'date'],
  ['ballotReturned', 'Ballot returned', 'date'],
  ['rideDate', 'Ride date', 'date'],
  ['rideTime', 'Ride time', 'time'],
] as const;

export function PlansGrid({
  electionId,
  voters,
  saved,
  onSaved,
}: {
  electionId: string;
  voters: readonly UniverseVoter[];
  saved: ReadonlyMap<string, VotePlanEntry>;
  onSaved: () => void;
}) {
  const [active, setActive] = useState(0);
  const [edits, setEdits] = useState<Record<string, Plan>>({});
  const action = useAction();
  const changed = Object.keys(edits).length;
  useEffect(() => {
    document.getElementById(`plan-cell-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  const current = (id: string): Plan => edits[id] ?? saved.get(id) ?? EMPTY;
  const update = (id: string, change: (p: Plan) => Plan) =>
    setEdits((prev) => ({ ...prev, [id]: change(prev[id] ?? saved.get(id) ?? EMPTY) }));
  const rows = useMemo(
    () => voters.map((v) => ({ id: v.id, name: formatName(v), address: formatStreetAddress(v) })),
    [voters],
  );

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const row = rows[active];
    if (!row || event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key.toLowerCase();
    const move = (to: number) => setActive(Math.max(0, Math.min(rows.length - 1, to)));
    let handled = true;
    if (event.key === 'ArrowDown' || event.key === 'Enter') move(active + 1);
    else if (event.key === 'ArrowUp') move(active - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(rows.length - 1);
    else if (event.key === 'Backspace' || event.key === 'Delete') update(row.id, () => EMPTY);
    else if (key === 'r') update(row.id, (p) => ({ ...p, needsRide: !p.needsRide }));
    else if (PLAN_KEYS[key]) {
      const plan = PLAN_KEYS[key];
      update(row.id, (p) => ({
        ...p,
        plan,
        // Ballot dates belong to a mail plan only.
        ...(plan === 'mail' ? {} : { ballotRequested: '', ballotReturned: '' }),
      }));
      move(active + 1);
    } else handled = false;
    if (handled) event.preventDefault();
  }

  function save() {
    const plans = Object.entries(edits).map(([voterId, p]) => ({ ...p, voterId }));
    void action.run(() => api.gotv.savePlans({ electionId, plans }), {
      success: ({ saved: n }) => `Saved ${n} ${n === 1 ? 'plan' : 'plans'}.`,
      onSuccess: () => {
        setEdits({});
        onSaved();
      },
    });
  }

  const activeRow = rows[active];
  const activePlan = activeRow ? current(activeRow.id) : EMPTY;
  return (
    <section className="card" aria-labelledby="plans-grid-heading">
      <h2 id="plans-grid-heading">Enter plans</h2>
      <div className="grid-legend" id="plans-grid-legend">
        <p>
          Click the table (or Tab to it), then type. <kbd>↑</kbd> <kbd>↓</kbd> or <kbd>Enter</kbd>{' '}
          move; a plan key fills the row and moves on; <kbd>Backspace</kbd> clears the row. Dates
          and the ride time go in the boxes below the table, for the highlighted row.
        </p>
        <ul>
          {Object.entries(PLAN_KEYS).map(([k, plan]) => (
            <li key={k}>
              <kbd>{k.toUpperCase()}</kbd> {VOTE_PLAN_LABELS[plan]}
            </li>
          ))}
          <li>
            <kbd>R</kbd> Needs a ride
          </li>
        </ul>
      </div>
      <div className="grid-scroll">
        <table
          className="table results-grid"
          role="grid"
          tabIndex={0}
          aria-label="Vote plans of the universe"
          aria-describedby="plans-grid-legend"
          aria-activedescendant={activeRow ? `plan-cell-${active}` : undefined}
          onKeyDown={onKeyDown}
        >
          <thead>
            <tr>
              <th scope="col">Voter</th>
              <th scope="col">Address</th>
              <th scope="col">Plan</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr
                key={r.id}
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                onClick={() => setActive(i)}
              >
                <td>
                  {r.name} <span className="muted">{r.id}</span>
                </td>
                <td>{r.address}</td>
                <td id={`plan-cell-${i}`} className={edits[r.id] ? 'grid-entry' : undefined}>
                  {planText(current(r.id))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {activeRow && (
        <fieldset className="plan-details">
          <legend>
            Dates for {activeRow.name} <span className="muted">(the highlighted row)</span>
          </legend>
          {DETAILS.map(([field, label, type]) => (
            <label key={field}>
              {label}
              <input
                type={type}
                value={activePlan[field]}
                disabled={
                  field.startsWith('ballot') ? activePlan.plan !== 'mail' : !activePlan.needsRide
                }
                onChange={(event) => {
                  const value = event.target.value;
                  update(activeRow.id, (p) => ({ ...p, [field]: value }));
                }}
              />
            </label>
          ))}
        </fieldset>
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={action.busy || !changed} onClick={save}>
          Save {changed} {changed === 1 ? 'plan' : 'plans'}
        </button>
      </div>
      <ActionNotice action={action} />
    </section>
  );
}
