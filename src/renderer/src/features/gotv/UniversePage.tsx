/**
 * The universe of the chosen election: the rule in words, how many are in it by county and
 * precinct, how many were left out or are not in the voter list, and a searchable table of
 * who is in and why.
 */
import { useMemo, useState } from 'react';
import { formatName, formatStreetAddress } from '../../../../shared/canvass/household';
import { SUPPORT_LABELS } from '../../../../shared/canvass/results';
import type { UniverseVoter } from '../../../../shared/contract/gotv';
import { api } from '../../api';
import { DataTable } from '../../ui/DataTable';
import { Notice } from '../../ui/Notice';
import { SearchBox } from '../../ui/SearchBox';
import { useAsync } from '../../ui/useAsync';
import type { GotvTabProps } from './tabProps';
import { MemberMatchPanel } from './MemberMatchPanel';
import { NoElection } from './NoElection';

/** At most this many rows are drawn at once; the search narrows the rest. */
const SHOWN = 200;

const count = (n: number) => n.toLocaleString('en-US');

function matches(v: UniverseVoter, words: string[]): boolean {
  const text =
    `${formatName(v)} ${formatStreetAddress(v)} ${v.precinct} ${v.id} ${v.reason}`.toLowerCase();
  return words.every((w) => text.includes(w));
}

export function UniversePage({ election }: GotvTabProps) {
  if (!election) return <NoElection />;
  return <Universe key={election.id} electionId={election.id} />;
}

function Universe({ electionId }: { electionId: string }) {
  const universe = useAsync(() => api.gotv.universe({ electionId }));
  const [query, setQuery] = useState('');
  const found = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return (universe.value?.voters ?? []).filter((v) => matches(v, words));
  }, [universe.value, query]);
  const u = universe.value;
  if (!u) return <Notice kind="error">{universe.error}</Notice>;
  return (
    <div className="gotv-page">
      <p className="gotv-rule">
        <strong>Who is in:</strong> {u.rule}
      </p>
      <ul className="gotv-totals" aria-label="Universe totals">
        <li>
          <strong>{count(u.voters.length)}</strong> in the universe
        </li>
        <li>
          <strong>{count(u.matchedMembers)}</strong> members matched to voters
        </li>
        <li>
          <strong>{count(u.leftOut)}</strong> supporters left out (moved, deceased, not to be
          contacted)
        </li>
        <li>
          <strong>{count(u.unlisted)}</strong> supporters not in the voter list
        </li>
        {u.outsideCounties > 0 && (
          <li>
            <strong>{count(u.outsideCounties)}</strong> left out for living outside the
            election&rsquo;s counties
          </li>
        )}
      </ul>
      <div className="gotv-counts">
        <DataTable
          caption="By county"
          rows={u.byCounty}
          rowKey={(c) => c.county}
          empty="Nobody yet."
          columns={[
            { header: 'County', rowHeader: true, cell: (c) => c.county || 'Unknown' },
            { header: 'Voters', cell: (c) => count(c.count), className: 'num' },
          ]}
        />
        <DataTable
          caption="By precinct"
          rows={u.byPrecinct}
          rowKey={(c) => `${c.county}/${c.precinct}`}
          empty="Nobody yet."
          columns={[
            { header: 'Precinct', rowHeader: true, cell: (c) => c.precinct || 'Unknown' },
            { header: 'County', cell: (c) => c.county },
            { header: 'Voters', cell: (c) => count(c.count), className: 'num' },
          ]}
        />
      </div>
      <h2>Who is in and why</h2>
      <SearchBox
        label="Find by name, address, precinct or voter ID"
        value={query}
        onChange={setQuery}
      />
      <DataTable
        caption={
          found.length > SHOWN
            ? `${count(found.length)} voters; the first ${SHOWN} shown — search to narrow`
            : `${count(found.length)} ${found.length === 1 ? 'voter' : 'voters'}`
        }
        rows={found.slice(0, SHOWN)}
        rowKey={(v) => v.id}
        empty={query ? 'Nobody matches the search.' : 'Nobody is in the universe yet.'}
        columns={[
          { header: 'Name', rowHeader: true, cell: (v) => formatName(v) },
          { header: 'Address', cell: (v) => formatStreetAddress(v) },
          { header: 'Precinct', cell: (v) => v.precinct },
          { header: 'Why', cell: (v) => v.reason },
          {
            header: 'Support',
            cell: (v) => (v.support ? `${v.support} · ${SUPPORT_LABELS[v.support as 1]}` : '—'),
          },
          { header: 'Voter ID', cell: (v) => v.id },
        ]}
      />
      <MemberMatchPanel electionId={electionId} onChanged={universe.reload} />
    </div>
  );
}
