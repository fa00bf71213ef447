/** Shared fixtures for the foundation tests: temp folders, a fake Host, valid data. */
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { startBackend, type Dispatch } from '../../../src/main/dispatch';
import { DATA_FILE } from '../../../src/main/store/chapterStore';
import type { Host } from '../../../src/main/host';
import type { ChapterInput } from '../../../src/shared/schema/chapter';
import type { Member, MemberInput } from '../../../src/shared/schema/member';
import { emptyStore, type StoreData } from '../../../src/shared/schema/store';
import type { ApiError, Envelope } from '../../../src/shared/errors';

/** A temp folder removed after the current test (call inside a test or beforeEach). */
const created: string[] = [];
afterEach(async () => {
  await Promise.all(
    created.splice(0).map((d) => rm(d, { recursive: true, force: true, maxRetries: 5 })),
  );
});

export async function tempDir(prefix = 'chapterhouse-unit-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** A clock the test moves by hand. */
export function manualClock(start = '2026-03-01T12:00:00.000Z') {
  let now = new Date(start).getTime();
  return {
    clock: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
    set(iso: string) {
      now = new Date(iso).getTime();
    },
  };
}

export interface FakeHost extends Host {
  /** How many times the app was asked to quit. */
  quits: number;
  saved: string[];
  printed: string[];
  /** Paths chooseOpenPath hands out next (none left = the person cancels). */
  openPaths: string[];
}

/** chooseSavePath hands out paths in `saveDir`; printToPdf returns a tiny PDF-ish byte array. */
export function fakeHost(saveDir: string): FakeHost {
  const saved: string[] = [];
  const printed: string[] = [];
  const openPaths: string[] = [];
  return {
    quits: 0,
    quit() {
      this.quits += 1;
    },
    saved,
    printed,
    openPaths,
    chooseOpenPath() {
      return Promise.resolve(openPaths.shift() ?? null);
    },
    async chooseSavePath({ defaultName }) {
      await mkdir(saveDir, { recursive: true });
      const path = join(saveDir, defaultName);
      saved.push(path);
      return path;
    },
    printToPdf(route) {
      printed.push(route);
      return Promise.resolve(new TextEncoder().encode('%PDF-1.4\n%%EOF\n'));
    },
    captureImage(route, { width, height }) {
      printed.push(`image:${width}x${height}:${route}`);
      return Promise.resolve(new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    },
    openExternal() {
      return Promise.resolve(false);
    },
    openProjector(route) {
      printed.push(`projector:${route}`);
      return Promise.resolve();
    },
  };
}

export const CHAPTER: ChapterInput = {
  name: 'Baltimore Egalitarians',
  state: 'MD',
  counties: ['24005', '24510'],
  quorum: { kind: 'majority' },
  defaultThreshold: 'majority-cast',
};

export function memberInput(name: string, extra: Partial<MemberInput> = {}): MemberInput {
  return { name, county: '24005', roles: [], joined: '2025-01-15', ...extra };
}

export function member(i: number, extra: Partial<Member> = {}): Member {
  return {
    id: `m-${i}`,
    name: `Member ${i}`,
    county: '24510',
    email: `member${i}@example.org`,
    phone: undefined,
    roles: [],
    joined: '2024-05-01',
    active: true,
    history: [],
    ...extra,
  };
}

/** A valid store holding a chapter and `n` members. */
export function storeWith(n: number): StoreData {
  return {
    ...emptyStore(),
    chapter: { ...CHAPTER, id: 'chapter-1', createdAt: '2026-01-01T00:00:00.000Z' },
    members: Array.from({ length: n }, (_, i) => member(i)),
  };
}

/** The value of an ok envelope, or a failed expectation naming the error. */
export function unwrap<T>(envelope: Envelope<T>): T {
  if (!envelope.ok) {
    throw new Error(`expected ok, got ${envelope.error.code}: ${envelope.error.message}`);
  }
  return envelope.value;
}

/** Calls a channel and returns its value, failing the test on an error envelope. */
export async function call<T = unknown>(
  dispatch: Dispatch,
  channel: string,
  input?: unknown,
): Promise<T> {
  return unwrap((await dispatch(channel, input)) as Envelope<T>);
}

export async function listDir(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch {
    return [];
  }
}

export function readBytes(path: string): Promise<Buffer> {
  return readFile(path);
}

/** A backend on a temp data folder with a hand-moved clock; `restart` relaunches it. */
export interface Backend {
  dir: string;
  host: FakeHost;
  dispatch: Dispatch;
  time: ReturnType<typeof manualClock>;
  restart: () => Promise<void>;
  file: string;
}

export async function backend(): Promise<Backend> {
  const dir = await tempDir();
  const saveDir = await tempDir('chapterhouse-saved-');
  const host = fakeHost(saveDir);
  const time = manualClock('2026-03-01T12:00:00.000Z');
  const b: Backend = {
    dir,
    host,
    time,
    file: join(dir, DATA_FILE),
    dispatch: (await startBackend(dir, host, time.clock)).dispatch,
    async restart() {
      time.advance(1000);
      b.dispatch = (await startBackend(dir, host, time.clock)).dispatch;
    },
  };
  return b;
}

/** The error of a call that must fail. */
export async function failure(
  dispatch: Dispatch,
  channel: string,
  input?: unknown,
): Promise<ApiError> {
  const envelope = await dispatch(channel, input);
  if (envelope.ok) throw new Error(`expected ${channel} to fail, got ${JSON.stringify(envelope)}`);
  return envelope.error;
}

export async function withChapter(): Promise<Backend> {
  const b = await backend();
  await call(b.dispatch, 'chapter.create', CHAPTER);
  return b;
}
