import { describe, expect, it } from 'vitest';
import {
  MIGRATIONS,
  NewerVersionError,
  fileVersion,
  migrate,
  type Migration,
} from '../../../src/main/store/migrations';
import { CURRENT_SCHEMA_VERSION } from '../../../src/shared/schema/store';

describe('fileVersion', () => {
  it.each([
    [{ schemaVersion: 3 }, 3],
    [{ schemaVersion: 0 }, 0],
    [{}, 0],
    [{ schemaVersion: '2' }, 0],
    [{ schemaVersion: 1.5 }, 0],
    [{ schemaVersion: -1 }, 0],
  ])('%j → %i', (data, version) => {
    expect(fileVersion(data)).toBe(version);
  });
});

describe('migrate', () => {
  const log: string[] = [];
  const steps: Migration[] = [
    // Deliberately out of order: migrate must pick steps by `from`, not by position.
    {
      from: 2,
      describe: 'rename members → people',
      migrate: (d) => {
        log.push('2→3');
        const { members, ...rest } = d;
        return { ...rest, people: members };
      },
    },
    {
      from: 0,
      describe: 'add members',
      migrate: (d) => {
        log.push('0→1');
        return { ...d, members: [] };
      },
    },
    {
      from: 1,
      describe: 'add sample flag',
      migrate: (d) => {
        log.push('1→2');
        return { ...d, sample: false, members: [...(d.members as unknown[]), 'x'] };
      },
    },
  ];

  it('runs every step from the file version to the target, in order', () => {
    log.length = 0;
    const out = migrate({ chapter: null }, steps, 3);
    expect(log).toEqual(['0→1', '1→2', '2→3']);
    expect(out).toEqual({ chapter: null, sample: false, people: ['x'], schemaVersion: 3 });
  });

  it('starts at the file version', () => {
    log.length = 0;
    const out = migrate({ schemaVersion: 2, members: [] }, steps, 3);
    expect(log).toEqual(['2→3']);
    expect(out).toEqual({ people: [], schemaVersion: 3 });
  });

  it('leaves a current file alone', () => {
    log.length = 0;
    const data = { schemaVersion: 3, people: [] };
    expect(migrate(data, steps, 3)).toBe(data);
    expect(log).toEqual([]);
  });

  it('does not modify the input object', () => {
    const data = { schemaVersion: 0, chapter: null };
    const copy = structuredClone(data);
    migrate(data, steps, 3);
    expect(data).toEqual(copy);
  });

  it('throws NewerVersionError for a file newer than the target', () => {
    let error: unknown;
    try {
      migrate({ schemaVersion: 4 }, steps, 3);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NewerVersionError);
    expect((error as NewerVersionError).version).toBe(4);
    expect((error as Error).message).toMatch(/newer/);
  });

  it('throws (not NewerVersionError) when a step is missing', () => {
    const gap = steps.filter((s) => s.from !== 1);
    expect(() => migrate({ schemaVersion: 0 }, gap, 3)).toThrow('No migration from data version 1');
    expect(() => migrate({ schemaVersion: 0 }, gap, 3)).not.toThrow(NewerVersionError);
  });

  it('the shipped migrations cover every version below the current one (none for v0 yet)', () => {
    const froms = MIGRATIONS.map((m) => m.from).sort((a, b) => a - b);
    expect(new Set(froms).size).toBe(froms.length);
    for (const f of froms) expect(f).toBeLessThan(CURRENT_SCHEMA_VERSION);
    const current = { schemaVersion: CURRENT_SCHEMA_VERSION };
    expect(migrate(current)).toBe(current);
    expect(() => migrate({ schemaVersion: CURRENT_SCHEMA_VERSION + 1 })).toThrow(NewerVersionError);
  });
});
