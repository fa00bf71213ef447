import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countElection } from '../../../src/shared/voting';
import type {
  BallotRulesInput,
  ElectionInput,
  ElectionResult,
  RankedBallotInput,
  RankingEntry,
} from '../../../src/shared/voting';

/**
 * Invariants of the counting rules over random elections: withdrawn candidates, the
 * write-in pool, IRV's threshold options and multi-seat modes, STV's quotas and surplus
 * order. Ties always resolve (a seed is recorded), so every count runs to the end.
 */

const POOL = ['A', 'B', 'C', 'D', 'E', 'F'];
const WRITE_INS = ['Write One', 'Write Two'];
const RUNS = { numRuns: 250 };

interface Generated {
  candidates: string[];
  ballots: RankedBallotInput[];
  withdrawn: string[];
  seats: number;
  reading: BallotRulesInput;
}

/** Candidates, some withdrawn, and ballots that rank them (plus blanks, overvotes, write-ins). */
const electionArb: fc.Arbitrary<Generated> = fc.integer({ min: 1, max: 6 }).chain((n) => {
  const candidates = POOL.slice(0, n);
  const names = [...candidates, ...WRITE_INS];
  const entry: fc.Arbitrary<RankingEntry> = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...names) },
    { weight: 1, arbitrary: fc.constantFrom(null, '') },
    {
      weight: 1,
      arbitrary: fc.uniqueArray(fc.constantFrom(...names), { minLength: 2, maxLength: 3 }),
    },
  );
  return fc.record({
    candidates: fc.constant(candidates),
    ballots: fc.array(
      fc.record({
        ranking: fc.array(entry, { maxLength: n + 2 }),
        count: fc.integer({ min: 1, max: 5 }),
      }),
      { maxLength: 25 },
    ),
    withdrawn: fc.subarray(candidates),
    seats: fc.integer({ min: 1, max: 4 }),
    reading: fc.record({
      overvote: fc.constantFrom('exhaust', 'skip', 'exhaust-if-multiple-continuing'),
      maxSkippedRanks: fc.oneof(fc.constant('unlimited' as const), fc.integer({ min: 0, max: 2 })),
      duplicate: fc.constantFrom('skip', 'exhaust'),
      writeIns: fc.constantFrom('candidates', 'pool'),
      tieBreak: fc.record({
        method: fc.constantFrom('previous-round-then-random', 'random'),
        seed: fc.string({ minLength: 1, maxLength: 8 }),
      }),
    }),
  });
});

const irvRulesArb = fc.record({
  batchElimination: fc.boolean(),
  continueUntilTwo: fc.boolean(),
  firstRoundThreshold: fc.boolean(),
});
const multiSeatArb = fc.oneof(
  fc.constant<BallotRulesInput>({ winnerMode: 'sequential' }),
  fc.constant<BallotRulesInput>({ winnerMode: 'bottoms-up' }),
  fc
    .integer({ min: 1, max: 100 })
    .map<BallotRulesInput>((p) => ({ winnerMode: 'bottoms-up', bottomsUpPercent: p })),
);
const stvRulesArb = fc.record({
  quota: fc.constantFrom('droop', 'droop-exact', 'hare'),
  surplusOrder: fc.constantFrom('largest-first', 'together'),
});

function input(
  method: 'irv' | 'stv',
  e: Generated,
  rules: BallotRulesInput,
  seats = e.seats,
): ElectionInput {
  return {
    method,
    candidates: e.candidates,
    ballots: e.ballots,
    seats,
    rules: { ...e.reading, withdrawn: e.withdrawn, ...rules },
  };
}

/** Every result the generators can make, for the invariants that hold for all of them. */
const anyCount = fc.oneof(
  fc.tuple(electionArb, irvRulesArb).map(([e, r]) => countElection(input('irv', e, r, 1))),
  fc
    .tuple(electionArb, multiSeatArb)
    .map(([e, r]) =>
      countElection(input('irv', e, r, r.bottomsUpPercent === undefined ? e.seats : 1)),
    ),
  fc.tuple(electionArb, stvRulesArb).map(([e, r]) => countElection(input('stv', e, r))),
);

const units = (v: number): number => Math.round(v * 10_000);
/** Candidates a count could elect: declared, not withdrawn; the pool too if it appeared. */
const running = (r: ElectionResult): number =>
  r.candidates.filter(
    (n) =>
      !r.rules.withdrawn.includes(n) && !(r.rules.writeIns === 'pool' && r.writeIns.includes(n)),
  ).length;

describe('invariants of the counting rules', () => {
  it('votes are conserved every round: active + exhausted (+ residue) = valid ballots', () => {
    fc.assert(
      fc.property(anyCount, (result) => {
        for (const r of result.rounds) {
          const tallies = Object.values(r.tallies).reduce((s, v) => s + units(v), 0);
          expect(tallies).toBe(units(r.active));
          expect(units(r.active) + units(r.exhausted) + units(r.residue ?? 0)).toBe(
            result.ballots.valid * 10_000,
          );
        }
      }),
      RUNS,
    );
  });

  it('a withdrawn candidate is never in a tally and never elected', () => {
    fc.assert(
      fc.property(anyCount, (result) => {
        for (const name of result.rules.withdrawn) {
          expect(result.winners).not.toContain(name);
          for (const r of result.rounds) expect(r.tallies[name]).toBeUndefined();
        }
      }),
      RUNS,
    );
  });

  it('the write-in pool is never elected and leaves in the first round of each count', () => {
    fc.assert(
      fc.property(anyCount, (result) => {
        if (result.rules.writeIns !== 'pool') return;
        const label = result.rules.writeInLabel;
        expect(result.winners).not.toContain(label);
        result.rounds.forEach((r, i) => {
          if (r.tallies[label] === undefined) return;
          const first = i === 0 || r.pass !== result.rounds[i - 1]?.pass;
          expect(first).toBe(true);
          if (r.active > 0) expect(r.eliminated).toEqual([label]);
          expect(r.elected).toEqual([]);
        });
      }),
      RUNS,
    );
  });

  it('every transfer re-derives the next round; a surplus leaves each source at the quota', () => {
    fc.assert(
      fc.property(anyCount, (result) => {
        result.rounds.forEach((r, i) => {
          const next = result.rounds[i + 1];
          if (!r.transfer || !next) return;
          for (const [name, moved] of Object.entries(r.transfer.to)) {
            expect(units(next.tallies[name] ?? NaN)).toBe(
              units(r.tallies[name] ?? NaN) + units(moved),
            );
          }
          expect(units(next.exhausted)).toBe(units(r.exhausted) + units(r.transfer.exhausted));
          if (r.transfer.kind === 'surplus') {
            for (const from of r.transfer.from) expect(next.tallies[from]).toBe(result.quota);
          }
        });
      }),
      RUNS,
    );
  });

  it('multi-seat counts fill min(seats, candidates running) seats, each winner once', () => {
    fc.assert(
      fc.property(anyCount, (result) => {
        expect(new Set(result.winners).size).toBe(result.winners.length);
        if (result.outcome !== 'elected' || result.rules.winnerMode === 'sequential') return;
        expect(result.winners).toHaveLength(Math.min(result.seats, running(result)));
      }),
      RUNS,
    );
  });
});

describe('rules that must not change the IRV winner', () => {
  const same = (a: ElectionResult, b: ElectionResult) => {
    expect(b.outcome).toBe(a.outcome);
    expect(b.winners).toEqual(a.winners);
  };

  it('sequential IRV with one seat is IRV', () => {
    fc.assert(
      fc.property(electionArb, irvRulesArb, (e, r) => {
        const irv = countElection(input('irv', e, r, 1));
        const sequential = countElection(input('irv', e, { ...r, winnerMode: 'sequential' }, 1));
        same(irv, sequential);
        expect(
          sequential.rounds.map(({ pass, ...round }) => (expect(pass).toBe(1), round)),
        ).toEqual(irv.rounds);
      }),
      RUNS,
    );
  });

  it('continuing until two remain, or fixing the threshold in round 1, elects the same', () => {
    fc.assert(
      fc.property(electionArb, irvRulesArb, (e, r) => {
        const plain = { batchElimination: r.batchElimination };
        same(countElection(input('irv', e, plain, 1)), countElection(input('irv', e, r, 1)));
      }),
      RUNS,
    );
  });

  it('bottoms-up to one seat elects the IRV winner', () => {
    fc.assert(
      fc.property(electionArb, (e) => {
        same(
          countElection(input('irv', e, {}, 1)),
          countElection(input('irv', e, { winnerMode: 'bottoms-up' }, 1)),
        );
      }),
      RUNS,
    );
  });
});
