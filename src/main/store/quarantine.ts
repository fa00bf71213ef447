/**
 * `damaged/`: chapter files that could not be read, moved aside untouched. A file stays
 * "unresolved" (directly in `damaged/`) until the person deals with it — by restoring a
 * backup or by setting it aside explicitly — and while one is unresolved every launch
 * opens the recovery screen, never the first-run screen. Set-aside files move to
 * `damaged/set-aside/`, where they stay for a technician; nothing here is ever deleted.
 */
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { DAMAGES } from '../../shared/contract/app';
import { inspectFile, type Damage } from './inspect';

export const DAMAGED_DIR = 'damaged';
const SET_ASIDE_DIR = 'set-aside';
const DAMAGED_NAME = /^chapter-(\d{8}T\d{9}Z)(?:-\d+)?\.json$/;
/** Beside each damaged file: why it was moved, so a later launch need not read it again. */
const WHY = '.why.json';

const WhySchema = z.object({ kind: z.enum(DAMAGES), detail: z.string().max(5000) });

export interface Quarantined {
  /** The file's name inside `damaged/`. */
  name: string;
  kind: Damage;
  detail: string;
}

function damagedDir(dataDir: string): string {
  return join(dataDir, DAMAGED_DIR);
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Moves the data file into `damaged/` (never replacing an earlier copy) and notes why. */
export async function quarantine(
  dataFile: string,
  now: Date,
  why: { kind: Damage; detail: string },
): Promise<string> {
  const dir = join(dataFile, '..', DAMAGED_DIR);
  await mkdir(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[-:.]/g, '');
  let name = `chapter-${stamp}.json`;
  // Two opens in one millisecond, or a clock set back, must not replace an earlier copy.
  for (let n = 1; await exists(join(dir, name)); n++) name = `chapter-${stamp}-${n}.json`;
  await rename(dataFile, join(dir, name));
  await writeFile(join(dir, name + WHY), JSON.stringify(why), { mode: 0o600 });
  return join(dir, name);
}

/** Damaged files nobody has dealt with yet, newest first. */
export async function unresolvedDamage(dataDir: string): Promise<Quarantined[]> {
  let names: string[];
  try {
    names = (await readdir(damagedDir(dataDir))).filter((n) => DAMAGED_NAME.test(n));
  } catch {
    return [];
  }
  names.sort((a, b) => (a < b ? 1 : -1));
  return Promise.all(names.map((name) => describe(dataDir, name)));
}

async function describe(dataDir: string, name: string): Promise<Quarantined> {
  const path = join(damagedDir(dataDir), name);
  try {
    const why = WhySchema.parse(JSON.parse(await readFile(path + WHY, 'utf8')));
    return { name, ...why };
  } catch {
    // Moved by a version that kept no note: look at the file itself.
    const inspection = await inspectFile(path).catch(() => null);
    return inspection?.kind === 'damaged'
      ? { name, kind: inspection.damage, detail: inspection.detail }
      : { name, kind: 'schema-invalid', detail: 'This file could not be opened earlier.' };
  }
}

/** The person has dealt with the damaged files: move them (and their notes) to `set-aside/`. */
export async function setAsideDamage(dataDir: string): Promise<void> {
  const dir = damagedDir(dataDir);
  const pending = await unresolvedDamage(dataDir);
  if (pending.length === 0) return;
  await mkdir(join(dir, SET_ASIDE_DIR), { recursive: true });
  for (const { name } of pending) {
    await rename(join(dir, name), join(dir, SET_ASIDE_DIR, name));
    if (await exists(join(dir, name + WHY))) {
      await rename(join(dir, name + WHY), join(dir, SET_ASIDE_DIR, name + WHY));
    }
  }
}
