/**
 * Rolling backups of the chapter file in `backups/` beside it. Kept: the newest 10, plus
 * the newest of each of the last 14 days. Names sort by time and say why they were made.
 */
import { copyFile, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupInfo } from '../../shared/contract/app';
import { fsyncDir, fsyncFile } from './durable';
import { inspectFile } from './inspect';

export const BACKUP_REASONS = ['open', 'migration', 'import', 'periodic', 'restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

const NAME = /^chapter-(\d{8}T\d{6}\d{3}Z)(?:-\d+)?-([a-z]+)\.json$/;
const KEEP_NEWEST = 10;
const KEEP_DAYS = 14;

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function parseStamp(s: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(s);
  if (!m) return new Date(NaN);
  const [, y, mo, d, h, mi, se, ms] = m;
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:${se}.${ms}Z`);
}

export function backupsDir(dataFile: string): string {
  return join(dataFile, '..', 'backups');
}

/** What the caller knows of the data file's bytes: spares reading them again. */
export interface CurrentBytes {
  bytes: Uint8Array;
  /** A backup recorded (in the seal) as holding exactly these bytes. */
  knownCopy?: string;
}

/** Copies the data file into backups/; returns the backup's name (null: no data file). */
export async function createBackup(
  dataFile: string,
  reason: BackupReason,
  now = new Date(),
  current?: CurrentBytes,
): Promise<string | null> {
  if (!current) {
    try {
      await stat(dataFile);
    } catch {
      return null;
    }
  }
  const dir = backupsDir(dataFile);
  await mkdir(dir, { recursive: true });
  // Opening the same file again and again must not push older, different backups out.
  if (reason === 'open') {
    const same = await newestIfIdentical(dir, dataFile, current);
    if (same) return same;
  }
  let name = `chapter-${stamp(now)}-${reason}.json`;
  for (let n = 1; (await exists(join(dir, name))) && n < 1000; n++) {
    name = `chapter-${stamp(now)}-${n}-${reason}.json`;
  }
  await copyFile(dataFile, join(dir, name));
  // The copy itself must survive a power cut, not just its name (the seal may name it).
  await fsyncFile(join(dir, name));
  await fsyncDir(dir);
  await pruneBackups(dir, now);
  return name;
}

/** The newest backup's name when it holds exactly the data file's bytes, else null. */
async function newestIfIdentical(
  dir: string,
  dataFile: string,
  current?: CurrentBytes,
): Promise<string | null> {
  const [newest] = newestFirst((await readdir(dir)).filter((n) => NAME.test(n)));
  if (!newest) return null;
  const latestPath = join(dir, newest.name);
  const [size, latest] = await Promise.all([
    current ? current.bytes.byteLength : stat(dataFile).then((s) => s.size),
    stat(latestPath),
  ]);
  if (size !== latest.size) return null;
  if (current?.knownCopy === newest.name) return newest.name;
  const [a, b] = await Promise.all([current?.bytes ?? readFile(dataFile), readFile(latestPath)]);
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b) ? newest.name : null;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Backup names with their times, newest first (same millisecond: the higher copy number). */
function newestFirst(names: string[]): { name: string; at: Date }[] {
  const copy = (name: string) => Number(/-(\d+)-[a-z]+\.json$/.exec(name)?.[1] ?? 0);
  return names
    .map((name) => ({ name, match: NAME.exec(name) }))
    .filter((x): x is { name: string; match: RegExpExecArray } => x.match !== null)
    .map(({ name, match }) => ({ name, at: parseStamp(match[1] ?? '') }))
    .sort((a, b) => b.at.getTime() - a.at.getTime() || copy(b.name) - copy(a.name));
}

/** Which backup names to keep; pure, so the retention rule is tested on its own. */
export function backupsToKeep(names: string[], now: Date): Set<string> {
  const dated = newestFirst(names);
  const keep = new Set(dated.slice(0, KEEP_NEWEST).map((b) => b.name));
  const cutoff = now.getTime() - KEEP_DAYS * 24 * 3600 * 1000;
  const days = new Set<string>();
  for (const b of dated) {
    const day = b.at.toISOString().slice(0, 10);
    if (b.at.getTime() >= cutoff && !days.has(day)) {
      days.add(day);
      keep.add(b.name);
    }
  }
  return keep;
}

export async function pruneBackups(dir: string, now = new Date()): Promise<void> {
  const names = (await readdir(dir)).filter((n) => NAME.test(n));
  const keep = backupsToKeep(names, now);
  await Promise.all(
    names.filter((n) => !keep.has(n)).map((n) => rm(join(dir, n), { force: true })),
  );
}

export async function listBackups(dataFile: string): Promise<BackupInfo[]> {
  const dir = backupsDir(dataFile);
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => NAME.test(n));
  } catch {
    return [];
  }
  const infos = await Promise.all(
    names.map(async (id): Promise<BackupInfo> => {
      const match = NAME.exec(id);
      const path = join(dir, id);
      const [{ size }, inspection] = await Promise.all([stat(path), inspectFile(path)]);
      const base = {
        id,
        createdAt: parseStamp(match?.[1] ?? '').toISOString(),
        reason: match?.[2] ?? 'unknown',
        bytes: size,
      };
      if (inspection.kind === 'ok') {
        return {
          ...base,
          valid: true,
          chapterName: inspection.data.chapter?.name ?? null,
          members: inspection.data.members.length,
          problem: null,
        };
      }
      const problem = inspection.kind === 'damaged' ? inspection.detail : 'missing';
      return { ...base, valid: false, chapterName: null, members: null, problem };
    }),
  );
  return infos.sort((a, b) => b.id.localeCompare(a.id));
}

/** Resolves a backup id to its path, refusing anything that is not a plain backup name. */
export function backupPath(dataFile: string, id: string): string | null {
  return NAME.test(id) ? join(backupsDir(dataFile), id) : null;
}
