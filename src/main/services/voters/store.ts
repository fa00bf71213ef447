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
 * rows, which can be hundreds of MB, are streamed the same way). Appends are fsynced; a
 * torn last line after a crash is skipped and reported when read back.
 */
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { ResultEntrySchema, type ResultEntry } from '../../../shared/canvass/results';
import {
  TurfSetSchema,
  VoterListMetaSchema,
  VoterSchema,
  type TurfSet,
  type Voter,
  type VoterListMeta,
} from '../../../shared/canvass/schema';
import { AppError, formatIssues } from '../../../shared/errors';
import { fsyncDir, writeFileDurable } from '../../store/durable';
import { readLines } from './lines';

const VOTER_FIELDS = Object.keys(VoterSchema.shape) as (keyof Voter)[];
const FORMAT = 'chapterhouse-voters';
/** Longer result lines are damaged, never read into a string (far more than an entry needs). */
export const MAX_RESULT_LINE_BYTES = 1024 * 1024;

export class VoterStore {
  readonly dir: string;

  constructor(dataDir: string) {
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
    const header = JSON.stringify({
      format: FORMAT,
      version: 1,
      fields: VOTER_FIELDS,
      count: voters.length,
    });
    await writeLinesDurable(join(this.dir, fileName), header, voters, (v) =>
      JSON.stringify(VOTER_FIELDS.map((f) => v[f])),
    );
  }

  /** Reads the rows back; repeated strings (streets, cities, household keys…) are shared. */
  async readVoters(id: string, fileName: string): Promise<Voter[]> {
    const path = join(this.dir, fileName);
    const voters: Voter[] = [];
    let decode: ((row: unknown[]) => Voter) | null = null;
    let width = 0;
    let line = 0;
    const rl = createInterface({
      input: createReadStream(path, { encoding: 'utf8' }),
      crlfDelay: Infinity,
    });
    try {
      for await (const text of rl) {
        line++;
        if (!text) continue;
        const row = JSON.parse(text) as unknown;
        if (decode === null) {
          const head = row as { format?: unknown; fields?: unknown };
          if (head.format !== FORMAT || !Array.isArray(head.fields))
            throw new Error('not a Chapterhouse voter file');
          width = head.fields.length;
          decode = voterDecoder(head.fields.map(String));
          continue;
        }
        if (!Array.isArray(row) || row.length !== width)
          throw new Error(`line ${line} is not a voter row`);
        const v = decode(row);
        if (!v.id || !v.householdKey) throw new Error(`line ${line} has no voter ID`);
        voters.push(v);
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new AppError(
          'damaged',
          `The voter rows of "${id}" are missing; import the voter file again.`,
        );
      }
      throw new AppError(
        'damaged',
        `The voter rows of "${id}" are damaged (${(error as Error).message}); import the voter file again.`,
      );
    } finally {
      rl.close();
    }
    return voters;
  }

  /** Voter ID → household key of a rows file, streamed (for re-import diffs of big lists). */
  async readVoterKeys(fileName: string): Promise<Map<string, string>> {
    const keys = new Map<string, string>();
    const shared = new Map<string, string>();
    let idAt = -1;
    let keyAt = -1;
    const rl = createInterface({
      input: createReadStream(join(this.dir, fileName), { encoding: 'utf8' }),
      crlfDelay: Infinity,
    });
    try {
      for await (const text of rl) {
        if (!text) continue;
        const row = JSON.parse(text) as unknown;
        if (idAt < 0) {
          const fields = (row as { fields?: unknown }).fields;
          if (!Array.isArray(fields)) throw new Error('not a Chapterhouse voter file');
          idAt = fields.indexOf('id');
          keyAt = fields.indexOf('householdKey');
          continue;
        }
        if (!Array.isArray(row)) continue;
        const id: unknown = row[idAt];
        const key: unknown = row[keyAt];
        if (typeof id !== 'string' || typeof key !== 'string') continue;
        let k = shared.get(key);
        if (k === undefined) shared.set(key, (k = key));
        keys.set(id, k);
      }
    } catch (error) {
      throw new AppError(
        'damaged',
        `The previous voter rows (${fileName}) could not be read: ${(error as Error).message}`,
      );
    } finally {
      rl.close();
    }
    return keys;
  }

  /** Appends result entries durably (fsync before returning). */
  async appendResults(id: string, entries: readonly ResultEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.ensureDir();
    const path = this.path(id, 'results.ndjson');
    const fh = await open(path, 'a', 0o600);
    let created: boolean;
    try {
      created = (await fh.stat()).size === 0;
      await fh.writeFile(entries.map((e) => `${JSON.stringify(e)}\n`).join(''));
      await fh.sync();
    } finally {
      await fh.close();
    }
    if (created) await fsyncDir(this.dir);
  }

  /**
   * All result entries, oldest first. Unreadable lines (a torn write) are counted, not fatal.
   * The file is read line by line as a stream, never as one string; a line longer than
   * MAX_RESULT_LINE_BYTES (no real entry comes near it) is damaged and never decoded.
   */
  async readResults(id: string): Promise<{ entries: ResultEntry[]; damagedLines: number[] }> {
    const entries: ResultEntry[] = [];
    const damagedLines: number[] = [];
    try {
      for await (const { number, text } of readLines(this.path(id, 'results.ndjson'), {
        maxLineBytes: MAX_RESULT_LINE_BYTES,
      })) {
        if (text === null) {
          damagedLines.push(number);
          continue;
        }
        if (!text.trim()) continue;
        try {
          const parsed = ResultEntrySchema.safeParse(JSON.parse(text));
          if (parsed.success) entries.push(parsed.data);
          else damagedLines.push(number);
        } catch {
          damagedLines.push(number);
        }
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        return { entries: [], damagedLines: [] };
      throw error;
    }
    return { entries, damagedLines };
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

/** Builds voters from rows written with the given field list (older files may lack fields). */
function voterDecoder(fields: readonly string[]): (row: unknown[]) => Voter {
  const at = (f: keyof Voter): number => fields.indexOf(f);
  const shared = new Map<string, string>();
  const str = (row: unknown[], i: number): string => {
    const v = i < 0 ? '' : row[i];
    return typeof v === 'string' ? v : '';
  };
  const same = (row: unknown[], i: number): string => {
    const v = str(row, i);
    const hit = shared.get(v);
    if (hit !== undefined) return hit;
    shared.set(v, v);
    return v;
  };
  const int = (row: unknown[], i: number): number | null => {
    const v = i < 0 ? null : row[i];
    return typeof v === 'number' && Number.isInteger(v) ? v : null;
  };
  const [id, last, first, middle, suffix, birthDate, birthYear, age, sex, party, status] = (
    [
      'id',
      'lastName',
      'firstName',
      'middleName',
      'suffix',
      'birthDate',
      'birthYear',
      'age',
      'sex',
      'party',
      'status',
    ] as const
  ).map(at);
  const [house, street, unit, city, zip, precinct, county, history, key] = (
    [
      'houseNumber',
      'street',
      'unit',
      'city',
      'zip',
      'precinct',
      'county',
      'history',
      'householdKey',
    ] as const
  ).map(at);
  return (row) => ({
    id: str(row, id ?? -1),
    lastName: str(row, last ?? -1),
    firstName: str(row, first ?? -1),
    middleName: same(row, middle ?? -1),
    suffix: same(row, suffix ?? -1),
    birthDate: same(row, birthDate ?? -1),
    birthYear: int(row, birthYear ?? -1),
    age: int(row, age ?? -1),
    sex: same(row, sex ?? -1),
    party: same(row, party ?? -1),
    status: same(row, status ?? -1),
    houseNumber: same(row, house ?? -1),
    street: same(row, street ?? -1),
    unit: same(row, unit ?? -1),
    city: same(row, city ?? -1),
    zip: same(row, zip ?? -1),
    precinct: same(row, precinct ?? -1),
    county: same(row, county ?? -1),
    history: same(row, history ?? -1),
    householdKey: same(row, key ?? -1),
  });
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

/** Durable replacement of a large line-oriented file, written in ~1 MB batches. */
export async function writeLinesDurable<T>(
  path: string,
  header: string,
  items: readonly T[],
  toLine: (item: T) => string,
): Promise<void> {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomUUID()}.tmp`);
  const fh = await open(tmp, 'wx', 0o600);
  try {
    let batch: string[] = [header];
    let size = header.length;
    for (const item of items) {
      const line = toLine(item);
      batch.push(line);
      size += line.length + 1;
      if (size >= 1 << 20) {
        await fh.write(`${batch.join('\n')}\n`);
        batch = [];
        size = 0;
      }
    }
    if (batch.length) await fh.write(`${batch.join('\n')}\n`);
    await fh.sync();
  } catch (error) {
    await fh.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw error;
  }
  await fh.close();
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(tmp, path);
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (!['EPERM', 'EBUSY', 'EACCES'].includes(code) || attempt >= 7) {
        await rm(tmp, { force: true });
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 10 * 2 ** attempt));
    }
  }
  await fsyncDir(dir);
}
