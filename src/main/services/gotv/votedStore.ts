/**
 * The voted log of each GOTV election on disk, beside the voter lists and never in the
 * chapter file: `<dataDir>/gotv/<electionId>.voted.ndjson` (src/shared/gotv/votedLog.ts
 * says what its lines hold). Appends are fsynced; a torn last line is counted and skipped.
 * The folded state of each election is cached; writes to one election are serialised.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { VotedLineSchema, VotedState, type VotedLine } from '../../../shared/gotv/votedLog';
import { appendJsonLines, readJsonLines } from '../../store/ndjson';
import { keyedQueue } from '../serialise';

/** An `ids` line holds at most IDS_PER_LINE IDs of LIMITS.id characters: far below this. */
const MAX_LINE_BYTES = 4 * 1024 * 1024;

export interface Loaded {
  state: VotedState;
  damagedLines: number;
}

function votedPath(dir: string, electionId: string): string {
  return join(dir, 'gotv', `${electionId}.voted.ndjson`);
}

/** Deletes an election's voted log, with the election (its ID is never used again). */
export async function removeVotedLog(dir: string, electionId: string): Promise<void> {
  await rm(votedPath(dir, electionId), { force: true });
}

export function createVotedStore(dataDir: () => string) {
  const cache = new Map<string, Loaded>();
  let cachedDir = '';

  function pathOf(electionId: string): string {
    return votedPath(dataDir(), electionId);
  }

  function freshCache(): void {
    const dir = dataDir();
    if (dir !== cachedDir) {
      cache.clear();
      cachedDir = dir;
    }
  }

  async function load(electionId: string): Promise<Loaded> {
    freshCache();
    const known = cache.get(electionId);
    if (known) return known;
    const { entries, damagedLines } = await readJsonLines(
      pathOf(electionId),
      VotedLineSchema,
      MAX_LINE_BYTES,
    );
    const state = new VotedState();
    for (const line of entries) state.apply(line);
    const loaded = { state, damagedLines: damagedLines.length };
    cache.set(electionId, loaded);
    return loaded;
  }

  return {
    load,

    /** Runs a write after every earlier write to the election has finished. */
    serialise: keyedQueue(),

    /** Appends the lines durably, then folds them into the cached state. */
    async append(electionId: string, lines: readonly VotedLine[]): Promise<void> {
      const loaded = await load(electionId);
      await appendJsonLines(pathOf(electionId), lines);
      for (const line of lines) loaded.state.apply(line);
    },
  };
}

export type VotedStore = ReturnType<typeof createVotedStore>;
