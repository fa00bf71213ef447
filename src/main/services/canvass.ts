/**
 * The app side of canvassing: one voter service per open data folder (the real chapter or
 * the sample), import jobs the renderer polls and can cancel, the packet's print data,
 * the canvass settings (script, organiser) kept beside the voter files, and CSV saving.
 * No electron: the Host asks the person for files.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { z } from 'zod';
import {
  CanvassSettingsSchema,
  type CanvassSettings,
  type CanvassSettingsPatch,
  type FilePreview,
  type ImportJob,
  type ImportStartSchema,
  type PacketData,
  type PacketParamsSchema,
  type TurfList,
} from '../../shared/contract/canvass';
import { FLORIDA_COUNTIES } from '../../shared/canvass/counties';
import { walkListToCsv } from '../../shared/canvass/export';
import { detectPreset, PRESETS, resolveColumns } from '../../shared/canvass/presets';
import type { PresetChoice, TurfSet, WalkMode } from '../../shared/canvass/schema';
import { AppError } from '../../shared/errors';
import type { Host } from '../host';
import type { Session } from '../session';
import { writeFileDurable } from '../store/durable';
import { createVoterService, type VoterService } from './voters/service';
import {
  decode,
  notTextReason,
  readHead,
  sampleLines,
  sniffDelimiter,
  sniffEncoding,
  splitRow,
  usesQuotes,
} from './voters/sniff';

const SETTINGS_FILE = 'canvass-settings.json';
/** Finished jobs are kept this long for a last poll, then forgotten. */
const JOB_KEEP_MS = 10 * 60_000;

interface Job extends ImportJob {
  controller: AbortController;
  finishedAt: number | null;
}

export function toTurfList(set: TurfSet, stale: boolean): TurfList {
  return {
    cutAt: set.cutAt,
    options: set.options,
    stale,
    turfs: set.turfs.map(({ householdKeys: _keys, ...t }) => t),
  };
}

export function packetId(listId: string, turfId: string, remaining: boolean): string {
  return `${listId.toUpperCase()}-${turfId}${remaining ? '-R' : ''}`;
}

const PREVIEW_FIELDS = [
  ['voterId', 'State voter ID'],
  ['lastName', 'Last name'],
  ['firstName', 'First name'],
  ['middleName', 'Middle name'],
  ['birthDate', 'Birth date'],
  ['birthYear', 'Birth year'],
  ['sex', 'Sex'],
  ['party', 'Party'],
  ['status', 'Status'],
  ['address1', 'Street address'],
  ['address2', 'Unit'],
  ['houseNumber', 'House number'],
  ['streetName', 'Street name'],
  ['city', 'City'],
  ['zip', 'ZIP'],
  ['precinct', 'Precinct'],
  ['county', 'County'],
  ['confidential', 'Confidential flag'],
  ['exempt', 'Records exemption'],
] as const;

/**
 * What the importer will read from a file: the layout (detected or chosen), and which
 * column feeds each field, with the first rows as they will be read. Reads only the head.
 */
export async function previewVoterFile(path: string, choice: PresetChoice): Promise<FilePreview> {
  const size = (await stat(path)).size;
  const base: FilePreview = {
    fileName: basename(path),
    fileSize: size,
    encoding: '',
    delimiter: '',
    hasHeader: false,
    preset: null,
    mapping: [],
    missing: [],
    sample: [],
    error: null,
  };
  const head = await readHead(path);
  const notText = notTextReason(head);
  if (notText) return { ...base, error: notText };
  const complete = head.length >= size;
  const encoding = sniffEncoding(head, complete);
  const lines = sampleLines(decode(head, encoding), complete, 6);
  const first = lines[0];
  if (first === undefined) return { ...base, encoding, error: 'The file has no rows.' };
  const chosen = choice === 'auto' ? null : PRESETS[choice];
  const delimiter = chosen?.delimiter ?? sniffDelimiter(lines);
  const quoted = usesQuotes(lines, delimiter);
  const firstRow = splitRow(first, delimiter, quoted);
  const detected = detectPreset(firstRow, new Set(FLORIDA_COUNTIES.map((c) => c.code)));
  const presetId = chosen?.id ?? detected?.preset ?? null;
  const shown = { ...base, encoding, delimiter, preset: presetId };
  if (!presetId) {
    return { ...shown, error: 'The layout was not recognised: choose one of the layouts.' };
  }
  const preset = PRESETS[presetId];
  const hasHeader =
    detected?.preset === presetId ? detected.header : preset.header !== false && !preset.columns;
  const header = hasHeader ? firstRow : null;
  const names = header ?? preset.columns ?? [];
  const resolved = resolveColumns(preset, header);
  const index = resolved.ok ? resolved.columns.index : {};
  const rows = (hasHeader ? lines.slice(1) : lines)
    .slice(0, 3)
    .map((l) => splitRow(l, delimiter, quoted));
  const cell = (row: string[], f: keyof typeof index) => {
    const i = index[f];
    return i === undefined ? '' : (row[i] ?? '').trim();
  };
  return {
    ...shown,
    hasHeader,
    mapping: PREVIEW_FIELDS.map(([field, label]) => {
      const i = index[field];
      return { field: label, column: i === undefined ? null : (names[i] ?? `column ${i + 1}`) };
    }),
    missing: resolved.ok
      ? rows[0] && rows[0].length < resolved.columns.expected / 2
        ? [
            `the rows have ${rows[0].length} ${rows[0].length === 1 ? 'column' : 'columns'} where the ${preset.label} layout has ${resolved.columns.expected}: choose another layout`,
          ]
        : []
      : resolved.missing,
    sample: rows.map((r) => [
      cell(r, 'voterId'),
      [cell(r, 'lastName'), cell(r, 'firstName')].filter(Boolean).join(', '),
      [
        cell(r, 'address1') || [cell(r, 'houseNumber'), cell(r, 'streetName')].join(' '),
        cell(r, 'address2'),
      ]
        .filter(Boolean)
        .join(' '),
      cell(r, 'city'),
      cell(r, 'zip'),
      cell(r, 'precinct'),
    ]),
  };
}

export function createCanvassApp(session: Session, host: Host) {
  let current: { dir: string; service: VoterService } | null = null;
  const jobs = new Map<string, Job>();
  const jobDone = new Map<string, Promise<void>>();
  /** Files the person chose, by token: the renderer never sees a path. */
  const chosen = new Map<string, string>();

  function dir(): string {
    session.current(); // refuse while the recovery screen is up
    return session.dirFor(session.mode);
  }

  /**
   * The voter service of the open folder, made afresh whenever the folder changes (real ↔
   * sample), so a discarded and re-created sample never reads a cached list.
   */
  function voters(): VoterService {
    const d = dir();
    if (!current || current.dir !== d) {
      current = { dir: d, service: createVoterService(d, { now: session.clock }) };
    }
    return current.service;
  }

  function forget(): void {
    const now = Date.now();
    for (const [id, job] of jobs) {
      if (job.finishedAt === null || now - job.finishedAt <= JOB_KEEP_MS) continue;
      jobs.delete(id);
      jobDone.delete(id);
    }
  }

  function publicJob(job: Job): ImportJob {
    const { controller: _c, finishedAt: _f, ...rest } = job;
    return rest;
  }

  async function settings(): Promise<CanvassSettings> {
    try {
      const raw = await readFile(join(dir(), 'voters', SETTINGS_FILE), 'utf8');
      const parsed = CanvassSettingsSchema.safeParse(JSON.parse(raw));
      if (parsed.success) return parsed.data;
    } catch {
      // missing or unreadable: the defaults (the person can save new settings)
    }
    return CanvassSettingsSchema.parse({});
  }

  return {
    voters,
    settings,

    /** Saves the settings the patch names; the others keep their saved values. */
    async saveSettings(patch: CanvassSettingsPatch): Promise<CanvassSettings> {
      const next = CanvassSettingsSchema.parse({ ...(await settings()), ...patch });
      await mkdir(join(dir(), 'voters'), { recursive: true });
      await writeFileDurable(
        join(dir(), 'voters', SETTINGS_FILE),
        `${JSON.stringify(next, null, 2)}\n`,
      );
      return next;
    },

    async chooseFile(): Promise<{ token: string | null; fileName: string | null }> {
      dir();
      const path = await host.chooseOpenPath({
        title: 'Choose a voter file',
        filters: [
          { name: 'Voter files', extensions: ['csv', 'txt', 'tsv', 'tab'] },
          { name: 'All files', extensions: ['*'] },
        ],
      });
      if (!path) return { token: null, fileName: null };
      const token = randomUUID();
      chosen.set(token, path);
      return { token, fileName: basename(path) };
    },

    async previewFile(token: string, preset: PresetChoice): Promise<FilePreview> {
      const path = chosen.get(token);
      if (!path) throw new AppError('not-found', 'Choose the voter file again.');
      try {
        return await previewVoterFile(path, preset);
      } catch (error) {
        throw new AppError(
          'invalid-input',
          `The file could not be read: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    },

    /** Asks for the file, then runs the import in the background; the renderer polls. */
    async importStart(
      input: z.output<typeof ImportStartSchema>,
      opts: { path?: string } = {},
    ): Promise<{ jobId: string | null; fileName: string | null }> {
      const service = voters();
      const fromToken = input.token ? chosen.get(input.token) : undefined;
      if (input.token && !fromToken)
        throw new AppError('not-found', 'Choose the voter file again.');
      const path =
        opts.path ??
        fromToken ??
        (await host.chooseOpenPath({
          title: 'Choose a voter file',
          filters: [
            { name: 'Voter files', extensions: ['csv', 'txt', 'tsv', 'tab'] },
            { name: 'All files', extensions: ['*'] },
          ],
        }));
      if (!path) return { jobId: null, fileName: null };
      forget();
      const jobId = randomUUID();
      const job: Job = {
        jobId,
        fileName: basename(path),
        state: 'running',
        bytesRead: 0,
        totalBytes: 0,
        rows: 0,
        fraction: 0,
        list: null,
        summary: null,
        diff: null,
        error: null,
        controller: new AbortController(),
        finishedAt: null,
      };
      jobs.set(jobId, job);
      const done = service
        .importList({
          path,
          preset: input.preset,
          county: input.county || null,
          ...(input.fileDate ? { fileDate: input.fileDate } : {}),
          ...(input.listId ? { listId: input.listId } : {}),
          allowOlder: input.allowOlder,
          signal: job.controller.signal,
          onProgress: (p) => {
            job.bytesRead = p.bytesRead;
            job.totalBytes = p.totalBytes;
            job.rows = p.rows;
            job.fraction = p.fraction;
          },
        })
        .then(
          (result) => {
            if (result.ok) {
              Object.assign(job, {
                state: 'done',
                fraction: 1,
                list: result.list,
                summary: result.summary,
                diff: result.diff,
              });
            } else {
              job.state = result.error.code === 'cancelled' ? 'cancelled' : 'failed';
              job.error = result.error;
            }
          },
          (error: unknown) => {
            job.state = 'failed';
            job.error = {
              code: 'failed',
              message: error instanceof Error ? error.message : String(error),
            };
          },
        )
        .finally(() => {
          job.finishedAt = Date.now();
        });
      jobDone.set(jobId, done);
      return { jobId, fileName: job.fileName };
    },

    importProgress(jobId: string): ImportJob {
      const job = jobs.get(jobId);
      if (!job) throw new AppError('not-found', 'That import is no longer running.');
      return publicJob(job);
    },

    importCancel(jobId: string): { cancelled: boolean } {
      const job = jobs.get(jobId);
      if (!job || job.state !== 'running') return { cancelled: false };
      job.controller.abort();
      return { cancelled: true };
    },

    /** Resolves when the job has finished (tests and the sample chapter). */
    async whenDone(jobId: string): Promise<ImportJob> {
      await jobDone.get(jobId);
      return this.importProgress(jobId);
    },

    async cutTurfs(listId: string, doorsPerTurf: number, mode: WalkMode): Promise<TurfList> {
      const set = await voters().cutTurfs(listId, { doorsPerTurf, mode });
      return toTurfList(set, false);
    },

    async turfs(listId: string): Promise<TurfList | null> {
      const service = voters();
      const set = await service.getTurfs(listId);
      if (!set) return null;
      return toTurfList(set, (await service.getList(listId)).turfsStale);
    },

    async packet(params: z.output<typeof PacketParamsSchema>): Promise<PacketData> {
      const data = session.current().data;
      if (!data.chapter) throw new AppError('not-ready', 'Create the chapter first.');
      const service = voters();
      const meta = await service.getList(params.listId);
      const walkList = params.remaining
        ? await service.remainingDoors(params.listId, params.turfId)
        : await service.turfWalkList(params.listId, params.turfId);
      const s = await settings();
      const fips = meta.county?.fips ?? null;
      const profile = fips ? data.countyProfiles.find((p) => p.fips === fips) : undefined;
      const flyer =
        (fips ? data.flyers.find((f) => f.countyFips === fips) : undefined) ??
        (data.flyers.length === 1 ? data.flyers[0] : undefined);
      return {
        chapterName: data.chapter.name,
        sample: data.sample,
        state: meta.state,
        county: meta.county?.name ?? '',
        countyFips: fips,
        packetId: packetId(params.listId, params.turfId, params.remaining),
        remaining: params.remaining,
        canvasser: params.canvasser,
        date: params.date || session.clock().toISOString().slice(0, 10),
        script: s.script,
        organiserName: s.organiserName || profile?.contact.name || '',
        organiserPhone: s.organiserPhone || profile?.contact.phone || '',
        fileDate: meta.fileDate.slice(0, 10),
        walkList,
        flyerId: flyer?.id ?? null,
      };
    },

    async saveCsv(listId: string, turfId: string, remaining: boolean) {
      const service = voters();
      await service.getList(listId);
      const list = remaining
        ? await service.remainingDoors(listId, turfId)
        : await service.turfWalkList(listId, turfId);
      const csv = walkListToCsv(list);
      const path = await host.chooseSavePath({
        title: 'Save the turf as CSV',
        defaultName: `${packetId(listId, turfId, remaining).toLowerCase()}-walk-order.csv`,
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      });
      if (!path) return { saved: false };
      await writeFileDurable(path, csv);
      return { saved: true, fileName: basename(path) };
    },
  };
}

export type CanvassApp = ReturnType<typeof createCanvassApp>;
