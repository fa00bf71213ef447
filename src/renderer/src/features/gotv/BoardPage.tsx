/**
 * The progress board in the main window: voted of the universe, by precinct and by hour,
 * refreshed every few seconds as strike-offs and imports come in; "Show on the projector"
 * puts the large version on the room's screen.
 */
import { useEffect } from 'react';
import type { Board } from '../../../../shared/contract/gotvVoted';
import { formatTime } from '../../../../shared/dates';
import { api } from '../../api';
import { DataTable } from '../../ui/DataTable';
import { ActionNotice, Notice } from '../../ui/Notice';
import { useAction } from '../../ui/useAction';
import { useAsync } from '../../ui/useAsync';
import { NoElection } from './NoElection';
import type { GotvTabProps } from './tabProps';

const REFRESH_MS = 5000;

const pct = (voted: number, universe: number) =>
  universe === 0 ? '—' : `${Math.round((voted / universe) * 100)}%`;

export function BoardPage({ election }: GotvTabProps) {
  if (!election) return <NoElection />;
  return <BoardTab key={election.id} electionId={election.id} />;
}

function BoardTab({ electionId }: { electionId: string }) {
  const board = useAsync(() => api.gotvVoted.board({ electionId }));
  const { reload } = board;
  useEffect(() => {
    const timer = setInterval(reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);
  const action = useAction();
  const b = board.value;
  return (
    <div className="gotv-page">
      <Notice kind="error">{board.error}</Notice>
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={action.busy}
          onClick={() => void action.run(() => api.gotvVoted.openBoard({ electionId }))}
        >
          Show on the projector
        </button>
      </div>
      <ActionNotice action={action} />
      {b && <BoardTables board={b} />}
    </div>
  );
}

function BoardTables({ board }: { board: Board }) {
  const { total, byHour } = board;
  const hours = byHour.hours.flatMap((n, h) => (n > 0 ? [{ hour: h, n }] : []));
  return (
    <>
      <p className="gotv-board-total">
        <strong>
          {total.voted.toLocaleString('en-US')} of {total.universe.toLocaleString('en-US')}
        </strong>{' '}
        have voted ({pct(total.voted, total.universe)}); {total.remaining.toLocaleString('en-US')}{' '}
        still to vote. <span className="muted">As of {formatTime(board.at)}.</span>
      </p>
      <DataTable
        caption="By precinct"
        rows={board.byPrecinct}
        rowKey={(p) => p.precinct}
        empty="No one is in the universe yet."
        columns={[
          { header: 'Precinct', rowHeader: true, cell: (p) => p.precinct || '(none)' },
          { header: 'Universe', className: 'num', cell: (p) => p.universe },
          { header: 'Voted', className: 'num', cell: (p) => p.voted },
          { header: 'Still to vote', className: 'num', cell: (p) => p.remaining },
          { header: 'Turnout', className: 'num', cell: (p) => pct(p.voted, p.universe) },
        ]}
      />
      <DataTable
        caption="By hour"
        rows={[
          { hour: 'Early and absentee (voted files)', n: byHour.early },
          ...(byHour.before ? [{ hour: 'Struck off before the day', n: byHour.before }] : []),
          ...hours.map(({ hour, n }) => ({ hour: `${String(hour).padStart(2, '0')}:00`, n })),
          ...(byHour.after ? [{ hour: 'Struck off after the day', n: byHour.after }] : []),
        ]}
        rowKey={(r) => r.hour}
        columns={[
          { header: 'When', rowHeader: true, cell: (r) => r.hour },
          { header: 'Voted', className: 'num', cell: (r) => r.n },
        ]}
      />
    </>
  );
}
