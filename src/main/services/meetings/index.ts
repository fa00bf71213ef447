/**
 * Meetings: agendas, the live meeting's event log, minutes. Every decision made in a meeting
 * is a vote in the vote log linked to the meeting and item; results are read back from there.
 */
export { meetingFromTemplate, placeOnNextMeetingAgenda } from './nextMeeting';
export {
  exportMinutesMarkdown,
  getMeeting,
  listMeetings,
  meetingView,
  minutesMarkdownOf,
} from './views';
export {
  appendEvent,
  createMeeting,
  removeMeeting,
  saveMinutesDraft,
  saveNotes,
  setAgenda,
  undoLastEvent,
  updateMeeting,
} from './edits';
export { appealRuling, makeMotion, openElection } from './motions';
