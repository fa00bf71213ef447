/** A backend with a chapter and an imported Ohio voter list, for the GOTV channel tests. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startBackend, type Dispatch } from '../../../src/main/dispatch';
import type { ImportJob } from '../../../src/shared/contract/canvass';
import { generateOhioFixture } from '../canvass/generate';
import { CHAPTER, call, fakeHost, manualClock, tempDir } from '../foundation/helpers';

export async function withVoterList(rows = 300) {
  const dir = await tempDir('gotv-app-');
  const host = fakeHost(join(dir, 'saved'));
  const time = manualClock('2026-11-03T12:00:00Z');
  const { dispatch } = await startBackend(join(dir, 'data'), host, time.clock);
  await call(dispatch, 'chapter.create', CHAPTER);
  const fx = generateOhioFixture(rows, 11, { badRows: false });
  const file = join(dir, 'franklin.csv');
  await writeFile(file, fx.csv);
  host.openPaths.push(file);
  const { jobId } = await call<{ jobId: string }>(dispatch, 'canvass.importStart', {
    preset: 'ohio',
    fileDate: '2026-10-01',
  });
  const job = await finished(dispatch, jobId);
  if (!job.list) throw new Error(`import failed: ${JSON.stringify(job.error)}`);
  return { dir, host, time, dispatch, file, listId: job.list.id, voterIds: fx.voterIds };
}

async function finished(dispatch: Dispatch, jobId: string): Promise<ImportJob> {
  for (;;) {
    const job = await call<ImportJob>(dispatch, 'canvass.importProgress', { jobId });
    if (job.state !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
