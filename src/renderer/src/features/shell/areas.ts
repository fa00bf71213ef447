/** The app's areas, in navigation order. `ready: false` areas say plainly they are coming. */
export const AREAS = [
  {
    path: '/meetings',
    label: 'Meetings',
    ready: true,
    about:
      'Agendas with time boxes, live meeting mode with a speakers’ queue, a projector window and minutes.',
  },
  {
    path: '/votes',
    label: 'Votes',
    ready: true,
    about: 'Motions, elections and paper-ballot counts with a recount anyone can re-run.',
  },
  {
    path: '/platform',
    label: 'Platform',
    ready: true,
    about: 'Secured Rights, policies by area, rights review and the printable platform.',
  },
  {
    path: '/candidates',
    label: 'Candidates',
    ready: true,
    about: 'Questionnaires from the platform, scored interviews, endorsements and scorecards.',
  },
  {
    path: '/outreach',
    label: 'Outreach',
    ready: true,
    about: 'County flyers in English and Spanish, canvass walk sheets and packets.',
  },
  { path: '/members', label: 'Members', ready: true, about: '' },
  { path: '/settings', label: 'Settings', ready: true, about: '' },
] as const;
