/**
 * What the walklist and gotv CLIs both take to read a voter file and cut it into turfs:
 * the parseArgs options and their checks, so the two speak the same flags the same way.
 */
import {
  PresetChoiceSchema,
  WalkModeSchema,
  type PresetChoice,
  type WalkMode,
} from '../shared/canvass/schema';

export const TURF_OPTIONS = {
  voters: { type: 'string' },
  preset: { type: 'string', default: 'auto' },
  county: { type: 'string' },
  'doors-per-turf': { type: 'string', default: '50' },
  mode: { type: 'string', default: 'odd-even' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface TurfChoices {
  preset: PresetChoice;
  mode: WalkMode;
  doorsPerTurf: number;
}

/** The preset, walk mode and turf size asked for, or a message naming the one that is wrong. */
export function turfChoicesOf(values: {
  preset: string;
  mode: string;
  'doors-per-turf': string;
}): TurfChoices | string {
  const preset = PresetChoiceSchema.safeParse(values.preset);
  if (!preset.success) return `unknown preset "${values.preset}"`;
  const mode = WalkModeSchema.safeParse(values.mode);
  if (!mode.success) return `unknown mode "${values.mode}"`;
  const doorsText = values['doors-per-turf'];
  const doors = Number(doorsText);
  if (!/^\d+$/.test(doorsText) || doors < 1 || doors > 10_000)
    return `--doors-per-turf must be a whole number from 1 to 10000, not "${doorsText}"`;
  return { preset: preset.data, mode: mode.data, doorsPerTurf: doors };
}
