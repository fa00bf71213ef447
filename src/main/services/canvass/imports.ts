/**
 * Importing a voter file: the person chooses the file (the renderer gets a token, never the
 * path), previews how it will be read, and the import runs in the background as a job the
 * renderer polls and can cancel.
 */
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { z } from 'zod';
import type { FilePreview, ImportJob, ImportStartSchema } from '../../../shared/contract/canvass';
import type { PresetChoice } from '../../../shared/canvass/schema';
import { AppError } from '../../../shared/errors';
import type { Host } from '../../host';
import type { VoterService } from '../voters/service';
import { previewVoterFile } from './preview';

/** Finished jobs are kept this long for a last poll, then forgotten. */
const JOB_KEEP_MS = 10 * 60_000;

const VOTER_FILE_DIALOG = {
  title: 'Choose a voter file',
  filters: [
    { name: 'Voter files', extensions: ['csv', 'txt', 'tsv', 'tab'] },
    { name: 'All files', extensions: ['*'] },
  ],
};

interface Job extends ImportJob {
  controller: AbortController;
  finishedAt: number | null;
}

function publicJob(job: Job): ImportJob {
  const { controller: _c, finishedAt: _f, ...rest } = job;
  return rest;
}

/**
 * The file choices and import jobs of one app. `voters` gives the voter service of the open
 * folder and `dir` refuses while the recovery screen is up.
 */
export function createVoterImports(host: Host, voters: () => VoterService, dir: () => string) {
  const jobs = new Map<string, Job>();
  const jobDone = new Map<string, Promise<void>>();
  /** Files the person chose, by token: the renderer never sees a path. */
  const chosen = new Map<string, string>();

  function forget(): void {
    const now = Date.now();
    for (const [id, job] of jobs) {
      if (job.finishedAt === null || now - job.finishedAt <= JOB_KEEP_MS) continue;
      jobs.delete(id);
      jobDone.delete(id);
    }
  }

  function importProgress(jobId: string): ImportJob {
    const job = jobs.get(jobId);
    if (!job) throw new AppError('not-found', 'That import is no longer running.');
    return publicJob(job);
  }

  return {
    async chooseFile(): Promise<{ token: string | null; fileName: string | null }> {
      dir();
      const path = await host.chooseOpenPath(VOTER_FILE_DIALOG);
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
      const path = opts.path ?? fromToken ?? (await host.chooseOpenPath(VOTER_FILE_DIALOG));
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

    importProgress,

    importCancel(jobId: string): { cancelled: boolean } {
      const job = jobs.get(jobId);
      if (!job || job.state !== 'running') return { cancelled: false };
      job.controller.abort();
      return { cancelled: true };
    },

    /** Resolves when the job has finished (tests and the sample chapter). */
    async whenDone(jobId: string): Promise<ImportJob> {
      await jobDone.get(jobId);
      return importProgress(jobId);
    },
  };
}
