import type { volunteersChannels } from '../../shared/contract/volunteers';
import { updateSettled } from '../services/settled';
import {
  addShift,
  addVolunteer,
  analyseVolunteerCsv,
  commitVolunteerCsv,
  getShift,
  getVolunteer,
  listShifts,
  listVolunteers,
  previewOf,
  setSignupStatus,
  shiftPrint,
  signUpVolunteer,
  turfChecker,
  updateShift,
  updateVolunteer,
  voterResults,
} from '../services/volunteers';
import type { HandlerContext, HandlersFor } from './types';

export function volunteersHandlers({
  session,
}: HandlerContext): HandlersFor<typeof volunteersChannels> {
  const read = voterResults(session);
  const checkTurf = turfChecker(session);
  return {
    'volunteers.list': (filter) => listVolunteers(session, filter),
    'volunteers.get': ({ id }) => getVolunteer(session, id, read),
    'volunteers.add': (input) => addVolunteer(session, input),
    'volunteers.update': ({ id, volunteer }) => updateVolunteer(session, id, volunteer),
    'volunteers.importPreview': ({ csv, mapping }) =>
      previewOf(analyseVolunteerCsv(csv, mapping, session.current().data)),
    'volunteers.importCommit': ({ csv, mapping, choices }) =>
      updateSettled(session, (data) =>
        commitVolunteerCsv(data, analyseVolunteerCsv(csv, mapping, data), choices, session.clock()),
      ),
    'shifts.list': () => listShifts(session),
    'shifts.get': ({ id }) => getShift(session, id, read),
    'shifts.add': (input) => addShift(session, input, checkTurf),
    'shifts.update': ({ id, shift }) => updateShift(session, id, shift, checkTurf),
    'shifts.signUp': ({ shiftId, volunteerId }) =>
      signUpVolunteer(session, shiftId, volunteerId, read),
    'shifts.setStatus': (input) => setSignupStatus(session, input, read),
    'shifts.print': ({ id }) => shiftPrint(session, id, read),
  };
}
