/** The canvass settings (script, organiser), kept beside the voter files of the data folder. */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CanvassSettingsSchema,
  type CanvassSettings,
  type CanvassSettingsPatch,
} from '../../../shared/contract/canvass';
import { writeFileDurable } from '../../store/durable';

const SETTINGS_FILE = 'canvass-settings.json';

export async function readCanvassSettings(dir: string): Promise<CanvassSettings> {
  try {
    const raw = await readFile(join(dir, 'voters', SETTINGS_FILE), 'utf8');
    const parsed = CanvassSettingsSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
  } catch {
    // missing or unreadable: the defaults (the person can save new settings)
  }
  return CanvassSettingsSchema.parse({});
}

/** Saves the settings the patch names; the others keep their saved values. */
export async function saveCanvassSettings(
  dir: string,
  patch: CanvassSettingsPatch,
): Promise<CanvassSettings> {
  const next = CanvassSettingsSchema.parse({ ...(await readCanvassSettings(dir)), ...patch });
  await mkdir(join(dir, 'voters'), { recursive: true });
  await writeFileDurable(join(dir, 'voters', SETTINGS_FILE), `${JSON.stringify(next, null, 2)}\n`);
  return next;
}
