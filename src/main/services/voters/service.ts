/**
 * The canvassing service the app's main process exposes: import voter lists, cut turfs,
 * walk lists, results, statistics, chapter marks and CSV export. Node only (no
 * electron): the lead wires it to IPC.
 *
 * Errors for the person using the app: `importList` returns `{ ok: false, error }` for an
 * unusable file; the other methods throw AppError ('not-found', 'invalid-input',
 * 'damaged'). Mutations of one list are serialised.
 */
import { randomUUID } from 'node:crypto';
import { buildHouseholds } from '../../../shared/canvass/household';
import { walkListToCsv } from '../../../shared/canvass/export';
import {
  AUTO_SUPPRESS_CODES,
  computeStats,
  remainingHouseholds,
  ResultEntryInputSchema,
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
import { AppError, issuePath } from '../../../shared/errors';
import { importVoterFile, type ImportOptions } from './importer';
import { applyMarks, diffVoters, slug } from './listOps';
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

interface Loaded {
  meta: VoterListMeta;
  /** Every stored voter, chapter-marked ones included. */
  all: Voter[];
  /** `all` by ID. */
  allById: Map<string, Voter>;
  /** Voters after chapter marks, by ID. */
  voters: Map<string, Voter>;
  /** Households of those voters, in list order. */
  households: Map<string, Household>;
}

export function createVoterService(dataDir: string, options: { now?: () => Date } = {}) {
  const store = new VoterStore(dataDir);
  const now = options.now ?? (() => new Date());
  let cache: Loaded | null = null;
  const locks = new Map<string, Promise<unknown>>();

  function serialise<T>(listId: string, task: () => Promise<T>): Promise<T> {
    const previous = locks.get(listId) ?? Promise.resolve();
    const run = previous.then(task, task);
    const settled = run.catch(() => undefined);
    locks.set(listId, settled);
    void settled.then(() => {
      if (locks.get(listId) === settled) locks.delete(listId);
    });
    return run;
  }

  /** `households`: those of `all` when no mark applies (saves rebuilding them after an import). */
  function loadedFrom(meta: VoterListMeta, all: Voter[], households?: Household[]): Loaded {
    const allById = new Map(all.map((v) => [v.id, v]));
    const active = applyMarks(all, meta.marks);
    const unmarked = active.length === all.length;
    return {
      meta,
      all,
      allById,
      voters: unmarked ? allById : new Map(active.map((v) => [v.id, v])),
      households: new Map(
        (unmarked && households ? households : buildHouseholds(active)).map((h) => [h.key, h]),
      ),
    };
  }

  async function meta(listId: string): Promise<VoterListMeta> {
    if (cache?.meta.id === listId) return cache.meta;
    const m = /^[a-z0-9][a-z0-9-]{0,63}$/.test(listId) ? await store.readMeta(listId) : null;
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

  async function addMarks(loaded: Loaded, marks: ChapterMark[]): Promise<void> {
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
      const state = PRESET_STATE[summary.preset] ?? '';
      const listId =
        opts.listId ??
        (summary.county && state
          ? `${state.toLowerCase()}-${slug(summary.county.name)}`
          : `list-${slug(summary.file.replace(/\.[^.]+$/, '')) || 'voters'}`);
      if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(listId)) {
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
        const marks = existing?.marks ?? [];
        const active = applyMarks(result.voters, marks);
        const households = marks.length ? buildHouseholds(active).length : result.households.length;
        const finalSummary: ImportSummary = {
          ...summary,
          voters: active.length,
          households,
          suppressed: {
            ...summary.suppressed,
            chapter: summary.suppressed.chapter + result.voters.length - active.length,
          },
          skipped: summary.skipped.slice(0, 1000),
        };
        const votersFile = store.votersFileName(listId, (existing?.imports.length ?? 0) + 1);
        const next: VoterListMeta = {
          id: listId,
          name:
            opts.name ??
            existing?.name ??
            (summary.county
              ? `${summary.county.name} County${state ? `, ${state}` : ''}`
              : summary.file),
          state,
          county: summary.county ?? existing?.county ?? null,
          preset: summary.preset,
          fileDate: summary.fileDate,
          importedAt: summary.importedAt,
          voters: active.length,
          households,
          imports: [...(existing?.imports ?? []), { summary: finalSummary, diff }],
          marks,
          votersFile,
          turfsStale:
            existing !== null &&
            (diff === null || diff.added + diff.removed + diff.addressChanged > 0),
        };
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
        const byId = loaded.allById;
        const issues: { path: string; message: string }[] = [];
        const entries: ResultEntry[] = [];
        inputs.forEach((input, i) => {
          const parsed = ResultEntryInputSchema.safeParse(input);
          if (!parsed.success) {
            for (const issue of parsed.error.issues)
              issues.push({ path: issuePath([i, ...issue.path]), message: issue.message });
            return;
          }
          const e = parsed.data;
          const voter = e.voterId ? byId.get(e.voterId) : undefined;
          if (e.voterId && !voter) {
            issues.push({ path: `[${i}].voterId`, message: `unknown voter ${e.voterId}` });
            return;
          }
          const householdKey = e.householdKey ?? voter?.householdKey;
          if (!householdKey) {
            issues.push({
              path: `[${i}].householdKey`,
              message: 'a door-level result needs householdKey',
            });
            return;
          }
          entries.push({
            ...e,
            householdKey,
            id: e.id ?? randomUUID(),
            at: e.at ?? now().toISOString(),
          });
        });
        if (issues.length) {
          throw new AppError(
            'invalid-input',
            `${inputs.length - entries.length} of ${inputs.length} results could not be recorded; nothing was saved.`,
            issues,
          );
        }
        await store.appendResults(listId, entries);
        const marks: ChapterMark[] = [];
        for (const e of entries) {
          if (!e.code || !AUTO_SUPPRESS_CODES.has(e.code)) continue;
          const reason = e.code as ChapterMarkReason;
          const ids = e.voterId
            ? [e.voterId]
            : (loaded.households.get(e.householdKey)?.voterIds ?? []);
          for (const voterId of ids)
            marks.push({ voterId, reason, householdKey: e.householdKey, at: e.at });
        }
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
      const { entries } = await store.readResults(listId);
      return computeStats(households, entries);
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

    async exportTurfCsv(listId: string, turfId: string): Promise<string> {
      return walkListToCsv(await walkList(listId, turfId));
    },
  };
}

const PRESET_STATE: Record<string, string> = { ohio: 'OH', 'north-carolina': 'NC', florida: 'FL' };

export type VoterService = ReturnType<typeof createVoterService>;
