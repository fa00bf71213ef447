/**
 * The canvassing service the app's main process exposes: import voter lists, cut turfs,
 * walk lists, results, statistics, chapter marks and CSV export. Node only (no
 * electron): the lead wires it to IPC.
 *
 * Errors for the person using the app: `importList` returns `{ ok: false, error }` for an
 * unusable file; the other methods throw AppError ('not-found', 'invalid-input',
 * 'damaged'). Mutations of one list are serialised.
 */
import { callList } from '../../../shared/canvass/callSheet';
import { walkListToCsv } from '../../../shared/canvass/export';
import {
  computeStats,
  remainingHouseholds,
  type CanvassStats,
  type ResultEntry,
  type ResultEntryInput,
} from '../../../shared/canvass/results';
import type {
  ChapterMark,
  ChapterMarkReason,
  CutOptionsInput,
  Household,
  ImportDiff,
  ImportError,
  ImportSummary,
  TurfSet,
  Voter,
  VoterListMeta,
  WalkList,
} from '../../../shared/canvass/schema';
import { CutOptionsSchema } from '../../../shared/canvass/schema';
import { cutTurfs } from '../../../shared/canvass/turfs';
import { buildWalkList } from '../../../shared/canvass/walkList';
import { AppError } from '../../../shared/errors';
import { keyedQueue } from '../serialise';
import { importVoterFile, type ImportOptions } from './importer';
import { diffVoters } from './listOps';
import { LIST_ID, listAfterImport, listIdFor } from './listMeta';
import { loadedFrom, type Loaded } from './loaded';
import { resultEntriesFrom, suppressionMarks } from './resultEntries';
import { VoterStore } from './store';

export interface ImportListOptions extends Omit<ImportOptions, 'marks' | 'now'> {
  /** Re-import into this list (default: the list of the file's state and county). */
  listId?: string;
  name?: string;
  /** Accept a file older than the list's current one (default: refuse). */
  allowOlder?: boolean;
}

export type ImportListResult =
  | { ok: true; list: VoterListMeta; summary: ImportSummary; diff: ImportDiff | null }
  | { ok: false; error: ImportError };

export function createVoterService(dataDir: string, options: { now?: () => Date } = {}) {
  const store = new VoterStore(dataDir);
  const now = options.now ?? (() => new Date());
  let cache: Loaded | null = null;
  const serialise = keyedQueue();

  async function meta(listId: string): Promise<VoterListMeta> {
    if (cache?.meta.id === listId) return cache.meta;
    const m = LIST_ID.test(listId) ? await store.readMeta(listId) : null;
    if (!m) throw new AppError('not-found', `There is no voter list "${listId}".`);
    return m;
  }

  let loading: { listId: string; promise: Promise<Loaded> } | null = null;

  async function load(listId: string): Promise<Loaded> {
    if (cache?.meta.id === listId) return cache;
    if (loading?.listId === listId) return loading.promise;
    const promise = (async () => {
      const m = await meta(listId);
      cache = null; // free the previous list before reading the next one
      const loaded = loadedFrom(m, await store.readVoters(listId, m.votersFile));
      cache = loaded;
      return loaded;
    })();
    loading = { listId, promise };
    try {
      return await promise;
    } finally {
      if (loading?.promise === promise) loading = null;
    }
  }

  async function saveMeta(loaded: Loaded, next: VoterListMeta): Promise<void> {
    await store.writeMeta(next);
    loaded.meta = next;
  }

  async function turfSet(listId: string): Promise<TurfSet> {
    const set = await store.readTurfs(listId);
    if (!set) throw new AppError('not-found', 'No turfs have been cut for this list yet.');
    return set;
  }

  async function turf(listId: string, turfId: string) {
    const t = (await turfSet(listId)).turfs.find((x) => x.id === turfId);
    if (!t) throw new AppError('not-found', `There is no turf "${turfId}" in this list.`);
    return t;
  }

  async function walkList(
    listId: string,
    turfId: string,
    keep?: (h: Household) => boolean,
  ): Promise<WalkList> {
    const loaded = await load(listId);
    const t = await turf(listId, turfId);
    const source = {
      listId,
      county: loaded.meta.county?.name ?? '',
      households: loaded.households,
      voters: loaded.voters,
    };
    return buildWalkList(source, t, keep);
  }

  /** Adds marks; Do Not Call never replaces a mark that takes the voter off every list. */
  async function addMarks(loaded: Loaded, added: ChapterMark[]): Promise<void> {
    const before = new Map(loaded.meta.marks.map((m) => [m.voterId, m.reason]));
    const marks = added.filter(
      (m) => m.reason !== 'DNC' || (before.get(m.voterId) ?? 'DNC') === 'DNC',
    );
    if (marks.length === 0) return;
    const ids = new Set(marks.map((m) => m.voterId));
    const kept = loaded.meta.marks.filter((m) => !ids.has(m.voterId));
    await saveMeta(loaded, { ...loaded.meta, marks: [...kept, ...marks] });
    Object.assign(loaded, loadedFrom(loaded.meta, loaded.all));
  }

  return {
    async importList(opts: ImportListOptions): Promise<ImportListResult> {
      cache = null; // a county list can be hundreds of MB: hold one at a time
      const result = await importVoterFile({ ...opts, now });
      if (!result.ok) return result;
      const { summary } = result;
      const listId = opts.listId ?? listIdFor(summary);
      if (!LIST_ID.test(listId)) {
        return {
          ok: false,
          error: { code: 'failed', message: `"${listId}" is not a valid list name.` },
        };
      }
      return serialise(listId, async () => {
        const existing = await store.readMeta(listId);
        if (existing && existing.fileDate > summary.fileDate && !opts.allowOlder) {
          return {
            ok: false,
            error: {
              code: 'older-file',
              message: `This file is dated ${summary.fileDate}, older than the list's current file (${existing.fileDate}). Import it anyway only if that is what you mean.`,
            },
          };
        }
        const previous = existing ? await store.readVoterKeys(existing.votersFile) : null;
        const diff =
          existing && previous ? diffVoters(previous, result.voters, existing.fileDate) : null;
        const votersFile = store.votersFileName(listId, (existing?.imports.length ?? 0) + 1);
        const { meta: next, summary: finalSummary } = listAfterImport({
          listId,
          name: opts.name,
          existing,
          summary,
          voters: result.voters,
          importedHouseholds: result.households.length,
          diff,
          votersFile,
        });
        cache = null;
        await store.writeVoters(votersFile, result.voters);
        await store.writeMeta(next);
        await store.pruneVoters(listId, votersFile);
        cache = loadedFrom(next, result.voters, result.households);
        return { ok: true, list: next, summary: finalSummary, diff };
      });
    },

    async listLists(): Promise<VoterListMeta[]> {
      const ids = await store.listIds();
      const lists: VoterListMeta[] = [];
      for (const id of ids) {
        const m = cache?.meta.id === id ? cache.meta : await store.readMeta(id);
        if (m) lists.push(m);
      }
      return lists.sort((a, b) => a.name.localeCompare(b.name));
    },

    getList: meta,

    async deleteList(listId: string): Promise<void> {
      await meta(listId);
      await serialise(listId, async () => {
        if (cache?.meta.id === listId) cache = null;
        await store.remove(listId);
      });
    },

    async cutTurfs(listId: string, opts: CutOptionsInput = {}): Promise<TurfSet> {
      const options = CutOptionsSchema.parse(opts);
      return serialise(listId, async () => {
        const loaded = await load(listId);
        const set: TurfSet = {
          listId,
          cutAt: now().toISOString(),
          options,
          turfs: cutTurfs([...loaded.households.values()], options),
        };
        await store.writeTurfs(set);
        if (loaded.meta.turfsStale) await saveMeta(loaded, { ...loaded.meta, turfsStale: false });
        return set;
      });
    },

    async getTurfs(listId: string): Promise<TurfSet | null> {
      await meta(listId);
      return store.readTurfs(listId);
    },

    turfWalkList(listId: string, turfId: string): Promise<WalkList> {
      return walkList(listId, turfId);
    },

    /** Not Home and Come Back doors, plus doors not yet knocked unless `includeUnknocked: false`. */
    async remainingDoors(
      listId: string,
      turfId: string,
      opts: { includeUnknocked?: boolean } = {},
    ): Promise<WalkList> {
      const loaded = await load(listId);
      const t = await turf(listId, turfId);
      const { entries } = await store.readResults(listId);
      const inTurf = t.householdKeys
        .map((k) => loaded.households.get(k))
        .filter((h): h is Household => !!h);
      const remaining = new Set(remainingHouseholds(inTurf, entries, opts).map((h) => h.key));
      return walkList(listId, turfId, (h) => remaining.has(h.key));
    },

    async recordResults(
      listId: string,
      inputs: readonly ResultEntryInput[],
    ): Promise<ResultEntry[]> {
      return serialise(listId, async () => {
        const loaded = await load(listId);
        const entries = resultEntriesFrom(inputs, loaded.allById, now);
        await store.appendResults(listId, entries);
        const marks = suppressionMarks(entries, loaded.households);
        if (marks.length) await addMarks(loaded, marks);
        return entries;
      });
    },

    async results(listId: string, opts: { turfId?: string } = {}): Promise<ResultEntry[]> {
      await meta(listId);
      const { entries } = await store.readResults(listId);
      return opts.turfId ? entries.filter((e) => e.turfId === opts.turfId) : entries;
    },

    async stats(listId: string, turfId?: string): Promise<CanvassStats> {
      const loaded = await load(listId);
      const households = turfId
        ? (await turf(listId, turfId)).householdKeys
            .map((k) => loaded.households.get(k))
            .filter((h): h is Household => !!h)
        : [...loaded.households.values()];
      const { entries, damagedLines } = await store.readResults(listId);
      return computeStats(households, entries, damagedLines.length);
    },

    async markVoter(
      listId: string,
      voterId: string,
      reason: ChapterMarkReason,
    ): Promise<ChapterMark> {
      return serialise(listId, async () => {
        const loaded = await load(listId);
        const voter = loaded.allById.get(voterId);
        if (!voter) throw new AppError('not-found', `There is no voter ${voterId} in this list.`);
        const marked = loaded.meta.marks.find((m) => m.voterId === voterId);
        if (reason === 'DNC' && marked && marked.reason !== 'DNC')
          throw new AppError(
            'conflict',
            `${voterId} is already marked ${marked.reason}: they are on no walk or call sheet.`,
          );
        const mark: ChapterMark = {
          voterId,
          reason,
          householdKey: voter.householdKey,
          at: now().toISOString(),
        };
        await addMarks(loaded, [mark]);
        return mark;
      });
    },

    async unmarkVoter(listId: string, voterId: string): Promise<void> {
      await serialise(listId, async () => {
        const loaded = await load(listId);
        if (!loaded.meta.marks.some((m) => m.voterId === voterId)) return;
        await saveMeta(loaded, {
          ...loaded.meta,
          marks: loaded.meta.marks.filter((m) => m.voterId !== voterId),
        });
        Object.assign(loaded, loadedFrom(loaded.meta, loaded.all));
      });
    },

    /** The turf's voters who can be called (a phone, no Do Not Call mark), households whole. */
    async callList(listId: string, turfId: string): Promise<WalkList> {
      const walk = await walkList(listId, turfId);
      const marks = (await load(listId)).meta.marks;
      return callList(walk, new Set(marks.filter((m) => m.reason === 'DNC').map((m) => m.voterId)));
    },

    /** Every voter of the list by ID, chapter-marked ones included (results may name them). */
    async votersById(listId: string): Promise<ReadonlyMap<string, Voter>> {
      return (await load(listId)).allById;
    },

    /** The list as loaded (every voter, those on walk sheets, households): read only. */
    loaded: (listId: string): Promise<Readonly<Loaded>> => load(listId),

    async exportTurfCsv(listId: string, turfId: string): Promise<string> {
      return walkListToCsv(await walkList(listId, turfId));
    },
  };
}

export type VoterService = ReturnType<typeof createVoterService>;
