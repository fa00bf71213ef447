import type { CandidateDetail, CandidatesOverview } from '../../../../shared/contract/candidates';
import type { Action } from '../../ui/useAction';

/**
 * What the candidate page hands each of its panels: the candidate's record, the chapter's
 * questionnaires, and the page's runner (the page reloads after every change a panel makes).
 */
export interface CandidatePanelProps {
  detail: CandidateDetail;
  questionnaires: CandidatesOverview['questionnaires'];
  action: Action;
}
