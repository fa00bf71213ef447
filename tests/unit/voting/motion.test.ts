import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COUNTED_THRESHOLDS,
  evaluateMotion,
  meetsThreshold,
  neededYes,
  VotingInputError,
} from '../../../src/shared/voting';
import type { CountedThreshold, MotionInput } from '../../../src/shared/voting';

const counted = (
  threshold: CountedThreshold,
  yes: number,
  no: number,
  abstain = 0,
  extra: Partial<{ present: number; members: number; quorum: number }> = {},
) => evaluateMotion({ vote: 'counted', threshold, counts: { yes, no, abstain }, ...extra });

describe('threshold table', () => {
  // [threshold, yes, no, abstain, present, members, outcome, needed]
  const table: [CountedThreshold, number, number, number, number, number, string, number][] = [
    // majority of votes cast: yes > no, a tie fails, abstentions are not votes
    ['majority-cast', 10, 9, 0, 40, 100, 'adopted', 10],
    ['majority-cast', 10, 10, 0, 40, 100, 'failed', 11],
    ['majority-cast', 5, 4, 30, 40, 100, 'adopted', 5],
    ['majority-cast', 0, 0, 12, 40, 100, 'failed', 1],
    ['majority-cast', 0, 0, 0, 40, 100, 'failed', 1],
    // two-thirds of votes cast: yes ≥ 2 × no and yes > 0
    ['two-thirds-cast', 20, 10, 0, 40, 100, 'adopted', 20],
    ['two-thirds-cast', 19, 10, 0, 40, 100, 'failed', 20],
    ['two-thirds-cast', 21, 9, 3, 40, 100, 'adopted', 20],
    ['two-thirds-cast', 2, 1, 30, 40, 100, 'adopted', 2],
    ['two-thirds-cast', 1, 0, 0, 40, 100, 'adopted', 1],
    ['two-thirds-cast', 0, 0, 5, 40, 100, 'failed', 1],
    // majority of those present: 2 × yes > present; abstaining counts against
    ['majority-present', 17, 0, 16, 33, 100, 'adopted', 17],
    ['majority-present', 16, 1, 16, 33, 100, 'failed', 17],
    ['majority-present', 17, 0, 17, 34, 100, 'failed', 18],
    ['majority-present', 0, 0, 0, 33, 100, 'failed', 17],
    // two-thirds of those present: 3 × yes ≥ 2 × present
    ['two-thirds-present', 20, 0, 10, 30, 100, 'adopted', 20],
    ['two-thirds-present', 19, 1, 0, 30, 100, 'failed', 20],
    ['two-thirds-present', 21, 0, 0, 31, 100, 'adopted', 21],
    ['two-thirds-present', 20, 0, 0, 31, 100, 'failed', 21],
    // majority of the entire membership: 2 × yes > members
    ['majority-members', 51, 0, 0, 60, 100, 'adopted', 51],
    ['majority-members', 50, 0, 0, 60, 100, 'failed', 51],
    ['majority-members', 0, 0, 0, 60, 100, 'failed', 51],
    // two-thirds of the entire membership: 3 × yes ≥ 2 × members
    ['two-thirds-members', 67, 0, 0, 80, 100, 'adopted', 67],
    ['two-thirds-members', 66, 0, 0, 80, 100, 'failed', 67],
    ['two-thirds-members', 66, 0, 0, 80, 99, 'adopted', 66],
    ['two-thirds-members', 65, 1, 0, 80, 99, 'failed', 66],
  ];
  it.each(table)(
    '%s %i yes %i no %i abstain (present %i, members %i) → %s, needed %i',
    (threshold, yes, no, abstain, present, members, outcome, needed) => {
      const result = counted(threshold, yes, no, abstain, { present, members });
      expect(result.outcome).toBe(outcome);
      expect(result.needed).toBe(needed);
    },
  );

  it('writes the plain sentence', () => {
    const result = counted('two-thirds-cast', 21, 9, 3, { quorum: 15, present: 33 });
    expect(result.summary).toBe(
      'Adopted: 21 yes, 9 no, 3 abstain — two-thirds of votes cast needed 20; quorum 15, 33 present.',
    );
    expect(counted('majority-cast', 15, 15, 0, { present: 33 }).summary).toBe(
      'Failed: 15 yes, 15 no, 0 abstain — majority of votes cast needed 16; 33 present.',
    );
    expect(counted('majority-members', 51, 3, 0, { members: 100 }).summary).toBe(
      'Adopted: 51 yes, 3 no, 0 abstain — majority of the entire membership (100) needed 51.',
    );
  });

  it('reports one round with the counts', () => {
    const result = counted('majority-cast', 10, 4, 2);
    expect(result.rounds).toEqual([
      expect.objectContaining({ round: 1, tallies: { yes: 10, no: 4, abstain: 2 }, threshold: 8 }),
    ]);
    expect(result.winners).toEqual([]);
  });
});

describe('quorum', () => {
  it('below quorum is no-quorum, never adopted, even when unanimous', () => {
    const result = counted('majority-cast', 14, 0, 0, { present: 14, quorum: 15 });
    expect(result.outcome).toBe('no-quorum');
    expect(result.quorumMet).toBe(false);
    expect(result.summary).toBe(
      'No quorum: 14 present, quorum 15 — the vote (14 yes, 0 no, 0 abstain) adopts nothing.',
    );
  });

  it('exactly the quorum is enough', () => {
    const result = counted('majority-cast', 8, 7, 0, { present: 15, quorum: 15 });
    expect(result.outcome).toBe('adopted');
    expect(result.quorumMet).toBe(true);
  });

  it('needs the number present to check a quorum', () => {
    expect(() => counted('majority-cast', 1, 0, 0, { quorum: 15 })).toThrow(
      'invalid motion: present: a quorum is checked against the number present, which is missing',
    );
  });

  it('no quorum recorded: not checked', () => {
    expect(counted('majority-cast', 1, 0).quorumMet).toBeNull();
  });
});

describe('vote methods', () => {
  it('voice vote: the chair declares, no counts', () => {
    const result = evaluateMotion({
      vote: 'voice',
      threshold: 'majority-cast',
      declared: 'adopted',
    });
    expect(result).toMatchObject({ outcome: 'adopted', counts: null, needed: null, rounds: [] });
    expect(result.summary).toBe(
      "Adopted by voice vote (the chair's declaration, no count) — majority of votes cast.",
    );
    expect(
      evaluateMotion({
        vote: 'voice',
        threshold: 'majority-present',
        declared: 'failed',
        present: 20,
        quorum: 25,
      }).outcome,
    ).toBe('no-quorum');
  });

  it.each([
    'two-thirds-cast',
    'two-thirds-present',
    'majority-members',
    'two-thirds-members',
  ] as const)('rejects a voice vote on %s', (threshold) => {
    const input: MotionInput = {
      vote: 'voice',
      threshold,
      declared: 'adopted',
      present: 30,
      members: 50,
    };
    expect(() => evaluateMotion(input)).toThrow(VotingInputError);
    expect(() => evaluateMotion(input)).toThrow(
      `threshold: a voice vote can only decide a majority of votes cast or of those present; ${threshold} needs a counted vote`,
    );
  });

  it('unanimous consent: adopted unless an objection is recorded', () => {
    expect(evaluateMotion({ vote: 'unanimous-consent' }).outcome).toBe('adopted');
    const objected = evaluateMotion({ vote: 'unanimous-consent', objection: true });
    expect(objected.outcome).toBe('failed');
    expect(objected.summary).toContain('objection');
    expect(evaluateMotion({ vote: 'unanimous-consent', present: 9, quorum: 10 }).outcome).toBe(
      'no-quorum',
    );
  });

  it('roll call: counts follow from the names, and must agree with given counts', () => {
    const rollCall = [
      { name: 'Ana', vote: 'yes' },
      { name: 'Ben', vote: 'yes' },
      { name: 'Cy', vote: 'no' },
      { name: 'Di', vote: 'abstain' },
    ] as const;
    const result = evaluateMotion({
      vote: 'roll-call',
      threshold: 'majority-cast',
      rollCall: [...rollCall],
    });
    expect(result.counts).toEqual({ yes: 2, no: 1, abstain: 1 });
    expect(result.summary).toMatch(/^Adopted \(roll call\): 2 yes, 1 no, 1 abstain/);
    expect(() =>
      evaluateMotion({
        vote: 'roll-call',
        threshold: 'majority-cast',
        rollCall: [...rollCall],
        counts: { yes: 3, no: 1, abstain: 0 },
      }),
    ).toThrow('counts: counts (3/1/0) disagree with the roll call (2/1/1)');
    expect(() =>
      evaluateMotion({
        vote: 'roll-call',
        threshold: 'majority-cast',
        rollCall: [...rollCall, { name: 'Ana', vote: 'no' }],
      }),
    ).toThrow('rollCall[4].name: Ana voted twice');
  });

  it('names the missing base number', () => {
    expect(() =>
      evaluateMotion({ vote: 'counted', threshold: 'majority-present', counts: { yes: 1, no: 0 } }),
    ).toThrow('present: threshold majority-present needs the number present');
    expect(() =>
      evaluateMotion({
        vote: 'counted',
        threshold: 'two-thirds-members',
        counts: { yes: 1, no: 0 },
      }),
    ).toThrow('members: threshold two-thirds-members needs the number of members');
    expect(() =>
      evaluateMotion({ vote: 'counted', threshold: 'majority-cast', counts: { yes: -1, no: 0 } }),
    ).toThrow('counts.yes');
  });

  it('warns when more votes are recorded than members present', () => {
    expect(counted('majority-cast', 30, 5, 0, { present: 33 }).warnings).toEqual([
      '35 votes and abstentions recorded but only 33 present.',
    ]);
  });
});

describe('needed is exact', () => {
  const small = fc.integer({ min: 0, max: 60 });
  it('adopted ⇔ yes ≥ needed, and needed - 1 would fail with the same base', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...COUNTED_THRESHOLDS),
        small,
        small,
        fc.integer({ min: 1, max: 150 }),
        fc.integer({ min: 1, max: 300 }),
        (threshold, yes, no, present, members) => {
          const counts = { yes, no };
          const needed = neededYes(threshold, counts, present, members);
          expect(meetsThreshold(threshold, counts, present, members)).toBe(yes >= needed);
          // The same base: votes cast stay yes + no for the -cast thresholds.
          const cast = yes + no;
          const at = (y: number) =>
            threshold.endsWith('-cast') ? { yes: y, no: cast - y } : { yes: y, no };
          if (needed >= 1 && (!threshold.endsWith('-cast') || needed - 1 <= cast)) {
            expect(meetsThreshold(threshold, at(needed - 1), present, members)).toBe(false);
          }
          if (!threshold.endsWith('-cast') || needed <= cast) {
            expect(meetsThreshold(threshold, at(needed), present, members)).toBe(true);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
