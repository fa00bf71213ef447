import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BURLINGTON_2009, MOTION_FILE } from './fixtures';

/** The recount CLI as a person runs it: a real process on a real file. */

const dir = mkdtempSync(join(tmpdir(), 'recount-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function recount(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/recount.ts', ...args], {
    encoding: 'utf8',
    cwd: process.cwd(),
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
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

describe('recount CLI', () => {
  it('prints a readable table and exits 0', () => {
    const { code, stdout, stderr } = recount(burlington);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Mayor\nInstant runoff · 1 seat');
    expect(stdout).toContain('Elected: Kiss — instant runoff, 5 rounds');
  });

  it('--json prints the result as JSON', () => {
    const { code, stdout } = recount('--json', burlington);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { outcome: string; winners: string[]; rounds: unknown[] };
    expect(result.outcome).toBe('elected');
    expect(result.winners).toEqual(['Kiss']);
    expect(result.rounds).toHaveLength(5);
  });

  it('a motion', () => {
    const { code, stdout } = recount(file('motion.json', JSON.stringify(MOTION_FILE)), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ outcome: 'adopted', needed: 20 });
  });

  it('exits 2 naming the field when the file is schema-invalid', () => {
    const bad = file(
      'bad.json',
      JSON.stringify({
        format: 'chapterhouse-ballots/1',
        method: 'irv',
        candidates: ['A'],
        ballots: [{ ranking: ['A'] }, { ranking: ['A'] }, { ranking: ['A'] }, { ranking: 'A' }],
      }),
    );
    const { code, stdout, stderr } = recount(bad);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'recount: invalid ballot file: ballots[3].ranking: expected array, received string\n',
    );
  });

  it('exits 2 on bad JSON, a missing file, or no file', () => {
    const bad = recount(file('broken.json', '{"format": "chapterhouse-ballots/1",'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^recount: invalid ballot file: not valid JSON/);
    const missing = recount(join(dir, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^recount: cannot read /);
    expect(recount().code).toBe(2);
  });
});
