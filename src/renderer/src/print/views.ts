/**
 * The renderer's half of the print registry (src/shared/print/documents.ts): for every
 * document there, the view that draws it. Each view is loaded (its own chunk, with its own
 * stylesheet) only when that document is printed. A document missing here, or a view whose
 * parameters are not its document's, does not compile.
 */
import type { PrintViews } from './printView';

export const PRINT_VIEWS = {
  'sign-in-sheet': () => import('./SignInSheet').then((m) => m.signInSheetView),
  'vote-result': () => import('./VoteResultSheet').then((m) => m.voteResultView),
  'tally-sheet': () => import('./VoteResultSheet').then((m) => m.tallySheetView),
  flyer: () => import('./Flyer').then((m) => m.flyerView),
  'walk-packet': () => import('./canvass/WalkPacket').then((m) => m.walkPacketView),
  'call-sheet': () => import('./canvass/CallSheet').then((m) => m.callSheetView),
  'gotv-strike-list': () => import('./gotv/StrikeList').then((m) => m.strikeListView),
  'gotv-chase-list': () => import('./gotv/ChaseList').then((m) => m.chaseListView),
  'gotv-rides-list': () => import('./gotv/RidesList').then((m) => m.ridesListView),
  'candidate-questionnaire': () =>
    import('./candidates/QuestionnaireDoc').then((m) => m.questionnaireView),
  'candidate-comparison': () => import('./candidates/ComparisonDoc').then((m) => m.comparisonView),
  'key-vote-letter': () => import('./candidates/KeyVoteLetter').then((m) => m.keyVoteLetterView),
  'candidate-report-card': () => import('./candidates/ReportCard').then((m) => m.reportCardView),
  'meeting-agenda': () => import('./MeetingDocs').then((m) => m.agendaView),
  'meeting-minutes': () => import('./MeetingDocs').then((m) => m.minutesView),
  platform: () => import('./MeetingDocs').then((m) => m.platformView),
  'shift-signup-sheet': () =>
    import('./volunteers/ShiftSheets').then((m) => m.shiftSignupSheetView),
  'shift-roster': () => import('./volunteers/ShiftSheets').then((m) => m.shiftRosterView),
  'county-coverage': () => import('./CoverageDoc').then((m) => m.coverageView),
  'social-image': () => import('./SocialImageDoc').then((m) => m.socialImageView),
} satisfies PrintViews;
