import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BURLINGTON_2009, MOTION_FILE } from './fixtures';

/** The recount CLI as a person runs it: a real process on a real file. */

const dir = mkdtempSync(join(tmpdir(), 'recount-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function recount(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/recount.ts', ...args],
      { encoding: 'utf8', cwd: process.cwd() },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const burlington = file(
  'burlington.json',
  JSON.stringify({
    format: 'chapterhouse-ballots/1',
    title: 'Mayor',
    method: 'irv',
    ...BURLINGTON_2009,
  }),
);

const bad = file(
  'bad.json',
  JSON.stringify({
    format: 'chapterhouse-ballots/1',
    method: 'irv',
    candidates: ['A'],
    ballots: [{ ranking: ['A'] }, { ranking: ['A'] }, { ranking: ['A'] }, { ranking: 'A' }],
  }),
);

// Every run starts at once: each process spends most of its time starting tsx.
const runs: Record<string, Promise<Run>> = {};
beforeAll(() => {
  runs.table = recount(burlington);
  runs.json = recount('--json', burlington);
  runs.motion = recount(file('motion.json', JSON.stringify(MOTION_FILE)), '--json');
  runs.invalid = recount(bad);
  runs.badJson = recount(file('broken.json', '{"format": "chapterhouse-ballots/1",'));
  runs.missing = recount(join(dir, 'nope.json'));
  runs.noFile = recount();
});
const result = (name: string): Promise<Run> => runs[name] ?? Promise.reject(new Error(name));

describe('recount CLI', () => {
  it('prints a readable table and exits 0', async () => {
    const { code, stdout, stderr } = await result('table');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Mayor\nInstant runoff · 1 seat');
    expect(stdout).toContain('Elected: Kiss — instant runoff, 5 rounds');
  });

  it('--json prints the result as JSON', async () => {
    const { code, stdout } = await result('json');
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { outcome: string; winners: string[]; rounds: unknown[] };
    expect(parsed.outcome).toBe('elected');
    expect(parsed.winners).toEqual(['Kiss']);
    expect(parsed.rounds).toHaveLength(5);
  });

  it('a motion', async () => {
    const { code, stdout } = await result('motion');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ outcome: 'adopted', needed: 20 });
  });

  it('exits 2 naming the field when the file is schema-invalid', async () => {
    const { code, stdout, stderr } = await result('invalid');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'recount: invalid ballot file: ballots[3].ranking: expected array, received string\n',
    );
  });

  it('exits 2 on bad JSON, a missing file, or no file', async () => {
    const badJson = await result('badJson');
    expect(badJson.code).toBe(2);
    expect(badJson.stderr).toMatch(/^recount: invalid ballot file: not valid JSON/);
    const missing = await result('missing');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^recount: cannot read /);
    expect((await result('noFile')).code).toBe(2);
  });
});
