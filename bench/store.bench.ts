/**
 * Chapter store: open and write latency for ~1, 10 and 50 MB of realistic chapter data,
 * each next to the raw fs cost of the same bytes measured in the same run.
 *
 * - open: ChapterStore.open on an existing file vs readFile + JSON.parse (the least any
 *   JSON store must do to open). Twice: sealed (the bytes this build wrote and validated,
 *   so only their SHA-256 is checked: seal.ts), and not sealed (full schema validation, as
 *   after an upgrade or a hand edit). Both include the 'open' backup. Goal for the usual,
 *   sealed open: ratio ≤ 1.5. The raw durable write of the same bytes is printed too.
 * - write: one ChapterStore.update adding one member (validate the new member,
 *   serialise, durable write) vs writing the same bytes with fs: open a temp file, write,
 *   fsync, close, rename, fsync the folder. Goal: ratio ≤ 1.5.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, open, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChapterStore, DATA_FILE } from '../src/main/store/chapterStore';
import { writeFileDurable } from '../src/main/store/durable';
import { sealPath } from '../src/main/store/seal';
import { serializeStore, validateChanged } from '../src/main/store/validate';
import { COUNTIES } from '../src/shared/geo/counties';
import type { Member } from '../src/shared/schema/member';
import { emptyStore, type StoreData } from '../src/shared/schema/store';
import { printRow, timeMedian, timeOnce, timePaired } from './lib';

/** Opens timed per size: more where one is quick, so a median is not one noisy sample. */
const SIZES = [
  { label: '1 MB', bytes: 1_000_000, openRuns: 15 },
  { label: '10 MB', bytes: 10_000_000, openRuns: 7 },
  { label: '50 MB', bytes: 50_000_000, openRuns: 5 },
];
const WRITE_RUNS = 7;

const FIRST = [
  'Amara',
  'Ben',
  'Carmen',
  'Dev',
  'Elena',
  'Farid',
  'Grace',
  'Hector',
  'Imani',
  'Jonah',
  'Keiko',
  'Luis',
  'Maya',
  'Noah',
  'Olivia',
  'Priya',
  'Quinn',
  'Rosa',
  'Samuel',
  'Tara',
  'Uma',
  'Victor',
  'Wen',
  'Yusuf',
  'Zoe',
  'Marisol',
  'DeShawn',
  'Aleksandra',
  'Bao',
  'Siobhan',
];
const LAST = [
  'Okafor',
  'Whitaker',
  'Delgado',
  'Patel',
  'Sokolova',
  'Haddad',
  'Kim',
  'Ramirez',
  'Brooks',
  'Feldman',
  'Tanaka',
  'Moreno',
  'Johnson',
  'Schmidt',
  'Chen',
  'Raman',
  'Murphy',
  'Alvarez',
  'Osei',
  'Nguyen',
  'Shah',
  'Lindqvist',
  'Li',
  'Demir',
  'O’Brien',
  'García-Márquez',
  'Kowalski',
];
const REASONS = [
  'Moved out of state',
  'Asked to pause membership while caring for a family member',
  'Dues lapsed for more than a year',
  'Joined the neighbouring chapter closer to home',
];
const MD = COUNTIES.filter((c) => c.state === 'MD').map((c) => c.fips);

/** Small deterministic PRNG so every run measures the same data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('empty list');
  return item;
}

function iso(random: () => number, fromYear: number): string {
  const start = Date.UTC(fromYear, 0, 1);
  return new Date(start + Math.floor(random() * (Date.UTC(2026, 0, 1) - start))).toISOString();
}

function makeMember(random: () => number, i: number): Member {
  const first = pick(random, FIRST);
  const last = pick(random, LAST);
  const name = `${first} ${last} ${i}`;
  const joined = iso(random, 2012).slice(0, 10);
  const history: Member['history'] = [];
  const changes = random() < 0.25 ? 1 + Math.floor(random() * 4) : 0;
  for (let k = 0; k < changes; k++) {
    const deactivated = k % 2 === 0;
    history.push({
      at: iso(random, 2020),
      change: deactivated ? 'deactivated' : 'reactivated',
      ...(deactivated ? { reason: pick(random, REASONS) } : {}),
    });
  }
  const last_ = history.at(-1);
  const active = !last_ || last_.change === 'reactivated';
  const roll = random();
  return {
    id: randomUUID(),
    name,
    county: pick(random, MD),
    email: `${first}.${last}.${i}@example.org`.toLowerCase().replace(/[^a-z0-9.@-]/g, ''),
    phone: random() < 0.6 ? `+1 410 555 ${String(i % 10_000).padStart(4, '0')}` : undefined,
    roles: roll < 0.01 ? ['chair'] : roll < 0.02 ? ['secretary'] : roll < 0.06 ? ['teller'] : [],
    joined,
    active,
    deactivation:
      !active && last_ ? { reason: last_.reason ?? REASONS[0] ?? '', at: last_.at } : undefined,
    history,
  };
}

/** A valid store of about `bytes` bytes once serialised. */
function makeStore(bytes: number, random: () => number): StoreData {
  const sample = Array.from({ length: 500 }, (_, i) => makeMember(random, i));
  const perMember = JSON.stringify(sample).length / sample.length;
  const count = Math.max(1, Math.round((bytes - 400) / perMember));
  const members = [...sample.slice(0, count)];
  for (let i = members.length; i < count; i++) members.push(makeMember(random, i));
  return validateChanged(null, {
    ...emptyStore(),
    chapter: {
      id: randomUUID(),
      name: 'Maryland Egalitarians — Statewide',
      state: 'MD',
      counties: MD.slice(0, 12),
      quorum: { kind: 'fraction', value: 0.1 },
      defaultThreshold: 'majority-cast',
      createdAt: '2019-04-01T18:00:00.000Z',
    },
    members,
  });
}

/** The raw fs cost of replacing a file durably: temp file, write, fsync, close, rename, dir fsync. */
async function rawDurableWrite(path: string, bytes: string): Promise<void> {
  const tmp = `${path}.${randomUUID()}.tmp`;
  const fh = await open(tmp, 'wx', 0o600);
  try {
    await fh.writeFile(bytes);
    await fh.sync();
  } finally {
    await fh.close();
  }
  await rename(tmp, path);
  const dir = await open(join(path, '..'), 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}

export async function run(): Promise<void> {
  const random = prng(20260301);
  for (const size of SIZES) {
    const dir = await mkdtemp(join(tmpdir(), 'chapterhouse-bench-'));
    try {
      const data = makeStore(size.bytes, random);
      const text = serializeStore(data);
      const path = join(dir, DATA_FILE);
      await writeFileDurable(path, text);
      const mb = (Buffer.byteLength(text) / 1e6).toFixed(1);
      const label = `${size.label}: ${mb} MB, ${data.members.length} members`;

      // (a) open: the usual case (the file as this build last wrote and sealed it), and a
      // file without a valid seal (first open after an upgrade, a hand edit): full validation.
      let store: ChapterStore | null = null;
      const openStore = async (): Promise<void> => {
        const result = await ChapterStore.open(dir, () => emptyStore());
        if (result.kind !== 'ok') throw new Error(`bench file did not open: ${result.kind}`);
        store = result.store;
      };
      // The app holds one store at a time: close (and so seal) the last one first.
      const closeStore = async (): Promise<void> => {
        await store?.close();
        store = null;
      };
      const parseFile = async () => JSON.parse(await readFile(path, 'utf8')) as unknown;
      const unsealed = await timePaired(openStore, parseFile, {
        runs: size.openRuns,
        collect: true,
        setup: async () => {
          await closeStore();
          await rm(sealPath(path), { force: true });
        },
      });
      const sealed = await timePaired(openStore, parseFile, {
        runs: size.openRuns,
        collect: true,
        setup: closeStore,
      });
      const rawWrite = await timeMedian(
        () => rawDurableWrite(join(dir, 'raw.json'), text),
        size.openRuns,
        true,
      );
      printRow({
        name: 'store open (sealed)',
        size: label,
        ...sealed,
        baselineName: 'readFile + JSON.parse',
        goal: 1.5,
        extra: `median of ${size.openRuns}; read, parse, check the seal's SHA-256, freeze, 'open' backup; the raw durable write of the same bytes takes ${rawWrite.toFixed(1)} ms`,
      });
      printRow({
        name: 'store open (not sealed)',
        size: label,
        ...unsealed,
        baselineName: 'readFile + JSON.parse',
        extra: `median of ${size.openRuns}; as above plus full schema validation (the seal is written later, once idle)`,
      });

      // (b) write: one update adding one member, next to the raw durable write of the same bytes
      const current = store as ChapterStore | null;
      if (!current) throw new Error('store did not open');
      let n = 0;
      const cold = await timeOnce(
        () =>
          current.update((d) => ({
            data: { ...d, members: [...d.members, makeMember(random, 1_000_000 + n++)] },
          })),
        true,
      );
      const rawPath = join(dir, 'raw.json');
      const bytes = serializeStore(current.data);
      const written = await timePaired(
        () =>
          current.update((d) => ({
            data: { ...d, members: [...d.members, makeMember(random, 1_000_000 + n++)] },
          })),
        () => rawDurableWrite(rawPath, bytes),
        { runs: WRITE_RUNS, collect: true },
      );
      printRow({
        name: 'store write (add 1 member)',
        size: label,
        ...written,
        baselineName: 'fs temp+write+fsync+close+rename+dir fsync',
        goal: 1.5,
        extra: `median of ${WRITE_RUNS}; first write after open (serialises every member once) ${cold.toFixed(1)} ms`,
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
