import { CANDIDATE_STATUS_LABELS, type CandidateStatus } from '../../../../shared/candidates';

export const pct = (x: number | null | undefined): string =>
  x === null || x === undefined ? '—' : `${x}%`;

export function statusLabel(status: CandidateStatus): string {
  return CANDIDATE_STATUS_LABELS[status];
}

export const JURISDICTION_LABELS = {
  county: 'County',
  district: 'District',
  city: 'City',
  state: 'State',
  other: 'Other',
} as const;

export const WEIGHT_LABELS = {
  core: 'Core (×3)',
  standard: 'Standard (×1)',
  minor: 'Minor (×½)',
} as const;

export const VOTE_LABELS = {
  yes: 'Yes',
  no: 'No',
  absent: 'Absent',
  present: 'Present',
  abstain: 'Abstain',
  'not-applicable': 'Not applicable',
} as const;
