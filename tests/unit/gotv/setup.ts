/**
 * A backend with an imported Ohio voter list and a GOTV election on it, for the GOTV
 * service tests (and the helper h-gotv-b's tests use): `gotvSetup()` then `answer()` to
 * record support answers, `matchMember()` to give a member a voter ID.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startBackend, type Dispatch } from '../../../src/main/dispatch';
import type { Voter } from '../../../src/shared/canvass/schema';
import type { ImportJob } from '../../../src/shared/contract/canvass';
import type { Election } from '../../../src/shared/gotv/election';
import { generateOhioCsv } from '../canvass/generate';
import { CHAPTER, call, fakeHost, tempDir } from '../foundation/helpers';

export interface GotvSetup {
  dir: string;
  dispatch: Dispatch;
  host: ReturnType<typeof fakeHost>;
  listId: string;
  election: Election;
  /** The list's voters in file order. */
  voters: Voter[];
}

async function imported(dispatch: Dispatch, jobId: string): Promise<ImportJob> {
  let job = await call<ImportJob>(dispatch, 'canvass.importProgress', { jobId });
  while (job.state === 'running') {
    await new Promise((resolve) => setImmediate(resolve));
    job = await call<ImportJob>(dispatch, 'canvass.importProgress', { jobId });
  }
  return job;
}

/** A chapter, a `rows`-voter Ohio list with turfs cut, and an election on it. */
export async function gotvSetup(rows = 120): Promise<GotvSetup> {
  const dir = await tempDir('gotv-');
  const host = fakeHost(join(dir, 'saved'));
  const clock = () => new Date('2026-10-01T12:00:00Z');
  const { dispatch } = await startBackend(join(dir, 'data'), host, clock);
  await call(dispatch, 'chapter.create', CHAPTER);
  const file = join(dir, 'franklin.csv');
  await writeFile(file, generateOhioCsv(rows, 7));
  host.openPaths.push(file);
  const start = await call<{ jobId: string }>(dispatch, 'canvass.importStart', {
    preset: 'ohio',
    fileDate: '2026-09-01',
  });
  const job = await imported(dispatch, start.jobId);
  const listId = job.list?.id ?? '';
  await call(dispatch, 'canvass.cutTurfs', { listId, doorsPerTurf: 20 });
  const election = await call<Election>(dispatch, 'gotv.createElection', {
    name: 'General election',
    date: '2026-11-03',
    counties: ['39049'],
    listId,
  });
  const byId = new Map<string, Voter>();
  for (let t = 1; ; t++) {
    const turfId = `T${String(t).padStart(3, '0')}`;
    const env = await dispatch('canvass.walkList', { listId, turfId });
    if (!env.ok) break;
    const list = env.value as { households: { occupants: Voter[] }[] };
    for (const h of list.households) for (const v of h.occupants) byId.set(v.id, v);
  }
  return { dir, dispatch, host, listId, election, voters: [...byId.values()] };
}

/** Records one support answer (or code) per voter, at the door, in order. */
export async function answer(
  s: GotvSetup,
  answers: { voterId: string; support?: number; code?: string }[],
): Promise<void> {
  await call(s.dispatch, 'canvass.recordResults', { listId: s.listId, entries: answers });
}

/** Adds an active member and matches them to `voterId`. */
export async function matchMember(s: GotvSetup, name: string, voterId: string) {
  const m = await call<{ id: string }>(s.dispatch, 'members.add', {
    name,
    county: '39049',
    roles: [],
    joined: '2025-01-15',
  });
  await call(s.dispatch, 'gotv.matchMember', {
    electionId: s.election.id,
    memberId: m.id,
    voterId,
  });
  return m.id;
}
