import { execFile } from 'node:child_process';
import {
  chmod,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { writePrivateFile } from '../../../src/cli/privateFile';
import { generateOhioFixture } from './generate';

/** Voter data the walklist CLI writes is the owner's alone; what it prints is terminal-safe. */

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../../..');
const posix = process.platform !== 'win32';

async function walklist(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'src/cli/walklist.ts', ...args],
      { cwd: root },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const mode = async (path: string): Promise<number> => (await stat(path)).mode & 0o777;

describe('walklist CLI: private files', () => {
  it.runIf(posix)(
    'writes every CSV and summary.json 0600, also over existing files, and a new folder 0700',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'walklist-private-'));
      const voters = join(dir, 'SWVF_25.csv');
      await writeFile(voters, generateOhioFixture(300, 5, { badRows: false }).csv);
      // A previous run's files, readable by everyone.
      const out = join(dir, 'out');
      await mkdir(out);
      for (const name of ['T001.csv', 'summary.json']) {
        await writeFile(join(out, name), 'old');
        await chmod(join(out, name), 0o644);
      }
      const fresh = join(dir, 'fresh', 'turfs');
      const [again, first] = await Promise.all([
        walklist(['--voters', voters, '--out', out, '--doors-per-turf', '40']),
        walklist(['--voters', voters, '--out', fresh, '--doors-per-turf', '40']),
      ]);
      expect(again.stderr).toBe('');
      expect(again.code).toBe(0);
      expect(first.code).toBe(0);
      for (const folder of [out, fresh]) {
        const names = await readdir(folder);
        expect(names).toContain('T001.csv');
        expect(names).toContain('summary.json');
        for (const name of names)
          expect([name, await mode(join(folder, name))]).toEqual([name, 0o600]);
      }
      expect(await readFile(join(out, 'T001.csv'), 'utf8')).not.toBe('old');
      expect(await mode(fresh)).toBe(0o700);
    },
  );

  it.runIf(posix)(
    'writePrivateFile tightens an existing file and never follows a link',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'private-file-'));
      const path = join(dir, 'T001.csv');
      await writeFile(path, 'old contents, longer than the new');
      await chmod(path, 0o666);
      await writePrivateFile(path, 'new');
      expect(await readFile(path, 'utf8')).toBe('new');
      expect(await mode(path)).toBe(0o600);

      const elsewhere = join(dir, 'elsewhere.txt');
      await writeFile(elsewhere, 'not yours to overwrite');
      await chmod(elsewhere, 0o644);
      await symlink(elsewhere, join(dir, 'T002.csv'));
      await expect(writePrivateFile(join(dir, 'T002.csv'), 'voter data')).rejects.toThrow(/ELOOP/);
      expect(await readFile(elsewhere, 'utf8')).toBe('not yours to overwrite');
      expect(await mode(elsewhere)).toBe(0o644);
    },
  );

  it('a message quoting the voter file shows its control characters as escapes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'walklist-hostile-'));
    const rows = Array.from(
      { length: 200 },
      (_, i) => `A${i + 1},${i + 1} Main St,X,1,Other County`,
    );
    const voters = join(dir, 'voters.csv');
    await writeFile(
      voters,
      [
        'voter_id,address,city,zip,county',
        'A0,1 Main St,X,1,Evil\x1b[2J\x1b]0;pwned\x07',
        ...rows,
      ].join('\n'),
    );
    const r = await walklist(['--voters', voters, '--out', join(dir, 'o'), '--county', 'Franklin']);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/); // eslint-disable-line no-control-regex
    expect(r.stderr).toContain('Evil\\x1b[2J\\x1b]0;pwned\\x07 (1 rows)');
  });
});
