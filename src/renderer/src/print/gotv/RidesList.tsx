/**
 * The rides list: universe voters whose vote plan asks for a ride and who have not voted
 * yet, by ride time (those without a time last), with the snapshot's time.
 */
import type { ReactNode } from 'react';
import type { RidesSheetData } from '../../../../shared/contract/gotvVoted';
import { pluralize } from '../../../../shared/text';
import { api } from '../../api';
import type { PrintView } from '../printView';
import { electionLabel, Snapshot } from './StrikeList';
import './gotv-print.css';

export function RidesList({ data }: { data: RidesSheetData }): ReactNode {
  return (
    <article className="gotv-print gotv-strike">
      <h1>Rides to the polls</h1>
      <p className="gotv-sub">
        {data.chapterName} · {electionLabel(data)} · {pluralize(data.rides.length, 'ride')} to give
      </p>
      <Snapshot at={data.at} remaining />
      <table className="gotv-table">
        <thead>
          <tr>
            <th>When</th>
            <th>Name</th>
            <th>Address</th>
            <th>Phone</th>
            <th>Precinct</th>
            <th className="gotv-tick">Done</th>
          </tr>
        </thead>
        <tbody>
          {data.rides.map((r) => (
            <tr key={r.id}>
              <td className="gotv-name">{r.when || 'Time to agree'}</td>
              <td className="gotv-name">{r.name}</td>
              <td>
                {r.address}, {r.city}
              </td>
              <td className="gotv-id">{r.phone}</td>
              <td className="gotv-small">{r.precinct}</td>
              <td className="gotv-tick">
                <span className="gotv-box" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.rides.length === 0 && <p>No rides left to give.</p>}
    </article>
  );
}

export const ridesListView: PrintView<'gotv-rides-list'> = async (params) => (
  <RidesList data={await api.gotvVoted.ridesSheet(params)} />
);
