import { z } from 'zod';
import { THRESHOLD_LABELS, ThresholdSchema } from '../schema/chapter';

export { THRESHOLD_LABELS };

/**
 * Chapter-level settings, in one place. Every field has a default so older files (which lack
 * the whole object, or a newer field) simply get the defaults.
 *
 * To add a setting: a field here with a `.default(...)`, and a row in SETTINGS_FIELDS; the
 * Settings screen (features/settings/ChapterRulesPanel.tsx) renders every row, and
 * `settings.update` accepts it. Read it in main from `data.settings.<name>`.
 */
export const ChapterSettingsSchema = z.object({
  /** The supermajority rule for adopting, amending or removing a Secured Right. */
  rightsThreshold: ThresholdSchema.default('two-thirds-cast'),
});
export type ChapterSettings = z.infer<typeof ChapterSettingsSchema>;

export const DEFAULT_SETTINGS: ChapterSettings = ChapterSettingsSchema.parse({});

/** A partial change; fields left out keep their value. */
export const SettingsPatchSchema = ChapterSettingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

/** How the Settings screen shows each setting. */
export type SettingField =
  | { key: keyof ChapterSettings; kind: 'threshold'; label: string; help: string }
  | {
      key: keyof ChapterSettings;
      kind: 'percent';
      label: string;
      help: string;
      min: number;
      max: number;
    };

export const SETTINGS_FIELDS: readonly SettingField[] = [
  {
    key: 'rightsThreshold',
    kind: 'threshold',
    label: 'Changing a Secured Right needs',
    help: 'Adopting, amending or removing a Secured Right is put to a vote at this threshold.',
  },
];
