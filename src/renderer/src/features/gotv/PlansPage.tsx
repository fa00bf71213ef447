/** Vote plans of the chosen election's universe: entered in a grid or imported as CSV. */
import type { GotvTabProps } from './tabProps';
import { NoElection } from './NoElection';

export function PlansPage({ election }: GotvTabProps) {
  if (!election) return <NoElection />;
  return <p>Vote plans for {election.name}.</p>;
}
