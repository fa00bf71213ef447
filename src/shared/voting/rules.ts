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

export const BallotRulesSchema = z.strictObject({
  /**
   * Two or more candidates at one rank. `exhaust`: the ballot stops there. `skip`: go on to
   * the next rank. `exhaust-if-multiple-continuing`: count the one overvoted candidate
   * still in the count, skip the rank if none is, exhaust if more than one is.
   */
  overvote: z.enum(OVERVOTE_RULES).default('exhaust'),
  /** Consecutive blank ranks allowed before the ballot exhausts ('unlimited': never). */
  maxSkippedRanks: z.union([z.number().int().min(0), z.literal('unlimited')]).default('unlimited'),
  /** A candidate ranked again later: `skip` that rank, or `exhaust` the ballot there. */
  duplicate: z.enum(['skip', 'exhaust']).default('skip'),
  /**
   * IRV only: drop together every lowest candidate whose combined votes cannot overtake
   * the next-lowest. It never changes the winner, only the number of rounds.
   */
  batchElimination: z.boolean().default(false),
  tieBreak: TieBreakRuleSchema.prefault({}),
});
export type BallotRules = z.infer<typeof BallotRulesSchema>;
export type BallotRulesInput = z.input<typeof BallotRulesSchema>;

/** Rules with every default filled in (what a count records it used). */
export function resolveRules(input: BallotRulesInput | undefined): BallotRules {
  return BallotRulesSchema.parse(input ?? {});
}
