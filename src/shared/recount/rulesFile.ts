import { z } from 'zod';
import { LIMITS } from '../limits';
import { boundedText, listOf } from '../schema/common';
import { parseOrThrow } from '../voting/errors';
import { BallotRulesSchema } from '../voting/rules';
import { CandidateListSchema } from '../voting/ballots';

/**
 * The rules file `chapterhouse-rules/1`: what a cast vote record file does not say and a
 * count needs (the method, the seats, the ballot rules), kept beside the official file
 * (docs/ballot-file.md, "Recounting an official election"). Strict, like the ballot file:
 * a misspelt key is an error, never a silent default.
 */

export const RULES_FILE_FORMAT = 'chapterhouse-rules/1';

/** The names a rank cell may hold besides a candidate's. */
const LabelsSchema = z.strictObject({
  /** A cell holding this text is an overvote whose candidates the file does not name. */
  overvote: boundedText('The overvote label', LIMITS.name).min(1).optional(),
  /** A cell holding this text is a blank rank (an empty cell always is). */
  blank: boundedText('The blank label', LIMITS.name).min(1).optional(),
});

export const RulesFileSchema = z
  .strictObject({
    format: z.literal(RULES_FILE_FORMAT, {
      error: `unsupported format: expected "${RULES_FILE_FORMAT}"`,
    }),
    title: boundedText('The title', LIMITS.title).optional(),
    chapter: boundedText('The chapter', LIMITS.name).optional(),
    note: boundedText('The note', LIMITS.notes).optional(),
    method: z.enum(['plurality', 'majority', 'irv', 'stv']),
    /** Seats to fill; default: the contest's NumberElected in a CDF file, otherwise 1. */
    seats: z.number().int().min(1).max(LIMITS.ballotChoices).optional(),
    /** Declared candidates, in count order (CDF default: the contest's, in its order). */
    candidates: CandidateListSchema.pipe(
      listOf(z.string().max(LIMITS.name), LIMITS.shortList, 'candidates'),
    ).optional(),
    /** CDF: the contest to count, by Name or @id (needed when the file has several). */
    contest: boundedText('The contest', LIMITS.title).min(1).optional(),
    /** CSV: the rank columns by header, first choice first, and the column of counts. */
    columns: z
      .strictObject({
        ranks: listOf(boundedText('A column', LIMITS.name), LIMITS.shortList, 'rank columns')
          .min(1)
          .optional(),
        count: boundedText('A column', LIMITS.name).optional(),
      })
      .optional(),
    labels: LabelsSchema.optional(),
    /** Ballots the official count reports; a different number read is warned about. */
    expectedBallots: z.number().int().min(0).optional(),
    rules: BallotRulesSchema.prefault({}),
  })
  .superRefine((file, ctx) => {
    if ((file.method === 'irv' || file.method === 'majority') && (file.seats ?? 1) !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['seats'],
        message: `${file.method} fills one seat; use stv for ${file.seats}`,
      });
    }
    if (file.labels?.overvote && file.rules.overvote === 'exhaust-if-multiple-continuing') {
      ctx.addIssue({
        code: 'custom',
        path: ['rules', 'overvote'],
        message:
          'an overvote label does not say which candidates were marked, so "exhaust-if-multiple-continuing" cannot be applied',
      });
    }
  });
export type RulesFile = z.infer<typeof RulesFileSchema>;

/** Validates a rules file; throws VotingInputError naming each bad field. */
export function parseRulesFile(json: unknown, name: string): RulesFile {
  return parseOrThrow(RulesFileSchema, json, `invalid rules file ${name}`);
}
