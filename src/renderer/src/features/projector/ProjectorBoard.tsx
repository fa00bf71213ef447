/**
 * The GOTV progress board on the room's screen: voted of the universe (a bar), each precinct
 * as a tile with its own bar, and turnout over the day (early and absentee votes, then
 * strike-offs by hour). Large type, white on black, fitted to the screen; it refreshes itself
 * as strike-offs and imports come in. Escape closes the window.
 */
import { useEffect, useRef, useState } from 'react';
import type { Board } from '../../../../shared/contract/gotvVoted';
import { formatDate, formatTime } from '../../../../shared/dates';
import { api, messageOf } from '../../api';
import { useFitToScreen } from './useFitToScreen';
import './projector.css';
import './ProjectorVote.css';
import './ProjectorBoard.css';

const REFRESH_MS = 3000;

const share = (voted: number, universe: number) => (universe === 0 ? 0 : voted / universe);
const percent = (voted: number, universe: number) => `${Math.round(share(voted, universe) * 100)}%`;

function Bar({ voted, universe }: { voted: number; universe: number }) {
  return (
    <span className="board-bar" aria-hidden="true">
      <span style={{ width: `${share(voted, universe) * 100}%` }} />
    </span>
  );
}

/** The hours to draw: from the first to the last with a strike-off (7:00–20:00 at least). */
function hourRange(hours: readonly number[]): number[] {
  const used = hours.flatMap((n, h) => (n > 0 ? [h] : []));
  const from = Math.min(7, ...used);
  const to = Math.max(20, ...used);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

export function ProjectorBoard({ electionId }: { electionId: string }) {
  const [board, setBoard] = useState<Board | null>(null);
  const [error, setError] = useState<string | null>(null);
  const main = useRef<HTMLElement>(null);
  useFitToScreen(main);
  useEffect(() => {
    let stop = false;
    const tick = () =>
      api.gotvVoted.board({ electionId }).then(
        (b) => {
          if (!stop) {
            setBoard(b);
            setError(null);
          }
        },
        (e: unknown) => {
          if (!stop) setError(messageOf(e));
        },
      );
    void tick();
    const timer = setInterval(() => void tick(), REFRESH_MS);
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') window.close();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      stop = true;
      clearInterval(timer);
      window.removeEventListener('keydown', onKey);
    };
  }, [electionId]);

  const b = board;
  const hours = b ? hourRange(b.byHour.hours) : [];
  const peak = b ? Math.max(1, b.byHour.early, ...b.byHour.hours) : 1;
  return (
    <main className="projector projector-fit projector-board" ref={main}>
      {error && <p role="alert">{error}</p>}
      {b && (
        <>
          <h1>
            {b.electionName} — {formatDate(b.electionDate, 'en-US')}
          </h1>
          <p className="board-total">
            <strong>{b.total.voted.toLocaleString('en-US')}</strong> of{' '}
            {b.total.universe.toLocaleString('en-US')} have voted ·{' '}
            <strong>{percent(b.total.voted, b.total.universe)}</strong> ·{' '}
            {b.total.remaining.toLocaleString('en-US')} to go
          </p>
          <Bar voted={b.total.voted} universe={b.total.universe} />
          <div className="board-body">
            <section aria-label="By precinct">
              <h2>By precinct</h2>
              <ul className="board-precincts">
                {b.byPrecinct.map((p) => (
                  <li key={p.precinct}>
                    <span className="board-name">{p.precinct || '(none)'}</span>
                    <span className="board-count">
                      {p.voted}/{p.universe} · {percent(p.voted, p.universe)}
                    </span>
                    <Bar voted={p.voted} universe={p.universe} />
                  </li>
                ))}
              </ul>
            </section>
            <section aria-label="By hour">
              <h2>By hour</h2>
              <ol className="board-hours">
                <li>
                  <span className="board-hour">Early</span>
                  <span
                    className="board-hbar"
                    style={{ width: `${(b.byHour.early / peak) * 100}%` }}
                  />
                  <span className="board-n">{b.byHour.early}</span>
                </li>
                {hours.map((h) => (
                  <li key={h}>
                    <span className="board-hour">{String(h).padStart(2, '0')}:00</span>
                    <span
                      className="board-hbar"
                      style={{ width: `${((b.byHour.hours[h] ?? 0) / peak) * 100}%` }}
                    />
                    <span className="board-n">{b.byHour.hours[h] ?? 0}</span>
                  </li>
                ))}
              </ol>
            </section>
          </div>
        </>
      )}
      <p className="projector-hint">
        {b ? `As of ${formatTime(b.at)}; refreshes itself. ` : ''}Press Escape to close.
      </p>
    </main>
  );
}
