/** What other features use of the votes area: the new-vote form (the live meeting opens elections with it). */
export { NewVoteForm } from './NewVoteForm';
