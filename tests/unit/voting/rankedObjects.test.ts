import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countIrv,
  countIrvSet,
  countParsedElection,
  countStv,
  countStvSet,
  compileRankedBallots,
  packRankedBallots,
  parseBallotFile,
  recountBallotFile,
  resolveRules,
} from '../../../src/shared/voting';
import { RankedBallotSchema } from '../../../src/shared/voting/ballots';
import { packPlainRankedBallots } from '../../../src/shared/voting/rankedObjects';

/**
 * The fast way from ballot objects (rankedObjects.ts) against the strict one (zod on every
 * ballot, then packing): it takes only ballots zod takes, packs them the same, and every
 * count through it gives the same rounds.
 */

const name = fc.constantFrom('A', 'B', 'C', 'D', 'Zed write-in', '', '  ');
const entry = fc.oneof(
  { weight: 8, arbitrary: name },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.array(fc.option(name, { nil: null }), { maxLength: 3 }) },
);
const goodBallot = fc.record(
  {
    ranking: fc.array(entry, { maxLength: 6 }),
    count: fc.integer({ min: 1, max: 5 }),
    id: fc.oneof(fc.string({ maxLength: 3 }), fc.integer()),
  },
  { requiredKeys: ['ranking'], noNullPrototype: true },
);
/** Near misses: each is something zod rejects (or may), which the fast way must not take. */
const oddBallot = fc.oneof(
  goodBallot.map((b) => ({ ...b, extra: 1 })),
  goodBallot.map((b) => ({ ...b, count: 0 })),
  goodBallot.map((b) => ({ ...b, count: 1.5 })),
  goodBallot.map((b) => ({ ...b, count: '2' })),
  goodBallot.map((b) => ({ ...b, id: Number.NaN })),
  goodBallot.map((b) => ({ ...b, id: {} })),
  goodBallot.map((b) => ({ ...b, ranking: [...b.ranking, 7] })),
  goodBallot.map((b) => ({ ...b, ranking: [...b.ranking, undefined] })),
  goodBallot.map((b) => ({ ...b, ranking: [['A', 2]] })),
  goodBallot.map((b) => ({ ...b, ranking: 'A' })),
  goodBallot.map(({ ranking: _, ...rest }) => rest),
  fc.constantFrom(null, 3, 'A', [], [['A']]),
);
const mostlyGood = fc.array(fc.oneof({ weight: 20, arbitrary: goodBallot }, oddBallot), {
  maxLength: 40,
});
const goodBallots = fc.array(goodBallot, { maxLength: 60 });
const candidates = ['A', 'B', 'C', 'D'];

describe('ballot objects, the fast way', () => {
  it('packs exactly the ballots zod takes, the same as packing them after zod', () => {
    fc.assert(
      fc.property(mostlyGood, (ballots) => {
        const fast = packPlainRankedBallots(candidates, ballots);
        const strict = RankedBallotSchema.array().safeParse(ballots);
        if (!strict.success) {
          expect(fast).toBeNull();
          return;
        }
        expect(fast).toEqual(packRankedBallots(candidates, strict.data));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same IRV and STV rounds as counting the ballots zod parsed', () => {
    const rules = { tieBreak: { seed: 'p' } };
    fc.assert(
      fc.property(goodBallots, fc.integer({ min: 1, max: 3 }), (ballots, seats) => {
        const parsed = RankedBallotSchema.array().parse(ballots);
        const set = compileRankedBallots(candidates, parsed);
        const resolved = resolveRules(rules);
        expect(countIrv({ candidates, ballots, rules })).toEqual(countIrvSet(set, resolved));
        expect(countStv({ candidates, ballots, seats, rules })).toEqual(
          countStvSet(set, seats, resolved),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('recounts a ballot file as objects as the strict way does, errors included', () => {
    fc.assert(
      fc.property(
        mostlyGood,
        fc.constantFrom('irv', 'stv', 'plurality', 'majority'),
        (ballots, method) => {
          const file = {
            format: 'chapterhouse-ballots/1',
            method,
            seats: 1,
            candidates,
            ballots,
            rules: { tieBreak: { seed: 'p' } },
          };
          let strict: unknown;
          try {
            const parsed = parseBallotFile(file);
            if (parsed.method === 'motion') throw new Error('not a motion');
            strict = countParsedElection(parsed);
          } catch (error) {
            expect(() => recountBallotFile(file)).toThrow((error as Error).message);
            return;
          }
          const { format: _f, title: _t, chapter: _c, ...result } = recountBallotFile(file);
          expect(result).toEqual(strict);
        },
      ),
      { numRuns: 200 },
    );
  });
});
