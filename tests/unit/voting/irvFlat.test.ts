import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileRankedBallots,
  countElection,
  countIrvSet,
  packRankedBallots,
  resolveRules,
} from '../../../src/shared/voting';
import type {
  BallotRulesInput,
  ElectionResult,
  RankedBallotInput,
  RankingEntry,
} from '../../../src/shared/voting';
import { countIrvPacked } from '../../../src/shared/voting/irv';

/**
 * IRV counts ballots as packed, each held and read on by itself (countIrvPacked: what
 * countElection, the ballot file and cast vote records run), or in ranking order on their
 * tree (countIrvSet). Both must give exactly the same result, every round and every
 * number of it, under every rule and in whatever order the ballots come.
 */

const POOL = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
const WRITE_INS = ['Write One', 'Write Two'];

interface Generated {
  candidates: string[];
  ballots: RankedBallotInput[];
  seats: number;
  rules: BallotRulesInput;
}

const readingArb = (candidates: string[]): fc.Arbitrary<BallotRulesInput> =>
  fc.record({
    overvote: fc.constantFrom('exhaust', 'skip', 'exhaust-if-multiple-continuing'),
    maxSkippedRanks: fc.oneof(fc.constant('unlimited' as const), fc.integer({ min: 0, max: 2 })),
    duplicate: fc.constantFrom('skip', 'exhaust'),
    writeIns: fc.constantFrom('candidates', 'pool'),
    withdrawn: fc.subarray(candidates),
    tieBreak: fc.record({
      method: fc.constantFrom('previous-round-then-random', 'random'),
      seed: fc.string({ minLength: 1, maxLength: 8 }),
    }),
  });

interface Mode {
  seats: number;
  rules: BallotRulesInput;
}

/** One seat (with IRV's threshold options), or several by a multi-seat mode. */
const modeArb: fc.Arbitrary<Mode> = fc.oneof(
  fc
    .record({
      batchElimination: fc.boolean(),
      continueUntilTwo: fc.boolean(),
      firstRoundThreshold: fc.boolean(),
    })
    .map<Mode>((rules) => ({ seats: 1, rules })),
  fc.tuple(fc.integer({ min: 1, max: 4 }), fc.boolean()).map<Mode>(([seats, batchElimination]) => ({
    seats,
    rules: { winnerMode: 'sequential', batchElimination },
  })),
  fc
    .integer({ min: 1, max: 4 })
    .map<Mode>((seats) => ({ seats, rules: { winnerMode: 'bottoms-up' } })),
  fc
    .integer({ min: 1, max: 100 })
    .map<Mode>((p) => ({ seats: 1, rules: { winnerMode: 'bottoms-up', bottomsUpPercent: p } })),
);

const electionArb = (maxBallots: number): fc.Arbitrary<Generated> =>
  fc.integer({ min: 1, max: POOL.length }).chain((n) => {
    const candidates = POOL.slice(0, n);
    const names = [...candidates, ...WRITE_INS];
    // More blanks and overvotes than elsewhere: the two counts read those differently.
    const name = fc.constantFrom(...names);
    const overvote = fc.uniqueArray(name, { minLength: 2, maxLength: 4 });
    const entry: fc.Arbitrary<RankingEntry> = fc
      .nat(9)
      .chain<RankingEntry>((k) =>
        k < 6 ? name : k < 8 ? fc.constantFrom(null, '', ' ') : overvote,
      );
    return fc
      .record({
        candidates: fc.constant(candidates),
        ballots: fc.array(
          fc.record({
            ranking: fc.array(entry, { maxLength: n + 2 }),
            count: fc.integer({ min: 1, max: 5 }),
          }),
          { maxLength: maxBallots },
        ),
        reading: readingArb(candidates),
        mode: modeArb,
      })
      .map(({ candidates, ballots, reading, mode }) => ({
        candidates,
        ballots,
        seats: mode.seats,
        rules: { ...reading, ...mode.rules },
      }));
  });

/** The count on the tree, on the same ballots and rules as countElection's. */
function onTree(e: Generated): ElectionResult {
  const set = compileRankedBallots(
    e.candidates,
    e.ballots.map((b) => ({ ranking: b.ranking, count: b.count ?? 1 })),
  );
  return countIrvSet(set, resolveRules(e.rules), e.seats);
}

describe('IRV on packed ballots', () => {
  it('gives exactly the result of the count on the tree, for every rule', () => {
    fc.assert(
      fc.property(electionArb(30), (e) => {
        const flat = countElection({ method: 'irv', ...e });
        expect(JSON.stringify(flat)).toBe(JSON.stringify(onTree(e)));
      }),
      { numRuns: 400 },
    );
  });

  it('does so on more ballots, in any order', () => {
    fc.assert(
      fc.property(
        electionArb(300).chain((e) =>
          fc.tuple(fc.constant(e), fc.shuffledSubarray(e.ballots, { minLength: e.ballots.length })),
        ),
        ([e, shuffled]) => {
          const packed = packRankedBallots(
            e.candidates,
            shuffled.map((b) => ({ ranking: b.ranking, count: b.count ?? 1 })),
          );
          const flat = countIrvPacked(packed, resolveRules(e.rules), e.seats);
          expect(JSON.stringify(flat)).toBe(JSON.stringify(onTree(e)));
        },
      ),
      { numRuns: 60 },
    );
  });
});
