/**
 * Volunteers and shifts: volunteer records (a member's linked, a supporter's own), their CSV
 * import with duplicates flagged, shifts with sign-ups and attendance, and what each
 * volunteer did. The rules are the pure code of src/shared/volunteers.
 */
export { addVolunteer, getVolunteer, listVolunteers, updateVolunteer } from './volunteers';
export { analyseVolunteerCsv, commitVolunteerCsv, previewOf } from './import';
export {
  addShift,
  getShift,
  listShifts,
  setSignupStatus,
  signUpVolunteer,
  updateShift,
} from './shifts';
export { shiftPrint } from './print';
export { turfChecker, voterResults } from './results';
