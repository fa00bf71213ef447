/** How the screens and the printed agenda and minutes name agenda item kinds and minutes states. */
import type { MeetingSummary } from '../contract/meetings';
import type { AgendaItemKind } from './agenda';

export const KIND_LABELS: Record<AgendaItemKind, string> = {
  'call-to-order': 'Call to order',
  attendance: 'Attendance and quorum',
  'minutes-approval': 'Approval of minutes',
  reports: 'Reports',
  'old-business': 'Old business',
  'new-business': 'New business',
  'candidate-interviews': 'Candidate interviews',
  'outreach-planning': 'Outreach planning',
  'open-floor': 'Open floor',
  adjournment: 'Adjournment',
  other: 'Other',
};

export const MINUTES_STATUS: Record<MeetingSummary['minutes'], string> = {
  none: '—',
  draft: 'Draft',
  'approval-pending': 'Approval vote open',
  approved: 'Approved',
};
