/**
 * Voter data on disk, kept apart from the chapter file: `<dataDir>/voters/`.
 *
 *   <id>.meta.json       list metadata: file date, import summaries and diffs, chapter marks,
 *                        and which rows file is current (the meta file is the commit point)
 *   <id>.voters.<n>.ndjson  the voter rows of import n: a header line, then one JSON array
 *                        per voter (older imports' files are removed once the meta is saved)
 *   <id>.results.ndjson  canvass results, append-only, keyed by state voter ID; never
 *                        rewritten by a re-import, so history survives new voter files
 *   <id>.turfs.json      the last turf cut
 *
 * Whole-file writes go to a unique temp file in the same directory, are fsynced, renamed
 * over the old file and the directory fsynced (the lead's writeFileDurable; the voter
 * rows, which can be hundreds of MB, are streamed the same way by rowsFile.ts). Appends are
 * fsynced; a torn last line after a crash is skipped and reported when read back.
 */
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ResultEntrySchema, type ResultEntry } from '../../../shared/canvass/results';
import {
  TurfSetSchema,
  VoterListMetaSchema,
  type TurfSet,
  type Voter,
  type VoterListMeta,
} from '../../../shared/canvass/schema';
import { AppError, formatIssues } from '../../../shared/errors';
import { tallyEntryOf, type TallyEntry } from '../../../shared/outreach/tallyEntry';
import { fsyncDir, writeFileDurable } from '../../store/durable';
import { appendJsonLines, readJsonLines, scanJsonLines } from '../../store/ndjson';
import { readHouseholdKeys, readVoterRows, writeVoterRows } from './rowsFile';

/** Longer result lines are damaged, never read into a string (far more than an entry needs). */
export const MAX_RESULT_LINE_BYTES = 1024 * 1024;

/**
 * What changed in a data folder's voter lists, once on disk: results appended to a list,
 * or a list's metadata written (an import, a re-import, chapter marks).
 */
export type VoterChange =
  | { kind: 'results'; dataDir: string; listId: string; entries: readonly ResultEntry[] }
  | { kind: 'meta'; dataDir: string; meta: VoterListMeta };
type ChangeListener = (change: VoterChange) => void;
const changeListeners = new Set<ChangeListener>();

export class VoterStore {
  readonly dir: string;

  /** Listens to every change (see VoterChange), in any data folder. Returns unsubscribe. */
  static onChange(listener: ChangeListener): () => void {
    changeListeners.add(listener);
    return () => changeListeners.delete(listener);
  }

  constructor(readonly dataDir: string) {
    this.dir = join(dataDir, 'voters');
  }

  private path(id: string, kind: 'meta.json' | 'results.ndjson' | 'turfs.json'): string {
    return join(this.dir, `${id}.${kind}`);
  }

  /** A new file name for the rows of an import; the meta file points at the current one. */
  votersFileName(id: string, importNumber: number): string {
    return `${id}.voters.${importNumber}.ndjson`;
  }

  async ensureDir(): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
  }

  async listIds(): Promise<string[]> {
    try {
      const names = await readdir(this.dir);
      return names
        .filter((n) => n.endsWith('.meta.json'))
        .map((n) => n.slice(0, -'.meta.json'.length));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  async readMeta(id: string): Promise<VoterListMeta | null> {
    const json = await readJson(this.path(id, 'meta.json'));
    if (json === undefined) return null;
    const parsed = VoterListMetaSchema.safeParse(json);
    if (!parsed.success) {
      throw new AppError(
        'damaged',
        `The voter list "${id}" has damaged metadata: ${formatIssues(parsed.error.issues).join('; ')}`,
      );
    }
    return parsed.data;
  }

  async writeMeta(meta: VoterListMeta): Promise<void> {
    await this.ensureDir();
    await writeFileDurable(this.path(meta.id, 'meta.json'), JSON.stringify(meta, null, 1));
    for (const listener of changeListeners) listener({ kind: 'meta', dataDir: this.dataDir, meta });
  }

  async readTurfs(id: string): Promise<TurfSet | null> {
    const json = await readJson(this.path(id, 'turfs.json'));
    if (json === undefined) return null;
    const parsed = TurfSetSchema.safeParse(json);
    if (!parsed.success)
      throw new AppError('damaged', `The turfs of "${id}" are damaged; cut them again.`);
    return parsed.data;
  }

  async writeTurfs(set: TurfSet): Promise<void> {
    await this.ensureDir();
    await writeFileDurable(this.path(set.listId, 'turfs.json'), JSON.stringify(set));
  }

  /** Streams the voter rows to disk durably (temp file, fsync, rename, fsync dir). */
  async writeVoters(fileName: string, voters: readonly Voter[]): Promise<void> {
    await this.ensureDir();
    await writeVoterRows(join(this.dir, fileName), voters);
  }

  /** Reads the rows back; repeated strings (streets, cities, household keys…) are shared. */
  readVoters(id: string, fileName: string): Promise<Voter[]> {
    return readVoterRows(join(this.dir, fileName), id);
  }

  /** Voter ID → household key of a rows file, streamed (for re-import diffs of big lists). */
  readVoterKeys(fileName: string): Promise<Map<string, string>> {
    return readHouseholdKeys(join(this.dir, fileName));
  }

  /** Appends result entries durably (fsync before returning). */
  async appendResults(id: string, entries: readonly ResultEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.ensureDir();
    await appendJsonLines(this.path(id, 'results.ndjson'), entries);
    for (const listener of changeListeners)
      listener({ kind: 'results', dataDir: this.dataDir, listId: id, entries });
  }

  /**
   * All result entries, oldest first. Unreadable lines (a torn write) are counted, not fatal.
   * The file is read line by line as a stream, never as one string; a line longer than
   * MAX_RESULT_LINE_BYTES (no real entry comes near it) is damaged and never decoded.
   */
  readResults(id: string): Promise<{ entries: ResultEntry[]; damagedLines: number[] }> {
    return readJsonLines(this.path(id, 'results.ndjson'), ResultEntrySchema, MAX_RESULT_LINE_BYTES);
  }

  /** Whether the list has a results file with anything in it. */
  async hasResults(id: string): Promise<boolean> {
    const size = await stat(this.path(id, 'results.ndjson')).then(
      (s) => s.size,
      () => 0,
    );
    return size > 0;
  }

  /**
   * Each result as the county tally reads it (tallyEntry.ts), in file order, handed over one
   * by one (none kept): the same lines taken, and the same line numbers returned as damaged,
   * as readResults, without building whole entries.
   */
  scanTallyEntries(id: string, each: (entry: TallyEntry) => void): Promise<number[]> {
    return scanJsonLines(
      this.path(id, 'results.ndjson'),
      MAX_RESULT_LINE_BYTES,
      tallyEntryOf,
      each,
    );
  }

  /** Removes voter-row files of the list other than `keep` (older imports). */
  async pruneVoters(id: string, keep: string | null): Promise<void> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const old = names.filter(
      (n) => n.startsWith(`${id}.voters.`) && n.endsWith('.ndjson') && n !== keep,
    );
    for (const n of old) await rm(join(this.dir, n), { force: true });
  }

  async remove(id: string): Promise<void> {
    await rm(this.path(id, 'meta.json'), { force: true });
    for (const kind of ['results.ndjson', 'turfs.json'] as const)
      await rm(this.path(id, kind), { force: true });
    await this.pruneVoters(id, null);
    await fsyncDir(this.dir).catch(() => undefined);
  }
}

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new AppError(
      'damaged',
      `${basename(path)} could not be read: ${(error as Error).message}`,
    );
  }
}
