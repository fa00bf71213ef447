/**
 * Chase lists: per chase turf, the doors of supporters who have not voted yet, in walk
 * order, each door whole with only those still to vote under it, and the time of the
 * snapshot (re-print for a fresher one). Each turf starts a new page.
 */
import type { ReactNode } from 'react';
import type { ChaseSheetData } from '../../../../shared/contract/gotvVoted';
import { api } from '../../api';
import type { PrintView } from '../printView';
import { electionLabel, Snapshot } from './StrikeList';
import './gotv-print.css';

const COLUMNS = ['#', 'Name', 'Age', 'Phone', 'Plan', 'Voter ID', 'Voted', 'Not home'];

export function ChaseList({ data }: { data: ChaseSheetData }): ReactNode {
  return (
    <article className="gotv-print gotv-chase">
      {data.turfs.map((t) => (
        <section key={t.id} className="gotv-part" aria-label={`Chase turf ${t.id}`}>
          <h1>Chase list — turf {t.id}</h1>
          <p className="gotv-sub">
            {data.chapterName} · {electionLabel(data)} · {data.county ? `${data.county} · ` : ''}
            precinct {t.precincts.join(', ') || '—'} · {t.people} to reach at {t.doors} doors
          </p>
          <Snapshot at={data.at} remaining />
          <table className="gotv-table">
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th key={c}>{c}</th>
                ))}
              </tr>
            </thead>
            {t.households.map((h) => (
              <tbody key={h.seq}>
                <tr className="gotv-door">
                  <td>{h.seq}</td>
                  <td colSpan={COLUMNS.length - 1}>
                    {h.address} · {h.city} {h.zip}
                  </td>
                </tr>
                {h.voters.map((v) => (
                  <tr key={v.id}>
                    <td />
                    <td className="gotv-name">{v.name}</td>
                    <td>{v.age}</td>
                    <td className="gotv-id">{v.phone}</td>
                    <td className="gotv-small">{v.plan}</td>
                    <td className="gotv-id">{v.id}</td>
                    <td className="gotv-tick">
                      <span className="gotv-box" />
                    </td>
                    <td className="gotv-tick">
                      <span className="gotv-box" />
                    </td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </section>
      ))}
      {data.turfs.length === 0 && (
        <p>
          <b>No supporter is left to chase</b>: everyone in the universe has voted.
        </p>
      )}
    </article>
  );
}

export const chaseListView: PrintView<'gotv-chase-list'> = async (params) => (
  <ChaseList data={await api.gotvVoted.chaseSheet(params)} />
);
