import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBackend } from '../../../src/main/dispatch';
import { createVoterService } from '../../../src/main/services/voters/service';
import { fakeHost, tempDir } from '../foundation/helpers';

const FIXTURE = join(import.meta.dirname, '../../fixtures/voters/ohio-franklin.csv');

describe("a crashed import's leftovers", () => {
  it('are removed on the next start; committed voter rows are kept', async () => {
    const dir = await tempDir();
    const service = createVoterService(dir);
    const imported = await service.importList({ path: FIXTURE, fileDate: '2024-10-01' });
    expect(imported.ok).toBe(true);
    const voters = join(dir, 'voters');
    // Killed mid-write (temp file), killed between the rename and the metadata (orphan
    // rows of import 2), and rows of a list whose metadata was never written.
    const leftovers = [
      '.oh-franklin.voters.2.ndjson.4242.0b6c3c2e-7d1e-4c1a-9f7e-1f2a3b4c5d6e.tmp',
      'oh-franklin.voters.2.ndjson',
      'oh-delaware.voters.1.ndjson',
    ];
    for (const name of leftovers) await writeFile(join(voters, name), '{"format":"x"}\n');
    const before = (await readdir(voters)).sort();
    expect(before).toEqual(expect.arrayContaining(leftovers));

    await startBackend(dir, fakeHost(await tempDir()));
    expect((await readdir(voters)).sort()).toEqual([
      'oh-franklin.meta.json',
      'oh-franklin.voters.1.ndjson',
    ]);
    // The list itself still opens, with all its voters.
    expect((await createVoterService(dir).listLists()).map((l) => l.voters)).toEqual([11]);
  });
});
