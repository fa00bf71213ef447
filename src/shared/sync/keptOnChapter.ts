/**
 * The one table of which channels change what the chapter laptop keeps (votes, meetings,
 * platform, candidates): on any other laptop of a syncing chapter those calls are refused in
 * main (src/main/sync/readOnly.ts), and the areas show the published copy. Every channel of
 * these four groups is listed, so a new one does not compile until it is classified here.
 */
import type { Channel } from '../contract';

type Area = 'votes' | 'meetings' | 'platform' | 'candidates';
type AreaChannel = Extract<Channel, `${Area}.${string}`>;

/** `write`: changes the area (refused away from the chapter laptop); `read`: only reads or saves a file. */
const KIND: Record<AreaChannel, 'read' | 'write'> = {
  'votes.list': 'read',
  'votes.get': 'read',
  'votes.open': 'write',
  'votes.freezePresence': 'write',
  'votes.recordCounts': 'write',
  'votes.declareVoice': 'write',
  'votes.requestDivision': 'write',
  'votes.recordObjection': 'write',
  'votes.rollCall': 'write',
  'votes.enterBallot': 'write',
  'votes.undoBallot': 'write',
  'votes.resolveMismatch': 'write',
  'votes.reconcile': 'write',
  'votes.openRound': 'write',
  'votes.drawLot': 'write',
  'votes.certify': 'write',
  'votes.verify': 'read',
  'votes.exportBallotFile': 'read',
  'votes.exportSummary': 'read',
  'votes.recountFile': 'read',
  'votes.exportRecountSummary': 'read',
  'meetings.list': 'read',
  'meetings.get': 'read',
  'meetings.create': 'write',
  'meetings.update': 'write',
  'meetings.remove': 'write',
  'meetings.setAgenda': 'write',
  'meetings.event': 'write',
  'meetings.undo': 'write',
  'meetings.motion': 'write',
  'meetings.appeal': 'write',
  'meetings.election': 'write',
  'meetings.saveNotes': 'write',
  'meetings.saveMinutesDraft': 'write',
  'meetings.exportMinutesMarkdown': 'read',
  'meetings.openProjector': 'read',
  'meetings.minutesMarkdown': 'read',
  'platform.get': 'read',
  'platform.proposeRight': 'write',
  'platform.addArea': 'write',
  'platform.renameArea': 'write',
  'platform.removeArea': 'write',
  'platform.createPolicy': 'write',
  'platform.updatePolicy': 'write',
  'platform.transition': 'write',
  'platform.recordFinding': 'write',
  'platform.proposeAmendment': 'write',
  'platform.withdrawAmendment': 'write',
  'platform.putToVote': 'write',
  'candidates.list': 'read',
  'candidates.get': 'read',
  'candidates.add': 'write',
  'candidates.update': 'write',
  'candidates.setStatus': 'write',
  'candidates.addTerm': 'write',
  'candidates.reportCondition': 'write',
  'candidates.openEndorsementVote': 'write',
  'candidates.placeMotion': 'write',
  'candidates.setAsideDecision': 'write',
  'candidates.questionnaire': 'read',
  'candidates.createQuestionnaire': 'write',
  'candidates.saveResponse': 'write',
  'candidates.exportForm': 'read',
  'candidates.importForm': 'write',
  'candidates.savePanel': 'write',
  'candidates.scoreAnswers': 'write',
  'candidates.compare': 'read',
  'candidates.keyVotes': 'read',
  'candidates.addKeyVote': 'write',
  'candidates.recordOfficialVote': 'write',
};

const AREA_WORDS: Record<Area, string> = {
  votes: 'Votes and their results',
  meetings: 'Meetings and minutes',
  platform: 'The platform and its versions',
  candidates: 'Candidates and the chapter’s decisions on them',
};

/** The area a channel changes when it is kept on the chapter laptop, in words; null otherwise. */
export function keptAreaOf(channel: Channel): string | null {
  const kind = (KIND as Partial<Record<Channel, 'read' | 'write'>>)[channel];
  if (kind !== 'write') return null;
  return AREA_WORDS[channel.split('.')[0] as Area];
}
