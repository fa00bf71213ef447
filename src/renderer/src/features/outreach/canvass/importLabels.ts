/** Words the voter-list import screens share: layouts, the privacy reminder, sizes. */
import { VOTER_FILE_NOTICE } from '../../../../../shared/canvass/presets';
import type { PresetChoice } from '../../../../../shared/canvass/schema';

export const PRESET_LABELS: Record<PresetChoice, string> = {
  auto: 'Detect the layout',
  ohio: 'Ohio statewide voter file',
  'north-carolina': 'North Carolina ncvoter',
  florida: 'Florida voter extract (no header)',
  generic: 'Generic CSV (header row)',
};

/** The domain's voter-file notice, plus what the chapter does with the paper. */
export const PRIVACY_REMINDER = `${VOTER_FILE_NOTICE} Keep the list on this laptop and collect the printed sheets back after each walk.`;

const DELIMITERS: Record<string, string> = {
  ',': 'Comma',
  '\t': 'Tab',
  '|': 'Pipe',
  ';': 'Semicolon',
};
export const delimiterName = (d: string): string => DELIMITERS[d] ?? `“${d}”`;

export function mb(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}
