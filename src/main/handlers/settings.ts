import type { settingsChannels } from '../../shared/contract/settings';
import { ChapterSettingsSchema } from '../../shared/settings';
import { updateSettled } from '../services/settled';
import type { HandlerContext, HandlersFor } from './types';

export function settingsHandlers({
  session,
}: HandlerContext): HandlersFor<typeof settingsChannels> {
  return {
    'settings.get': () => session.current().data.settings,
    'settings.update': (patch) =>
      updateSettled(session, (data) => {
        const settings = ChapterSettingsSchema.parse({ ...data.settings, ...patch });
        return { data: { ...data, settings }, result: settings };
      }),
  };
}
