import { z } from 'zod';
import { ChapterSettingsSchema, SettingsPatchSchema } from '../settings';
import { channels } from './define';

export const settingsChannels = channels({
  'settings.get': { input: z.undefined(), output: ChapterSettingsSchema },
  'settings.update': { input: SettingsPatchSchema, output: ChapterSettingsSchema },
});
