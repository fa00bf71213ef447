import { z } from 'zod';
import { CountedThresholdSchema } from '../voting/motion';

/**
 * Chapter-level settings, in one place. Every field has a default so older files (which lack
 * the whole object, or a newer field) simply get the defaults. Add a field here with a
 * `.default(...)`, a label in SETTINGS_LABELS, and it shows up in Settings.
 */
export const ChapterSettingsSchema = z.object({
  /** The supermajority rule for adopting, amending or removing a Secured Right. */
  rightsThreshold: CountedThresholdSchema.default('two-thirds-cast'),
});
export type ChapterSettings = z.infer<typeof ChapterSettingsSchema>;

export const DEFAULT_SETTINGS: ChapterSettings = ChapterSettingsSchema.parse({});

/** A partial change; fields left out keep their value. */
export const SettingsPatchSchema = ChapterSettingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;
