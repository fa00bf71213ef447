import type { DeviceRow } from '../../../../shared/contract/devices';

export const ROLE_WORDS: Record<DeviceRow['role'], string> = {
  chapter: 'the chapter laptop (keeps votes, meetings, the platform and candidates)',
  officer: 'an officer’s laptop (members and field work)',
  volunteer: 'a volunteer’s laptop (field work only, no member contacts)',
};

export const ROLE_SHORT: Record<DeviceRow['role'], string> = {
  chapter: 'Chapter laptop',
  officer: 'Officer',
  volunteer: 'Volunteer',
};
