import { z } from 'zod';
import { LIMITS } from '../limits';

/**
 * How ranked ballots are read and ties are broken. Every option mirrors one of RCTab's
 * (the certified ranked-choice tabulator) so a chapter can match a public rulebook.
 * Objects are strict: a misspelt rule must be an error, never a silent default.
 */

export const TIE_BREAK_METHODS = [
  'previous-round-then-random',
  'random',
  'previous-round-then-lot',
  'lot',
  'previous-round-then-stop',
  'stop',
] as const;

export const TieBreakMethodSchema = z.enum(TIE_BREAK_METHODS);

export const TieBreakRuleSchema = z
  .strictObject({
    /** `*-stop`: leave the tie for the room to decide (outcome `tie-unresolved`). */
    method: TieBreakMethodSchema.default('previous-round-then-random'),
    /** Seed of the random draw, recorded before the count (ideally drawn in the room). */
    seed: z
      .string()
      .min(1, 'the seed cannot be empty')
      .max(LIMITS.short, `the seed is at most ${LIMITS.short} characters`)
      .optional(),
    /** Order decided by lot in the room, most favoured first: the later name loses a tie. */
    lot: z
      .array(
        z
          .string()
          .min(1)
          .max(LIMITS.notes, `a name in the lot is at most ${LIMITS.notes} characters`),
      )
      .max(LIMITS.ballotChoices, `the lot orders at most ${LIMITS.ballotChoices} names`)
      .optional(),
  })
  .superRefine((rule, ctx) => {
    if (rule.method.endsWith('lot') && !rule.lot) {
      ctx.addIssue({
        code: 'custom',
        path: ['lot'],
        message: `tie-break method "${rule.method}" needs the order drawn by lot`,
      });
    }
    if (rule.lot && new Set(rule.lot).size !== rule.lot.length) {
      ctx.addIssue({ code: 'custom', path: ['lot'], message: 'a name appears twice in the lot' });
    }
  });
export type TieBreakRule = z.infer<typeof TieBreakRuleSchema>;

export const OVERVOTE_RULES = ['exhaust', 'skip', 'exhaust-if-multiple-continuing'] as const;
export const DUPLICATE_RULES = ['skip', 'exhaust'] as const;
/** `candidates`: each write-in name is a candidate. `pool`: all of them are one, eliminated first. */
export const WRITE_IN_RULES = ['candidates', 'pool'] as const;
/**
 * How `irv` fills its seats. `standard`: one seat by majority. `sequential` (RCTab's
 * multi-pass IRV): one IRV per seat, each from the first ranks again, earlier winners
 * left out. `bottoms-up`: eliminate the lowest until the seats' number remain (or, with
 * `bottomsUpPercent`, until everyone left holds that share of the round's votes).
 */
export const WINNER_MODES = ['standard', 'sequential', 'bottoms-up'] as const;
/**
 * STV quota, from V = the votes counted for candidates in round 1 and S seats.
 * `droop`: ⌊V / (S + 1)⌋ + 1 whole votes. `droop-exact`: V / (S + 1) truncated to four
 * decimals, plus 0.0001. `hare`: ⌈V / S⌉ whole votes.
 */
export const QUOTA_RULES = ['droop', 'droop-exact', 'hare'] as const;
/**
 * STV: surpluses of candidates waiting to transfer move `largest-first`, one a round, or
 * all `together` in one round (as RCTab's "multiple winners per round").
 */
export const SURPLUS_ORDERS = ['largest-first', 'together'] as const;

const ruleName = (what: string) =>
  z
    .string()
    .refine((s) => s.trim() !== '', `${what} needs a name`)
    .max(LIMITS.name, `${what} is at most ${LIMITS.name} characters`);

export const BallotRulesSchema = z
  .strictObject({
    /**
     * Two or more candidates at one rank. `exhaust`: the ballot stops there. `skip`: go on
     * to the next rank. `exhaust-if-multiple-continuing`: count the one overvoted
     * candidate still in the count, skip the rank if none is, exhaust if more than one is.
     */
    overvote: z.enum(OVERVOTE_RULES).default('exhaust'),
    /** Consecutive blank ranks allowed before the ballot exhausts ('unlimited': never). */
    maxSkippedRanks: z
      .union([z.number().int().min(0), z.literal('unlimited')])
      .default('unlimited'),
    /**
     * A candidate ranked again later: `skip` that rank, or `exhaust` the ballot there.
     * Under `exhaust` a name inside an earlier overvote counts as already ranked.
     */
    duplicate: z.enum(DUPLICATE_RULES).default('skip'),
    /**
     * IRV only: drop together every lowest candidate whose combined votes cannot overtake
     * the next-lowest. It never changes the winner, only the number of rounds.
     */
    batchElimination: z.boolean().default(false),
    tieBreak: TieBreakRuleSchema.prefault({}),
    /** Declared candidates who withdrew after the ballots were printed: marks for them are skipped. */
    withdrawn: z
      .array(ruleName('a withdrawn candidate'))
      .max(LIMITS.ballotChoices, `at most ${LIMITS.ballotChoices} withdrawn candidates`)
      .default([]),
    writeIns: z.enum(WRITE_IN_RULES).default('candidates'),
    /** The pool's name in the count when `writeIns` is `pool`. */
    writeInLabel: ruleName('the write-in pool').default('Write-in'),
    /** IRV: go on eliminating after a majority until two candidates remain (the final head-to-head). */
    continueUntilTwo: z.boolean().default(false),
    /** IRV: the threshold is set in round 1 and kept; with two left and nobody at it, the higher wins. */
    firstRoundThreshold: z.boolean().default(false),
    winnerMode: z.enum(WINNER_MODES).default('standard'),
    /** Bottoms-up: the share of a round's votes (whole percent) every remaining candidate needs. */
    bottomsUpPercent: z.number().int().min(1).max(100).optional(),
    quota: z.enum(QUOTA_RULES).default('droop'),
    surplusOrder: z.enum(SURPLUS_ORDERS).default('largest-first'),
  })
  .superRefine((rules, ctx) => {
    if (new Set(rules.withdrawn).size !== rules.withdrawn.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['withdrawn'],
        message: 'a candidate is listed twice as withdrawn',
      });
    }
    if (rules.bottomsUpPercent !== undefined && rules.winnerMode !== 'bottoms-up') {
      ctx.addIssue({
        code: 'custom',
        path: ['bottomsUpPercent'],
        message: 'bottomsUpPercent needs winnerMode "bottoms-up"',
      });
    }
  });
export type BallotRules = z.infer<typeof BallotRulesSchema>;
export type BallotRulesInput = z.input<typeof BallotRulesSchema>;

/** Rules with every default filled in (what a count records it used). */
export function resolveRules(input: BallotRulesInput | undefined): BallotRules {
  return BallotRulesSchema.parse(input ?? {});
}
