import type { Election } from '../../../../shared/gotv/election';

/** What a GOTV tab's page is given: the chosen election (null when there is none yet). */
export interface GotvTabProps {
  election: Election | null;
  elections: Election[];
  reload: () => void;
}
