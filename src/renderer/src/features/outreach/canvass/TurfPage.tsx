/**
 * One turf: print its packet (PDF) and CSV, its call sheet (and import the filled one), enter results with the keyboard in walk order,
 * its statistics, and re-print the doors still to knock.
 */
import { useState } from 'react';
import { api } from '../../../api';
import { ActionNotice, Notice } from '../../../ui/Notice';
import { ItemOptions } from '../../../ui/Options';
import { useAction } from '../../../ui/useAction';
import { useAsync } from '../../../ui/useAsync';
import { CallSheetPanel } from './CallSheetPanel';
import { ResultsGrid } from './ResultsGrid';
import { StatsView } from './StatsView';

export function TurfPage({ listId, turfId }: { listId: string; turfId: string }) {
  const walk = useAsync(() => api.canvass.walkList({ listId, turfId }));
  const stats = useAsync(() => api.canvass.stats({ listId, turfId }));
  const results = useAsync(() => api.canvass.results({ listId, turfId }));
  const [canvasser, setCanvasser] = useState('');
  const [date, setDate] = useState('');
  // A GOTV shift's sheets print each voter's vote plan for the election chosen here.
  const elections = useAsync(async () =>
    (await api.gotv.elections()).filter((e) => e.listId === listId),
  );
  const [electionId, setElectionId] = useState('');
  // Saving the packet or the CSV: one action, its buttons disabled while it runs.
  const action = useAction();
  const busy = action.busy;
  const run = (task: () => Promise<{ saved: boolean; fileName?: string | undefined }>) =>
    action.run(task, {
      success: (r) => (r.saved ? `Saved ${r.fileName ?? 'the file'}.` : 'Not saved.'),
    });

  const packet = (remaining: boolean) =>
    run(() =>
      api.print.save({
        document: 'walk-packet',
        params: {
          listId,
          turfId,
          remaining,
          canvasser: canvasser.trim(),
          date: date,
          ...(electionId ? { electionId } : {}),
        },
      }),
    );

  const w = walk.value;
  return (
    <section aria-labelledby="turf-heading">
      <p>
        <a href={`#/outreach/canvass/${listId}`}>← Turfs of this list</a>
      </p>
      <h2 id="turf-heading">
        Turf {turfId}
        {w ? ` — People: ${w.people} · Doors: ${w.doors}` : ''}
      </h2>
      <Notice kind="error">{walk.error ?? stats.error}</Notice>
      {elections.value && elections.value.length > 0 && (
        <p>
          <label>
            Get out the vote: print vote plans for{' '}
            <select value={electionId} onChange={(e) => setElectionId(e.target.value)}>
              <option value="">(no election)</option>
              <ItemOptions items={elections.value} label={(e) => `${e.name} (${e.date})`} />
            </select>
          </label>
        </p>
      )}
      <section className="card" aria-labelledby="packet-heading">
        <h3 id="packet-heading">Walk packet</h3>
        <p className="muted">
          One PDF: a cover page (the turf, instructions, safety, the organiser’s phone), the walk
          sheets in walking order, and the chapter’s flyer for the county when there is one.
        </p>
        <div className="form inline">
          <label>
            Canvasser (optional)
            <input
              value={canvasser}
              maxLength={120}
              onChange={(e) => setCanvasser(e.target.value)}
            />
          </label>
          <label>
            Date (default today)
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </label>
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => void packet(false)}
          >
            Save walk packet (PDF)…
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => void run(() => api.canvass.saveCsv({ listId, turfId }))}
          >
            Save turf as CSV…
          </button>
          <button type="button" disabled={busy} onClick={() => void packet(true)}>
            Re-print remaining doors (PDF)…
          </button>
        </div>
        <ActionNotice action={action} />
      </section>
      <CallSheetPanel
        listId={listId}
        turfId={turfId}
        electionId={electionId}
        onImported={() => {
          stats.reload();
          results.reload();
        }}
      />
      {stats.value && (
        <section className="card" aria-labelledby="turf-stats-heading">
          <h3 id="turf-stats-heading">Results in this turf</h3>
          <StatsView stats={stats.value} />
        </section>
      )}
      {w && (
        <ResultsGrid
          listId={listId}
          turfId={turfId}
          walk={w}
          recorded={results.value ?? []}
          onSaved={() => {
            stats.reload();
            results.reload();
          }}
        />
      )}
    </section>
  );
}
