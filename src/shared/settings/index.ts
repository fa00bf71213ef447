import { z } from 'zod';
import { THRESHOLD_LABELS, ThresholdSchema } from '../schema/chapter';
import { FlyerDisclaimerSchema } from '../outreach/flyer';
import { patchOf } from '../schema/patch';

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
  /** Candidates: the vote an endorsement needs. */
  endorsementThreshold: ThresholdSchema.default('two-thirds-cast'),
  /** Candidates: the vote a motion to review or withdraw an endorsement needs. */
  accountabilityThreshold: ThresholdSchema.default('two-thirds-cast'),
  /** Candidates: an official scoring below this percentage triggers a motion. */
  scorecardBarPct: z.number().min(0).max(100).default(80),
  /** Candidates: absent, present and abstain count against the official, or are left out. */
  scorecardNonVotes: z.enum(['misaligned', 'excluded']).default('misaligned'),
  /** Candidates: unanswered questions are left out of the alignment, or score 0. */
  questionnaireNonAnswers: z.enum(['exclude', 'zero']).default('exclude'),
  /**
   * Outreach: the “Paid for by …” notice every flyer prints, in English and Spanish. Edited on
   * Outreach → Flyers (a bilingual text, so it has no row in SETTINGS_FIELDS).
   */
  flyerDisclaimer: FlyerDisclaimerSchema.prefault({}),
});
export type ChapterSettings = z.infer<typeof ChapterSettingsSchema>;

export const DEFAULT_SETTINGS: ChapterSettings = ChapterSettingsSchema.parse({});

/**
 * A partial change; fields left out keep their value. Not `.partial()`: that keeps each
 * field's default, so saving one setting would put every other one back to its default.
 */
export const SettingsPatchSchema = patchOf(ChapterSettingsSchema);
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
    }
  | {
      key: keyof ChapterSettings;
      kind: 'choice';
      label: string;
      help: string;
      options: readonly { value: string; label: string }[];
    };

export const SETTINGS_FIELDS: readonly SettingField[] = [
  {
    key: 'rightsThreshold',
    kind: 'threshold',
    label: 'Changing a Secured Right needs',
    help: 'Adopting, amending or removing a Secured Right is put to a vote at this threshold.',
  },
  {
    key: 'endorsementThreshold',
    kind: 'threshold',
    label: 'Endorsing a candidate needs',
    help: 'An endorsement (or conditional endorsement) is put to a vote at this threshold.',
  },
  {
    key: 'accountabilityThreshold',
    kind: 'threshold',
    label: 'Reviewing or withdrawing an endorsement needs',
    help: 'The threshold written into the motion the app drafts when an official trips a trigger.',
  },
  {
    key: 'scorecardBarPct',
    kind: 'percent',
    label: 'Scorecard bar',
    help: 'An endorsed official whose scorecard falls below this percentage triggers a motion.',
    min: 0,
    max: 100,
  },
  {
    key: 'scorecardNonVotes',
    kind: 'choice',
    label: 'On a key vote, absent, present and abstain',
    help: 'The League of Conservation Voters counts a missed vote against the official.',
    options: [
      { value: 'misaligned', label: 'Count against the official' },
      { value: 'excluded', label: 'Are left out of the score' },
    ],
  },
  {
    key: 'questionnaireNonAnswers',
    kind: 'choice',
    label: 'Unanswered questionnaire questions',
    help: 'Voting-advice tools leave skipped questions out; coverage is always shown beside the score.',
    options: [
      { value: 'exclude', label: 'Are left out of the alignment' },
      { value: 'zero', label: 'Score 0' },
    ],
  },
];
