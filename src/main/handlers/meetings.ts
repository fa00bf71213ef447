import type { meetingsChannels } from '../../shared/contract/meetings';
import * as meetings from '../services/meetings';
import { readSettled } from '../services/settled';
import type { HandlerContext, HandlersFor } from './types';

export function meetingsHandlers({
  session,
  host,
}: HandlerContext): HandlersFor<typeof meetingsChannels> {
  return {
    'meetings.list': () => meetings.listMeetings(readSettled(session)),
    'meetings.get': ({ id }) => meetings.getMeeting(session, id),
    'meetings.create': (input) => meetings.createMeeting(session, input),
    'meetings.update': ({ id, details }) => meetings.updateMeeting(session, id, details),
    'meetings.remove': ({ id }) => meetings.removeMeeting(session, id),
    'meetings.setAgenda': ({ id, agenda }) => meetings.setAgenda(session, id, agenda),
    'meetings.event': ({ id, event }) => meetings.appendEvent(session, id, event),
    'meetings.undo': ({ id, eventId }) => meetings.undoLastEvent(session, id, eventId),
    'meetings.motion': (input) => meetings.makeMotion(session, input),
    'meetings.appeal': (input) => meetings.appealRuling(session, input),
    'meetings.election': (input) => meetings.openElection(session, input),
    'meetings.saveNotes': ({ id, secretaryNotes }) =>
      meetings.saveNotes(session, id, secretaryNotes),
    'meetings.saveMinutesDraft': ({ id, markdown }) =>
      meetings.saveMinutesDraft(session, id, markdown),
    'meetings.exportMinutesMarkdown': ({ id }) => meetings.exportMinutesMarkdown(session, host, id),
    'meetings.openProjector': async ({ id }) => {
      meetings.meetingView(session.current().data, id, session.clock());
      await host.openProjector(`#/projector/meeting/${encodeURIComponent(id)}`);
      return { opened: true };
    },
    'meetings.minutesMarkdown': ({ id }) => ({
      markdown: meetings.minutesMarkdownOf(readSettled(session), id),
    }),
  };
}
