import type { DeviceRole } from '../../../../shared/sync/published';

export const ROLE_WORDS: Record<DeviceRole, string> = {
  chapter: 'the chapter laptop',
  officer: 'an officer’s laptop',
  volunteer: 'a volunteer’s laptop',
};
