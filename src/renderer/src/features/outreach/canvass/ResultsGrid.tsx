/**
 * The results grid of a turf: one row per voter in walk order, typed into with the keyboard
 * (a result key, support 1–5, V / S / P), saved in one batch. A row whose answers contradict
 * each other ("Refused" with "Support 1") is named and nothing is sent.
 */
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { formatName, formatStreetAddress } from '../../../../../shared/canvass/household';
import {
  RESULT_KEYS,
  RESULT_LABELS,
  resultSummary as summary,
  SUPPORT_LABELS,
  supportConflict,
  type ResultEntry,
} from '../../../../../shared/canvass/results';
import type { WalkList } from '../../../../../shared/canvass/schema';
import { api } from '../../../api';
import { ActionNotice, Notice } from '../../../ui/Notice';
import { useAction } from '../../../ui/useAction';
import '../../../ui/keyGrid.css';

interface Row {
  voterId: string;
  householdKey: string;
  seq: number;
  address: string | null;
  name: string;
  age: string;
}

/** What the grid edits for one voter: the recorded entry's own fields. */
type Entry = Pick<
  ResultEntry,
  'code' | 'support' | 'volunteer' | 'yardSign' | 'needsRide' | 'language' | 'notes'
>;

const EMPTY: Entry = {
  code: null,
  support: null,
  volunteer: false,
  yardSign: false,
  needsRide: false,
  language: '',
  notes: '',
};

function isEmpty(e: Entry | undefined): boolean {
  return (
    !e ||
    (!e.code &&
      e.support === null &&
      !e.volunteer &&
      !e.yardSign &&
      !e.needsRide &&
      !e.language.trim() &&
      !e.notes.trim())
  );
}

export function ResultsGrid({
  listId,
  turfId,
  walk,
  recorded,
  onSaved,
}: {
  listId: string;
  turfId: string;
  walk: WalkList;
  recorded: ResultEntry[];
  onSaved: () => void;
}) {
  const rows: Row[] = useMemo(
    () =>
      walk.households.flatMap((h) =>
        h.occupants.map((v, i) => ({
          voterId: v.id,
          householdKey: h.key,
          seq: h.seq,
          address: i === 0 ? formatStreetAddress(h) : null,
          name: formatName(v),
          age: v.age === null ? '' : String(v.age),
        })),
      ),
    [walk],
  );
  const latest = useMemo(() => {
    const map = new Map<string, ResultEntry>();
    for (const e of recorded) if (e.voterId) map.set(e.voterId, e);
    return map;
  }, [recorded]);
  const [active, setActive] = useState(0);
  const [entries, setEntries] = useState<Record<string, Entry>>({});
  // Saving the entries; "nothing entered" is an info line of its own.
  const action = useAction();
  const [info, setInfo] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const pending = Object.values(entries).filter((e) => !isEmpty(e)).length;
  useEffect(() => {
    document.getElementById(`grid-cell-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  function update(ids: string[], change: (e: Entry) => Entry) {
    setEntries((prev) => {
      const next = { ...prev };
      for (const id of ids) next[id] = change(prev[id] ?? EMPTY);
      return next;
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const row = rows[active];
    if (!row) return;
    const key = event.key.toLowerCase();
    const move = (to: number) => setActive(Math.max(0, Math.min(rows.length - 1, to)));
    const door = rows.filter((r) => r.householdKey === row.householdKey).map((r) => r.voterId);
    let handled = true;
    if (event.key === 'ArrowDown' || event.key === 'Enter') move(active + 1);
    else if (event.key === 'ArrowUp') move(active - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(rows.length - 1);
    else if (event.key === 'Backspace' || event.key === 'Delete')
      update([row.voterId], () => EMPTY);
    else if (/^[1-5]$/.test(event.key)) {
      const support = Number(event.key);
      update([row.voterId], (e) => ({ ...e, support: e.support === support ? null : support }));
    } else if (key === 'v') update([row.voterId], (e) => ({ ...e, volunteer: !e.volunteer }));
    else if (key === 's') update([row.voterId], (e) => ({ ...e, yardSign: !e.yardSign }));
    else if (key === 'p') update([row.voterId], (e) => ({ ...e, needsRide: !e.needsRide }));
    else if (RESULT_KEYS[key] && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const code = RESULT_KEYS[key];
      // Shift + key: the whole door (everyone at this address).
      update(event.shiftKey ? door : [row.voterId], (e) => ({ ...e, code }));
      const lastOfDoor = rows.findIndex((r) => r.voterId === door[door.length - 1]);
      move((event.shiftKey ? lastOfDoor : active) + 1);
    } else handled = false;
    if (handled) event.preventDefault();
  }

  function save() {
    setInfo(null);
    const list = rows
      .filter((r) => !isEmpty(entries[r.voterId]))
      .map((r) => ({ ...(entries[r.voterId] ?? EMPTY), voterId: r.voterId, turfId }));
    if (list.length === 0) {
      action.clearError();
      setInfo({ kind: 'info', text: 'Nothing entered yet.' });
      return;
    }
    const slips = rows.flatMap((r) => {
      const conflict = supportConflict(entries[r.voterId] ?? EMPTY);
      return conflict ? [`${r.name}: ${conflict}`] : [];
    });
    if (slips.length > 0) {
      action.clearError();
      setInfo({ kind: 'error', text: `Nothing was saved. ${slips.join(' ')}` });
      return;
    }
    void action.run(() => api.canvass.recordResults({ listId, entries: list }), {
      success: ({ recorded: n }) => `Recorded ${n} ${n === 1 ? 'result' : 'results'}.`,
      onSuccess: () => {
        setEntries({});
        onSaved();
      },
    });
  }

  const activeRow = rows[active];
  return (
    <section className="card" aria-labelledby="grid-heading">
      <h3 id="grid-heading">Enter results</h3>
      <div className="grid-legend" id="grid-legend">
        <p>
          Click the table (or Tab to it), then type. <kbd>↑</kbd> <kbd>↓</kbd> or <kbd>Enter</kbd>{' '}
          move; a result key fills the row and moves on; <kbd>Shift</kbd> + a result key fills the
          whole door; <kbd>Backspace</kbd> clears the row. A language for a follow-up and notes go
          in the boxes below the table, for the highlighted row.
        </p>
        <ul>
          {Object.entries(RESULT_KEYS).map(([k, code]) => (
            <li key={k}>
              <kbd>{k.toUpperCase()}</kbd> {RESULT_LABELS[code]}
            </li>
          ))}
          {([1, 2, 3, 4, 5] as const).map((n) => (
            <li key={n}>
              <kbd>{n}</kbd> {SUPPORT_LABELS[n]}
            </li>
          ))}
          <li>
            <kbd>V</kbd> Volunteer
          </li>
          <li>
            <kbd>S</kbd> Yard sign
          </li>
          <li>
            <kbd>P</kbd> Needs a ride
          </li>
        </ul>
      </div>
      <div className="grid-scroll">
        <table
          className="table results-grid"
          role="grid"
          tabIndex={0}
          aria-label={`Results for turf ${turfId}, in walking order`}
          aria-describedby="grid-legend"
          aria-activedescendant={activeRow ? `grid-cell-${active}` : undefined}
          onKeyDown={onKeyDown}
        >
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Address</th>
              <th scope="col">Voter</th>
              <th scope="col">Age</th>
              <th scope="col">Entered now</th>
              <th scope="col">Recorded before</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => {
              const prev = latest.get(r.voterId);
              return (
                <tr
                  key={r.voterId}
                  aria-selected={i === active}
                  className={i === active ? 'active' : undefined}
                  onClick={() => setActive(i)}
                >
                  <td>{r.address ? r.seq : ''}</td>
                  <td>{r.address ?? ''}</td>
                  <td>
                    {r.name} <span className="muted">{r.voterId}</span>
                  </td>
                  <td>{r.age}</td>
                  <td id={`grid-cell-${i}`} className="grid-entry">
                    {summary(entries[r.voterId] ?? EMPTY)}
                  </td>
                  <td>
                    {prev ? `${summary(prev)}${prev.mode === 'phone' ? ' (by phone)' : ''}` : ''}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {activeRow && (
        <fieldset className="grid-details">
          <legend>
            Language and notes for {activeRow.name}{' '}
            <span className="muted">(the highlighted row)</span>
          </legend>
          <label>
            Language
            <input
              value={entries[activeRow.voterId]?.language ?? ''}
              onChange={(event) => {
                const language = event.target.value;
                update([activeRow.voterId], (e) => ({ ...e, language }));
              }}
            />
          </label>
          <label>
            Notes
            <textarea
              rows={2}
              value={entries[activeRow.voterId]?.notes ?? ''}
              onChange={(event) => {
                const notes = event.target.value;
                update([activeRow.voterId], (e) => ({ ...e, notes }));
              }}
            />
          </label>
        </fieldset>
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={action.busy} onClick={save}>
          Save {pending} {pending === 1 ? 'result' : 'results'}
        </button>
      </div>
      {info ? <Notice kind={info.kind}>{info.text}</Notice> : <ActionNotice action={action} />}
    </section>
  );
}
