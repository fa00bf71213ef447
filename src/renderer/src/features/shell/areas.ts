/** The app's areas, in navigation order (Shell.tsx routes each path to its lazy page). */
export const AREAS = [
  { path: '/meetings', label: 'Meetings' },
  { path: '/votes', label: 'Votes' },
  { path: '/platform', label: 'Platform' },
  { path: '/candidates', label: 'Candidates' },
  { path: '/outreach', label: 'Outreach' },
  { path: '/volunteers', label: 'Volunteers' },
  { path: '/gotv', label: 'Get out the vote' },
  { path: '/members', label: 'Members' },
  { path: '/sync', label: 'Sync' },
  { path: '/settings', label: 'Settings' },
] as const;
