/** Vote plans of the chosen election's universe: entered in a grid or imported as CSV. */
import { useMemo, useState } from 'react';
import { api } from '../../api';
import { Notice } from '../../ui/Notice';
import { SearchBox } from '../../ui/SearchBox';
import { useAsync } from '../../ui/useAsync';
import { NoElection } from './NoElection';
import { PlansGrid } from './PlansGrid';
import { PlansImport } from './PlansImport';
import type { GotvTabProps } from './tabProps';

/** The grid draws at most this many rows; the search narrows the rest. */
const SHOWN = 300;

export function PlansPage({ election }: GotvTabProps) {
  if (!election) return <NoElection />;
  return <Plans key={election.id} electionId={election.id} />;
}

function Plans({ electionId }: { electionId: string }) {
  const data = useAsync(async () => {
    const [universe, plans] = await Promise.all([
      api.gotv.universe({ electionId }),
      api.gotv.plans({ electionId }),
    ]);
    return { voters: universe.voters, plans: new Map(plans.map((p) => [p.voterId, p])) };
  });
  const [query, setQuery] = useState('');
  const found = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return (data.value?.voters ?? []).filter((v) => {
      const text = `${v.firstName} ${v.lastName} ${v.houseNumber} ${v.street} ${v.precinct} ${v.id}`;
      return words.every((w) => text.toLowerCase().includes(w));
    });
  }, [data.value, query]);
  if (!data.value) return <Notice kind="error">{data.error}</Notice>;
  const { voters, plans } = data.value;
  const counted = voters.filter((v) => plans.has(v.id)).length;
  const rides = voters.filter((v) => plans.get(v.id)?.needsRide).length;
  return (
    <div className="gotv-page">
      <p>
        {counted} of {voters.length} universe voters have a plan; {rides}{' '}
        {rides === 1 ? 'needs' : 'need'} a ride.
      </p>
      <SearchBox
        label="Find by name, address, precinct or voter ID"
        value={query}
        onChange={setQuery}
      />
      {found.length > SHOWN && (
        <p className="muted">
          The first {SHOWN} of {found.length} voters are shown: search to narrow.
        </p>
      )}
      <PlansGrid
        electionId={electionId}
        voters={found.slice(0, SHOWN)}
        saved={plans}
        onSaved={data.reload}
      />
      <PlansImport electionId={electionId} onImported={data.reload} />
    </div>
  );
}
