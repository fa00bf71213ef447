/**
 * A precinct's strike list for poll checkers: the universe voters in last-name order, in
 * large print with a tick box each. Printed with everyone (those already known to have voted
 * ticked and struck through) or, re-printed later, only those still to vote; the snapshot's
 * time is on every list. Each precinct starts a new page.
 */
import type { ReactNode } from 'react';
import type { StrikeSheetData } from '../../../../shared/contract/gotvVoted';
import { formatDate, formatDateTime } from '../../../../shared/dates';
import { api } from '../../api';
import type { PrintView } from '../printView';
import './gotv-print.css';

/** "General election, 11/3/2026": the election as every list's subtitle names it. */
export function electionLabel(d: { electionName: string; electionDate: string }): string {
  return `${d.electionName}, ${formatDate(d.electionDate, 'en-US')}`;
}

export function Snapshot({ at, remaining }: { at: string; remaining: boolean }): ReactNode {
  return (
    <p className="gotv-snapshot">
      {remaining ? 'Remaining — still to vote' : 'Everyone in the universe'} as of{' '}
      {formatDateTime(at)}
    </p>
  );
}

export function StrikeList({ data }: { data: StrikeSheetData }): ReactNode {
  return (
    <article className="gotv-print gotv-strike">
      {data.precincts.map((p) => (
        <section key={p.precinct} className="gotv-part" aria-label={`Precinct ${p.precinct}`}>
          <h1>Strike list — precinct {p.precinct || '(none)'}</h1>
          <p className="gotv-sub">
            {data.chapterName} · {electionLabel(data)} · {p.voted} of {p.universe} voted
          </p>
          <Snapshot at={data.at} remaining={data.remaining} />
          <table className="gotv-table">
            <thead>
              <tr>
                <th className="gotv-tick">Voted</th>
                <th>Name</th>
                <th>Address</th>
                <th>Voter ID</th>
                <th>Plan</th>
              </tr>
            </thead>
            <tbody>
              {p.voters.map((v) => (
                <tr key={v.id} className={v.voted ? 'gotv-voted' : undefined}>
                  <td className="gotv-tick">
                    <span className="gotv-box">{v.voted ? '✓' : ''}</span>
                  </td>
                  <td className="gotv-name">{v.name}</td>
                  <td>{v.address}</td>
                  <td className="gotv-id">{v.id}</td>
                  <td className="gotv-small">{v.plan}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {p.voters.length === 0 && <p>Everyone in this precinct has voted.</p>}
        </section>
      ))}
      {data.precincts.length === 0 && (
        <p>
          <b>Everyone in the universe has voted</b> ({data.electionName}).
        </p>
      )}
    </article>
  );
}

export const strikeListView: PrintView<'gotv-strike-list'> = async (params) => (
  <StrikeList data={await api.gotvVoted.strikeSheet(params)} />
);
