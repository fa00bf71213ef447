/**
 * Every contract channel is fed malformed payloads: each must be refused with
 * 'invalid-input' and leave the chapter file's bytes exactly as they were. The
 * generators come from each channel's own input schema (schemaArb.ts), so channels added
 * to the contract later are covered without touching this file.
 *
 * Seeds are fixed per channel for reproducible runs; set FUZZ_SEED=<n> to explore others.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend, type Dispatch } from '../../../src/main/dispatch';
import { DATA_FILE } from '../../../src/main/store/chapterStore';
import { CHANNELS, contract, isChannel, type Channel } from '../../../src/shared/contract';
import { CHAPTER, call, fakeHost, memberInput } from './helpers';
import { jsonSchemaOf, mutatedArb, setAt, sites, validArb, wrongValues } from './schemaArb';

const RUNS = 100;
const MIN_RUNS = 50;

function seedFor(name: string): number {
  const fromEnv = process.env.FUZZ_SEED;
  if (fromEnv) return Number(fromEnv);
  let h = 2166136261;
  for (const c of name) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h | 0;
}

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true, maxRetries: 5 })));
});

interface Seeded {
  dir: string;
  file: string;
  dispatch: Dispatch;
}

/** A data folder holding a chapter and a few members, with its backend. */
async function seeded(): Promise<Seeded> {
  const dir = await mkdtemp(join(tmpdir(), 'chapterhouse-fuzz-'));
  dirs.push(dir);
  const host = fakeHost(join(dir, '..', `${dir.split('/').pop() ?? 'x'}-saved`));
  dirs.push(join(dir, '..', `${dir.split('/').pop() ?? 'x'}-saved`));
  const { dispatch } = await startBackend(dir, host);
  await call(dispatch, 'chapter.create', CHAPTER);
  for (const name of ['Ada One', 'Ben Two', 'Cy Three']) {
    await call(dispatch, 'members.add', memberInput(name, { email: 'x@example.org' }));
  }
  return { dir, file: join(dir, DATA_FILE), dispatch };
}

/** Calls `channel` with `input` and checks it was refused and nothing on disk changed. */
async function expectRefused(backend: Seeded, channel: unknown, input: unknown): Promise<void> {
  const before = await readFile(backend.file);
  const listing = await dataFiles(backend.dir);
  const result = await backend.dispatch(channel, input);
  expect(result.ok, `accepted ${String(channel)} ${safeJson(input)}`).toBe(false);
  if (!result.ok) expect(result.error.code).toBe('invalid-input');
  // What crosses IPC must survive structured cloning.
  expect(() => structuredClone(result)).not.toThrow();
  expect((await readFile(backend.file)).equals(before)).toBe(true);
  expect(await dataFiles(backend.dir)).toEqual(listing);
}

/**
 * The folder's files, less the seal and its temp file: the seal is a cache that the
 * store's own timer rewrites once writes pause (seal.ts), whatever the call under test did.
 */
async function dataFiles(dir: string): Promise<string[]> {
  const isSeal = (name: string) => /^\.?chapter\.json\.seal(\..+\.tmp)?$/.test(name);
  return (await readdir(dir)).filter((name) => !isSeal(name)).sort();
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))?.slice(
      0,
      300,
    );
  } catch {
    return String(typeof value);
  }
}

const ANYTHING = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withBoxedValues: true,
  withNullPrototype: true,
  withUnicodeString: true,
});

describe.each(CHANNELS.map((channel) => [channel]))('channel %s', (channel: Channel) => {
  const input = contract[channel].input;
  const schema = jsonSchemaOf(input);
  const accepts = (value: unknown) => input.safeParse(value).success;
  let backend: Seeded;

  beforeAll(async () => {
    backend = await seeded();
  });

  it(`refuses ${RUNS} random malformed payloads and leaves the file unchanged`, async () => {
    let ran = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof({ arbitrary: ANYTHING, weight: 2 }, { arbitrary: mutatedArb(schema), weight: 5 }),
        async (payload) => {
          fc.pre(!accepts(payload));
          ran++;
          await expectRefused(backend, channel, payload);
        },
      ),
      { numRuns: RUNS, seed: seedFor(channel) },
    );
    expect(ran).toBeGreaterThanOrEqual(MIN_RUNS);
  });

  it('refuses every field set to each wrong value, or removed', async () => {
    // A plausible payload to start from (valid when the generator finds one).
    const candidates = fc.sample(validArb(schema), { numRuns: 300, seed: seedFor(channel) });
    const base = candidates.find(accepts) ?? candidates[0];
    let tried = 0;
    for (const site of sites(base, schema)) {
      const variants = wrongValues(site.schema).map((w) => setAt(base, site.path, w));
      if (site.path.length > 0) variants.push(setAt(base, site.path, undefined, true));
      for (const payload of variants) {
        if (accepts(payload)) continue;
        tried++;
        await expectRefused(backend, channel, payload);
      }
    }
    expect(tried).toBeGreaterThan(0);
  });
});

describe('unknown channels', () => {
  let backend: Seeded;
  beforeAll(async () => {
    backend = await seeded();
  });

  it.each([
    'members.delete',
    'app.status ',
    'APP.STATUS',
    'app',
    '',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'chapter.create.extra',
  ])('refuses %j', async (name) => {
    expect(isChannel(name)).toBe(false);
    await expectRefused(backend, name, CHAPTER);
  });

  it('refuses random channel names', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.constantFrom(...CHANNELS).map((c) => c.toUpperCase()),
          fc.integer(),
          fc.constant(null),
          fc.constant(undefined),
          fc.array(fc.string(), { maxLength: 2 }),
        ),
        fc.anything({ maxDepth: 2 }),
        async (name, payload) => {
          fc.pre(!isChannel(name));
          await expectRefused(backend, name, payload);
        },
      ),
      { numRuns: RUNS, seed: seedFor('unknown') },
    );
  });
});
