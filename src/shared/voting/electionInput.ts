import { z } from 'zod';
import {
  ApprovalBallotSchema,
  CandidateListSchema,
  MAX_BALLOT_COUNT,
  RankedBallotSchema,
} from './ballots';
import type { RankedBallotSet } from './ballotSet';
import { BallotRulesSchema } from './rules';
import type { BallotRules } from './rules';
import type { ElectionMethod, ElectionResult, Round } from './result';
import type { TieBreaker } from './tiebreak';

/** What a ranked count (plurality, majority, IRV, STV) takes. */
export const RankedElectionInputSchema = z
  .object({
    /** Declared candidates; a ballot may also name write-ins. */
    candidates: CandidateListSchema.default([]),
    ballots: z.array(RankedBallotSchema),
    seats: z.number().int().min(1).default(1),
    rules: BallotRulesSchema.prefault({}),
  })
  .superRefine((e, ctx) => {
    // Keeps STV's 1/10000 units exact in doubles (also checked for whole files).
    if (e.ballots.reduce((s, b) => s + b.count, 0) > MAX_BALLOT_COUNT) {
      ctx.addIssue({
        code: 'custom',
        path: ['ballots'],
        message: `more than ${MAX_BALLOT_COUNT} ballots in all`,
      });
    }
  });
export type RankedElectionInput = z.input<typeof RankedElectionInputSchema>;

export const ApprovalElectionInputSchema = z.object({
  candidates: CandidateListSchema.default([]),
  ballots: z.array(ApprovalBallotSchema),
  seats: z.number().int().min(1).default(1),
  rules: BallotRulesSchema.prefault({}),
});
export type ApprovalElectionInput = z.input<typeof ApprovalElectionInputSchema>;

/** The parts of an ElectionResult every method fills the same way. */
export function electionResult(args: {
  method: ElectionMethod;
  outcome: ElectionResult['outcome'];
  winners: string[];
  seats: number;
  set: Pick<RankedBallotSet, 'names' | 'writeIns' | 'total' | 'valid' | 'undervotes'>;
  rules: BallotRules;
  ties: TieBreaker;
  rounds: Round[];
  summary: string;
  warnings: string[];
  quota?: number;
}): ElectionResult {
  const { set, rules } = args;
  const drawnOrder = args.ties.drawnOrderNames();
  const result: ElectionResult = {
    kind: 'election',
    method: args.method,
    outcome: args.outcome,
    winners: args.winners,
    summary: args.summary,
    seats: args.seats,
    candidates: set.names,
    writeIns: set.writeIns,
    ballots: { total: set.total, valid: set.valid, undervotes: set.undervotes },
    ...(args.quota === undefined ? {} : { quota: args.quota }),
    rules,
    ...(drawnOrder === undefined ? {} : { drawnOrder }),
    warnings: args.warnings,
    rounds: args.rounds,
  };
  return result;
}
