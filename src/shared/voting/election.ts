import { z } from 'zod';
import { countApprovalBallots } from './approval';
import { orderRankedBallots } from './ballotOrder';
import { MAX_BALLOT_COUNT, packRankedBallots } from './ballots';
import type { PackedBallots } from './ballotSet';
import { parseOrThrow } from './errors';
import { ApprovalElectionInputSchema, RankedElectionInputSchema } from './electionInput';
import { countIrvPacked } from './irv';
import { countMajoritySet, countPluralitySet } from './plurality';
import type { ElectionResult } from './result';
import { addRuleIssues, IRV_SEATS_HINT, irvSeatsAllowed } from './ruleChecks';
import type { BallotRules } from './rules';
import { countStvSet } from './stv';

/**
 * One entry point for every election method; the method modules hold the rules.
 */

const ranked = <M extends 'plurality' | 'majority' | 'irv' | 'stv'>(method: M) =>
  z.strictObject({ method: z.literal(method), ...RankedElectionInputSchema.shape });

/** The election variants as plain objects (ballotFile.ts extends them). */
export const ELECTION_VARIANTS = {
  plurality: ranked('plurality'),
  majority: ranked('majority'),
  irv: ranked('irv'),
  stv: ranked('stv'),
  approval: z.strictObject({ method: z.literal('approval'), ...ApprovalElectionInputSchema.shape }),
};

/**
 * Checks across fields: a majority ballot fills one seat, IRV too unless its winnerMode
 * fills more; the rules fit the method and the candidates (ruleChecks.ts); all ballots
 * together stay within MAX_BALLOT_COUNT, which keeps STV's 1/10000 units exact in doubles.
 */
export function checkElection(
  e: {
    method: string;
    seats: number;
    candidates: readonly string[];
    ballots: readonly { count: number }[];
    rules: BallotRules;
  },
  ctx: z.RefinementCtx,
): void {
  const oneSeat =
    e.method === 'majority' || (e.method === 'irv' && !irvSeatsAllowed(e.seats, e.rules));
  if (oneSeat && e.seats !== 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['seats'],
      message:
        `${e.method} fills one seat; use stv (or repeated ballots) for ${e.seats}` +
        (e.method === 'irv' ? `, ${IRV_SEATS_HINT}` : ''),
    });
  }
  addRuleIssues(e, ctx);
  if (e.ballots.reduce((s, b) => s + b.count, 0) > MAX_BALLOT_COUNT) {
    ctx.addIssue({
      code: 'custom',
      path: ['ballots'],
      message: `more than ${MAX_BALLOT_COUNT} ballots in all`,
    });
  }
}

export const ElectionInputSchema = z
  .discriminatedUnion('method', [
    ELECTION_VARIANTS.plurality,
    ELECTION_VARIANTS.majority,
    ELECTION_VARIANTS.irv,
    ELECTION_VARIANTS.stv,
    ELECTION_VARIANTS.approval,
  ])
  .superRefine(checkElection);
export type ElectionInput = z.input<typeof ElectionInputSchema>;
export type Election = z.infer<typeof ElectionInputSchema>;

/** Counts any election. Throws VotingInputError (naming the field) on invalid input. */
export function countElection(input: ElectionInput): ElectionResult {
  return countParsedElection(parseOrThrow(ElectionInputSchema, input, 'invalid election'));
}

export function countParsedElection(e: Election): ElectionResult {
  if (e.method === 'approval') {
    return countApprovalBallots(e.candidates, e.ballots, e.seats, e.rules);
  }
  return countPackedElection(e, packRankedBallots(e.candidates, e.ballots));
}

/** A ranked election whose ballots were packed already (a ballot file read by its fast reader, a cast-vote-record file). */
export type PackedElection = Pick<
  Extract<Election, { method: RankedMethod }>,
  'method' | 'seats' | 'rules'
>;
type RankedMethod = 'plurality' | 'majority' | 'irv' | 'stv';

/** IRV counts the ballots as packed; the other methods put them in ranking order first. */
export function countPackedElection(e: PackedElection, packed: PackedBallots): ElectionResult {
  if (e.method === 'irv') return countIrvPacked(packed, e.rules, e.seats);
  const set = orderRankedBallots(packed);
  switch (e.method) {
    case 'plurality':
      return countPluralitySet(set, e.seats, e.rules);
    case 'majority':
      return countMajoritySet(set, e.rules);
    case 'stv':
      return countStvSet(set, e.seats, e.rules);
  }
}
