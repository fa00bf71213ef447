import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  IDS_PER_LINE,
  importLines,
  turnoutByHour,
  VotedState,
  type VotedImport,
  type VotedLine,
} from '../../../src/shared/gotv/votedLog';

const record = (n: number): VotedImport => ({
  n,
  at: '2026-11-01T10:00:00.000Z',
  file: `f${n}.csv`,
  layout: 'generic',
  rows: 0,
  ballots: 0,
  newlyVoted: 0,
  alreadyVoted: 0,
  notInVoterFile: 0,
  newlyInUniverse: 0,
});

const fold = (lines: VotedLine[]) => {
  const s = new VotedState();
  for (const l of lines) s.apply(l);
  return s;
};

describe('voted log', () => {
  it('an import counts only once its record line is there (a torn import counts nothing)', () => {
    const ids = Array.from({ length: IDS_PER_LINE + 5 }, (_, i) => `V${i}`);
    const lines = importLines(record(1), ids);
    expect(lines).toHaveLength(3);
    expect(fold(lines.slice(0, 2)).votes.size).toBe(0);
    expect(fold(lines.slice(0, 2)).nextImport()).toBe(2);
    expect(fold(lines).votes.size).toBe(ids.length);
    expect(fold(lines).imports).toEqual([record(1)]);
  });

  it('strike-offs: the first known vote stays; undo takes back only a strike-off', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            op: fc.constantFrom('strike', 'undo', 'import'),
            id: fc.constantFrom('A', 'B', 'C'),
          }),
          { maxLength: 30 },
        ),
        (ops) => {
          const s = new VotedState();
          const model = new Map<string, 'import' | 'strike'>();
          let n = 0;
          for (const { op, id } of ops) {
            if (op === 'import') {
              n++;
              for (const l of importLines(record(n), model.has(id) ? [] : [id])) s.apply(l);
              if (!model.has(id)) model.set(id, 'import');
            } else if (op === 'strike') {
              s.apply({ k: 'strike', id, at: '2026-11-03T10:00:00.000Z', by: '' });
              if (!model.has(id)) model.set(id, 'strike');
            } else {
              s.apply({ k: 'undo', id, at: '2026-11-03T10:00:00.000Z' });
              if (model.get(id) === 'strike') model.delete(id);
            }
          }
          expect(new Map([...s.votes].map(([id, v]) => [id, v.how]))).toEqual(model);
        },
      ),
    );
  });

  it('turnout by hour: voted files are early votes, strike-offs by local hour of the day', () => {
    const s = fold([
      ...importLines(record(1), ['A']),
      { k: 'strike', id: 'B', at: new Date(2026, 10, 3, 7, 5).toISOString(), by: '' },
      { k: 'strike', id: 'C', at: new Date(2026, 10, 3, 7, 55).toISOString(), by: '' },
      { k: 'strike', id: 'D', at: new Date(2026, 10, 2, 20).toISOString(), by: '' },
      { k: 'strike', id: 'E', at: new Date(2026, 10, 4, 1).toISOString(), by: '' },
      { k: 'strike', id: 'OUT', at: new Date(2026, 10, 3, 8).toISOString(), by: '' },
    ]);
    const t = turnoutByHour(['A', 'B', 'C', 'D', 'E', 'F'], s.votes, '2026-11-03');
    expect(t).toMatchObject({ early: 1, before: 1, after: 1 });
    expect(t.hours[7]).toBe(2);
    expect(t.hours.reduce((a, b) => a + b, 0)).toBe(2);
  });
});
