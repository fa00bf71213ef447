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
 * Invariants over random elections. Ties always resolve (a seed is recorded), so every
 * count runs to the end.
 */

const POOL = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
const RUNS = { numRuns: 300 };

const rulesArb: fc.Arbitrary<BallotRulesInput> = fc.record({
  overvote: fc.constantFrom('exhaust', 'skip', 'exhaust-if-multiple-continuing'),
  maxSkippedRanks: fc.oneof(fc.constant('unlimited' as const), fc.integer({ min: 0, max: 2 })),
  duplicate: fc.constantFrom('skip', 'exhaust'),
  batchElimination: fc.boolean(),
  tieBreak: fc.record({
    method: fc.constantFrom('previous-round-then-random', 'random'),
    seed: fc.string({ minLength: 1, maxLength: 8 }),
  }),
});

/** Candidates, and ballots that rank them (plus blanks, overvotes, repeats, write-ins). */
const electionArb = (opts: { writeIns: boolean }) =>
  fc.integer({ min: 1, max: 6 }).chain((n) => {
    const candidates = POOL.slice(0, n);
    const names = opts.writeIns ? [...candidates, 'Write One', 'Write Two'] : candidates;
    // An overvote needs two distinct names (a uniqueArray that cannot be filled never ends).
    const overvote = fc.uniqueArray(fc.constantFrom(...names), { minLength: 2, maxLength: 3 });
    const entry: fc.Arbitrary<RankingEntry> = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...names) },
      { weight: 1, arbitrary: fc.constantFrom(null, '') },
      {
        weight: names.length > 1 ? 1 : 0,
        arbitrary: names.length > 1 ? overvote : fc.constant(null),
      },
    );
    const ballot = fc.record({
      ranking: fc.array(entry, { maxLength: n + 2 }),
      count: fc.integer({ min: 1, max: 5 }),
    });
    return fc.record({
      candidates: fc.constant(candidates),
      ballots: fc.array(ballot, { maxLength: 25 }),
      seats: fc.integer({ min: 1, max: 4 }),
      rules: rulesArb,
    });
  });

type Ranked = 'plurality' | 'majority' | 'irv' | 'stv';
const rankedMethod = fc.constantFrom<Ranked>('plurality', 'majority', 'irv', 'stv');

interface Generated {
  candidates: string[];
  ballots: RankedBallotInput[];
  seats: number;
  rules: BallotRulesInput;
}

/** The generated election as input for `method` (IRV and majority fill one seat). */
function asInput(method: Ranked, e: Generated, ballots = e.ballots): ElectionInput {
  const seats = method === 'irv' || method === 'majority' ? 1 : e.seats;
  return { method, candidates: e.candidates, ballots, seats, rules: e.rules };
}

const units = (v: number): number => Math.round(v * 10_000);

describe('invariants', () => {
  it('ballot order does not change the result', () => {
    const withShuffle = electionArb({ writeIns: true }).chain((e) =>
      fc.tuple(
        fc.constant(e),
        fc.shuffledSubarray(e.ballots, {
          minLength: e.ballots.length,
          maxLength: e.ballots.length,
        }),
      ),
    );
    fc.assert(
      fc.property(rankedMethod, withShuffle, (method, [e, shuffled]) => {
        const input = asInput(method, e);
        expect(countElection(asInput(method, e, shuffled))).toEqual(countElection(input));
      }),
      RUNS,
    );
  });

  it('renaming candidates renames the result and changes nothing else', () => {
    const newNames = fc.uniqueArray(
      fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim() !== '' && !POOL.includes(s)),
      { minLength: POOL.length, maxLength: POOL.length },
    );
    fc.assert(
      fc.property(rankedMethod, electionArb({ writeIns: false }), newNames, (method, e, fresh) => {
        const map = new Map(e.candidates.map((c, i) => [c, fresh[i] as string]));
        const rename = (n: string): string => map.get(n) ?? n;
        const renamedBallots = e.ballots.map((b) => ({
          ...b,
          ranking: b.ranking.map((r) =>
            r === null
              ? r
              : typeof r === 'string'
                ? rename(r)
                : r.map((x) => (x === null ? x : rename(x))),
          ),
        }));
        const input = asInput(method, e);
        const original = comparable(countElection(input), rename);
        const renamed = comparable(
          countElection(
            asInput(method, { ...e, candidates: e.candidates.map(rename) }, renamedBallots),
          ),
          (n) => n,
        );
        expect(renamed).toEqual(original);
      }),
      RUNS,
    );
  });

  it('every round adds up: active + exhausted (+ residue) = valid ballots', () => {
    fc.assert(
      fc.property(rankedMethod, electionArb({ writeIns: true }), (method, e) => {
        const result = countElection(asInput(method, e));
        const { total, valid, undervotes } = result.ballots;
        expect(valid + undervotes).toBe(total);
        for (const r of result.rounds) {
          const tallies = Object.values(r.tallies).reduce((s, v) => s + units(v), 0);
          expect(tallies).toBe(units(r.active));
          expect(units(r.active) + units(r.exhausted) + units(r.residue ?? 0)).toBe(valid * 10_000);
          const byReason = Object.values(r.exhaustedBy).reduce((s, v) => s + units(v), 0);
          expect(byReason).toBe(units(r.exhausted));
        }
      }),
      RUNS,
    );
  });

  it('every transfer re-derives the next round', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Ranked>('irv', 'stv'),
        electionArb({ writeIns: true }),
        (method, e) => {
          const result = countElection(asInput(method, e));
          result.rounds.forEach((r, i) => {
            const next = result.rounds[i + 1];
            if (!r.transfer || !next) return;
            for (const [name, moved] of Object.entries(r.transfer.to)) {
              expect(units(next.tallies[name] ?? NaN)).toBe(
                units(r.tallies[name] ?? NaN) + units(moved),
              );
            }
            for (const gone of r.eliminated) expect(next.tallies[gone]).toBeUndefined();
            expect(units(next.exhausted)).toBe(units(r.exhausted) + units(r.transfer.exhausted));
            if (r.transfer.kind === 'surplus') {
              const from = r.transfer.from[0] ?? '';
              expect(next.tallies[from]).toBe(result.quota);
              expect(units(next.residue ?? 0)).toBe(
                units(r.residue ?? 0) + units(r.transfer.residue ?? 0),
              );
              expect(units(r.transfer.surplus ?? 0)).toBe(
                units(r.tallies[from] ?? 0) - units(result.quota ?? 0),
              );
            }
          });
        },
      ),
      RUNS,
    );
  });

  it('STV elects exactly `seats` when there are at least that many candidates', () => {
    fc.assert(
      fc.property(electionArb({ writeIns: true }), (e) => {
        const result = countElection(asInput('stv', e));
        if (result.rounds[0]?.active === 0) {
          expect(result.outcome).toBe('no-votes');
          return;
        }
        expect(result.outcome).toBe('elected');
        expect(result.winners).toHaveLength(Math.min(e.seats, result.candidates.length));
        expect(new Set(result.winners).size).toBe(result.winners.length);
      }),
      RUNS,
    );
  });

  it('IRV elects one candidate holding the threshold of the final round', () => {
    fc.assert(
      fc.property(electionArb({ writeIns: true }), (e) => {
        const result = countElection(asInput('irv', e));
        if (result.rounds[0]?.active === 0) {
          expect(result.outcome).toBe('no-votes');
          return;
        }
        const last = result.rounds.at(-1);
        expect(result.winners).toHaveLength(1);
        expect(last?.tallies[result.winners[0] ?? '']).toBeGreaterThanOrEqual(
          last?.threshold ?? Infinity,
        );
      }),
      RUNS,
    );
  });

  it('plurality and approval winners hold the highest tallies', () => {
    const approvalBallots = fc.array(
      fc.record({
        approve: fc.uniqueArray(fc.constantFrom(...POOL.slice(0, 5)), { maxLength: 5 }),
        count: fc.integer({ min: 1, max: 4 }),
      }),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(
        electionArb({ writeIns: true }),
        approvalBallots,
        fc.boolean(),
        (e, approve, useApproval) => {
          const result: ElectionResult = useApproval
            ? countElection({
                method: 'approval',
                candidates: POOL.slice(0, 5),
                ballots: approve,
                seats: e.seats,
                rules: e.rules,
              })
            : countElection(asInput('plurality', e));
          const tallies = result.rounds[0]?.tallies ?? {};
          const losers = Object.keys(tallies).filter((n) => !result.winners.includes(n));
          for (const w of result.winners) {
            expect(tallies[w]).toBeGreaterThan(0);
            for (const l of losers) expect(tallies[w]).toBeGreaterThanOrEqual(tallies[l] ?? 0);
          }
          const positive = Object.values(tallies).filter((v) => v > 0).length;
          expect(result.winners).toHaveLength(Math.min(e.seats, positive));
        },
      ),
      RUNS,
    );
  });
});

/** A result with every candidate name mapped, and the prose (which quotes names) dropped. */
function comparable(result: ElectionResult, rename: (n: string) => string): unknown {
  const renameKeys = (o: Record<string, number>) =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [rename(k), v]));
  return {
    outcome: result.outcome,
    winners: result.winners.map(rename),
    candidates: result.candidates.map(rename),
    ballots: result.ballots,
    quota: result.quota,
    drawnOrder: result.drawnOrder?.map(rename),
    rounds: result.rounds.map((r) => ({
      ...r,
      tallies: renameKeys(r.tallies),
      elected: r.elected.map(rename),
      eliminated: r.eliminated.map(rename),
      transfer: r.transfer && {
        ...r.transfer,
        from: r.transfer.from.map(rename),
        to: renameKeys(r.transfer.to),
      },
      ties: r.ties.map((t) => ({
        purpose: t.purpose,
        decidedBy: t.decidedBy,
        tied: t.tied.map(rename),
        chosen: t.chosen === null ? null : rename(t.chosen),
      })),
    })),
  };
}
