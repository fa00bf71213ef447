/**
 * Rolling backups of the chapter file in `backups/` beside it. Kept: the newest 10, plus
 * the newest of each of the last 14 days. Names say when and why each was made.
 *
 * "Newest" is decided by a sequence number in the name, not by the wall clock: a laptop
 * whose clock was once set to 2099 must not pin its future-dated copies above the ones made
 * since, and a clock set back must not make new copies look old. Names written before the
 * sequence existed (no `s…` part) count as older than every numbered one.
 */
import { constants } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupInfo } from '../../shared/contract/app';
import { fsyncDir, fsyncFile } from './durable';
import { inspectFile } from './inspect';

export const BACKUP_REASONS = ['open', 'migration', 'import', 'periodic', 'restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

const NAME = /^chapter-(?:s(\d{6,})-)?(\d{8}T\d{6}\d{3}Z)(?:-(\d+))?-([a-z]+)\.json$/;
const KEEP_NEWEST = 10;
const KEEP_DAYS = 14;
const DAY_MS = 24 * 3600 * 1000;

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function parseStamp(s: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(s);
  if (!m) return new Date(NaN);
  const [, y, mo, d, h, mi, se, ms] = m;
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:${se}.${ms}Z`);
}

interface Parsed {
  name: string;
  /** 0 for names from before the sequence. */
  seq: number;
  at: Date;
  /** Same-millisecond copy number of an unnumbered name. */
  copy: number;
  reason: string;
}

function parseName(name: string): Parsed | null {
  const m = NAME.exec(name);
  if (!m) return null;
  return {
    name,
    seq: Number(m[1] ?? 0),
    at: parseStamp(m[2] ?? ''),
    copy: Number(m[3] ?? 0),
    reason: m[4] ?? 'unknown',
  };
}

/** Backup names, newest first: by sequence, then (unnumbered names) by time and copy. */
function newestFirst(names: string[]): Parsed[] {
  return names
    .map(parseName)
    .filter((p): p is Parsed => p !== null)
    .sort((a, b) => b.seq - a.seq || b.at.getTime() - a.at.getTime() || b.copy - a.copy);
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
  const names = await readdir(dir);
  const seq = Math.max(0, ...names.map((n) => parseName(n)?.seq ?? 0)) + 1;
  const name = `chapter-s${String(seq).padStart(6, '0')}-${stamp(now)}-${reason}.json`;
  // COPYFILE_EXCL: never replace a backup, whatever the names in the folder say.
  await copyFile(dataFile, join(dir, name), constants.COPYFILE_EXCL);
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

/**
 * Which backup names to keep; pure, so the retention rule is tested on its own. A copy
 * dated in the future (made while the clock was wrong) keeps no day of its own: it stays
 * only while it is among the newest 10 by sequence.
 */
export function backupsToKeep(names: string[], now: Date): Set<string> {
  const dated = newestFirst(names);
  const keep = new Set(dated.slice(0, KEEP_NEWEST).map((b) => b.name));
  const cutoff = now.getTime() - KEEP_DAYS * DAY_MS;
  const days = new Set<string>();
  for (const b of dated) {
    const day = b.at.toISOString().slice(0, 10);
    const t = b.at.getTime();
    if (t >= cutoff && t <= now.getTime() + DAY_MS && !days.has(day)) {
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
    newestFirst(names).map(async ({ name: id, at, reason }): Promise<BackupInfo> => {
      const path = join(dir, id);
      const [{ size }, inspection] = await Promise.all([stat(path), inspectFile(path)]);
      const base = {
        id,
        createdAt: at.toISOString(),
        reason,
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
  return infos;
}

/** Resolves a backup id to its path, refusing anything that is not a plain backup name. */
export function backupPath(dataFile: string, id: string): string | null {
  return NAME.test(id) ? join(backupsDir(dataFile), id) : null;
}
