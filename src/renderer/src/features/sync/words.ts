import type { DeviceRole } from '../../../../shared/sync/protocol';

export const ROLE_WORDS: Record<DeviceRole, string> = {
  chapter: 'the chapter laptop',
  officer: 'an officer’s laptop',
  volunteer: 'a volunteer’s laptop',
};
