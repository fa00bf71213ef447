/** Sample candidates for "Explore with a sample chapter" (see sample.ts). */
import type { StoreData } from '../../shared/schema/store';

type CandidateCollections = Pick<
  StoreData,
  | 'candidates'
  | 'questionnaires'
  | 'questionnaireResponses'
  | 'interviews'
  | 'keyVotes'
  | 'officialVotes'
  | 'candidateDecisions'
>;

export function sampleCandidates(_now: Date): CandidateCollections {
  return {
    candidates: [],
    questionnaires: [],
    questionnaireResponses: [],
    interviews: [],
    keyVotes: [],
    officialVotes: [],
    candidateDecisions: [],
  };
}
