import { describe, expect, it } from 'vitest';
import { canonicalMarks, compareDoubleEntry, reconcileBallots } from '../../../src/shared/voting';
import type { TellerEntry } from '../../../src/shared/voting';

describe('double entry', () => {
  const first: TellerEntry[] = [
    { number: 1, ranking: ['A', 'B'] },
    { number: 2, ranking: ['B', null, null] },
    { number: 3, ranking: [['C', 'A'], 'B'] },
    { number: 4, ranking: ['C'] },
    { number: 6, ranking: ['A'] },
  ];
  const second: TellerEntry[] = [
    { number: 1, ranking: ['A', 'B'] },
    { number: 2, ranking: ['B', ''] },
    { number: 3, ranking: [['A', 'C'], 'B'] },
    { number: 4, ranking: ['B'] },
    { number: 5, ranking: ['A'] },
  ];

  it('lists every disagreement by ballot number; same meaning is not a mismatch', () => {
    expect(compareDoubleEntry(first, second)).toEqual([
      { number: 4, reason: 'different', first: first[3], second: second[3] },
      { number: 5, reason: 'only-second', first: null, second: second[4] },
      { number: 6, reason: 'only-first', first: first[4], second: null },
    ]);
  });

  it('a number keyed twice by one teller is a mismatch', () => {
    const twice: TellerEntry[] = [...second.slice(0, 4), { number: 4, ranking: ['C'] }];
    expect(compareDoubleEntry(first.slice(0, 4), twice)).toEqual([
      { number: 4, reason: 'repeated-number', first: null, second: twice[4] },
      { number: 4, reason: 'different', first: first[3], second: second[3] },
    ]);
  });

  it('agreeing stacks have no mismatches', () => {
    expect(
      compareDoubleEntry(
        first,
        first.map((e) => ({ ...e })),
      ),
    ).toEqual([]);
  });

  it('canonical marks', () => {
    expect(canonicalMarks({ number: 1, ranking: ['A', [], [null, ''], null] })).toBe(
      canonicalMarks({ number: 2, ranking: ['A'] }),
    );
    expect(canonicalMarks({ number: 1, approve: ['B', 'A', 'B'] })).toBe(
      canonicalMarks({ number: 2, approve: ['A', 'B'] }),
    );
    expect(canonicalMarks({ number: 1, ranking: [null, 'A'] })).not.toBe(
      canonicalMarks({ number: 1, ranking: ['A'] }),
    );
  });
});

describe('reconciliation', () => {
  it('balanced when issued = entered + spoiled and no more ballots than members present', () => {
    expect(reconcileBallots({ issued: 40, entered: 38, spoiled: 2, present: 40 })).toEqual({
      balanced: true,
      problems: [],
    });
  });

  it('says what does not add up', () => {
    expect(reconcileBallots({ issued: 40, entered: 37, spoiled: 1, present: 36 }).problems).toEqual(
      [
        '40 ballots issued but only 37 entered and 1 spoiled: 2 not accounted for.',
        '37 ballots entered but only 36 members present.',
      ],
    );
    expect(reconcileBallots({ issued: 10, entered: 11 }).problems).toEqual([
      '11 ballots entered and 0 spoiled, but only 10 issued: 1 too many.',
    ]);
  });
});
