/**
 * The voter rows file, `<id>.voters.<n>.ndjson`: a header line naming the fields, then one
 * JSON array per voter. Written by streaming to a temp file (fsync, rename, directory fsync);
 * read back as a stream, with repeated strings shared, and read by older field lists too.
 */
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { VoterSchema, type Voter } from '../../../shared/canvass/schema';
import { AppError } from '../../../shared/errors';
import { fsyncDir } from '../../store/durable';

const VOTER_FIELDS = Object.keys(VoterSchema.shape) as (keyof Voter)[];
const FORMAT = 'chapterhouse-voters';

/** Streams the voter rows to disk durably (temp file, fsync, rename, fsync dir). */
export async function writeVoterRows(path: string, voters: readonly Voter[]): Promise<void> {
  const header = JSON.stringify({
    format: FORMAT,
    version: 1,
    fields: VOTER_FIELDS,
    count: voters.length,
  });
  await writeLinesDurable(path, header, voters, (v) =>
    JSON.stringify(VOTER_FIELDS.map((f) => v[f])),
  );
}

/** Reads the rows back; repeated strings (streets, cities, household keys…) are shared. */
export async function readVoterRows(path: string, id: string): Promise<Voter[]> {
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
export async function readHouseholdKeys(path: string): Promise<Map<string, string>> {
  const fileName = basename(path);
  const keys = new Map<string, string>();
  const shared = new Map<string, string>();
  let idAt = -1;
  let keyAt = -1;
  const rl = createInterface({
    input: createReadStream(path, { encoding: 'utf8' }),
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
  const [house, street, unit, city, zip, precinct, county, history, phone, key] = (
    [
      'houseNumber',
      'street',
      'unit',
      'city',
      'zip',
      'precinct',
      'county',
      'history',
      'phone',
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
    phone: str(row, phone ?? -1),
    householdKey: same(row, key ?? -1),
  });
}

/** Durable replacement of a large line-oriented file, written in ~1 MB batches. */
async function writeLinesDurable<T>(
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
