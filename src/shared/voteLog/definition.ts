import { z } from 'zod';
import { LIMITS } from '../limits';
import { boundedText, IdSchema, listOf, trimmed, tooLong } from '../schema/common';
import { CandidateListSchema } from '../voting/ballots';
import { CountedThresholdSchema } from '../voting/motion';
import { ElectionMethodSchema } from '../voting/result';
import { addRuleIssues, irvSeatsAllowed } from '../voting/ruleChecks';
import { BallotRulesSchema } from '../voting/rules';

/** How the room votes on a motion. Roll call and paper ballots are counted too. */
export const MOTION_METHODS = [
  'show-of-hands',
  'standing',
  'voice',
  'roll-call',
  'paper-ballot',
  'unanimous-consent',
] as const;
export const MotionMethodSchema = z.enum(MOTION_METHODS);
export type MotionMethod = z.infer<typeof MotionMethodSchema>;

export const MOTION_METHOD_LABELS: Record<MotionMethod, string> = {
  'show-of-hands': 'Counted show of hands',
  standing: 'Counted standing vote',
  voice: 'Voice vote (chair declares)',
  'roll-call': 'Roll call',
  'paper-ballot': 'Secret paper ballot',
  'unanimous-consent': 'Unanimous consent',
};

export const ELECTION_METHOD_LABELS: Record<z.infer<typeof ElectionMethodSchema>, string> = {
  plurality: 'Plurality (most votes wins)',
  majority: 'Majority, with repeated ballots',
  irv: 'Instant runoff (ranked)',
  stv: 'Single transferable vote (ranked, several seats)',
  approval: 'Approval (mark every acceptable choice)',
};

/** Where a vote came from, so meetings, policies and candidates can find their decisions. */
export const VoteLinkSchema = z.object({
  meetingId: IdSchema.optional(),
  itemId: IdSchema.optional(),
  policyId: IdSchema.optional(),
  candidateId: IdSchema.optional(),
  purpose: boundedText('The purpose', LIMITS.id).optional(),
});

const trimmedText = (label: string, max: number) => z.string().trim().max(max, tooLong(label, max));
const optionalName = (label: string) => trimmedText(label, LIMITS.name).optional();

const common = {
  title: trimmed('Title', LIMITS.title),
  link: VoteLinkSchema.prefault({}),
};

export const MotionDefinitionSchema = z.object({
  kind: z.literal('motion'),
  ...common,
  text: trimmedText('The text', LIMITS.paragraph).default(''),
  mover: optionalName('Mover'),
  seconder: optionalName('Seconder'),
  method: MotionMethodSchema,
  threshold: CountedThresholdSchema,
});

export const ElectionDefinitionSchema = z
  .object({
    kind: z.literal('election'),
    ...common,
    method: ElectionMethodSchema,
    seats: z.int().min(1).max(50).default(1),
    candidates: listOf(
      boundedText('A candidate’s name', LIMITS.name),
      LIMITS.ballotChoices,
      'candidates',
    )
      .pipe(CandidateListSchema)
      .pipe(
        listOf(trimmed('A candidate’s name', LIMITS.name), LIMITS.ballotChoices, 'candidates').min(
          1,
          'List at least one candidate',
        ),
      ),
    rules: BallotRulesSchema.prefault({}),
    /** Paper ballots keyed twice by two tellers, compared before certifying. */
    doubleEntry: z.boolean().default(true),
    allowWriteIns: z.boolean().default(false),
  })
  .superRefine((e, ctx) => {
    const oneSeat =
      e.method === 'majority' || (e.method === 'irv' && !irvSeatsAllowed(e.seats, e.rules));
    if (oneSeat && e.seats !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['seats'],
        message: `${e.method} fills one seat; use STV${e.method === 'irv' ? ', sequential IRV or bottoms-up' : ''} for more`,
      });
    }
    addRuleIssues(e, ctx);
    if (e.seats > e.candidates.length && !e.allowWriteIns) {
      ctx.addIssue({ code: 'custom', path: ['seats'], message: 'More seats than candidates' });
    }
  });

export const VoteDefinitionSchema = z.discriminatedUnion('kind', [
  MotionDefinitionSchema,
  ElectionDefinitionSchema,
]);
export type VoteDefinition = z.infer<typeof VoteDefinitionSchema>;
export type VoteDefinitionInput = z.input<typeof VoteDefinitionSchema>;

/** Paper ballots are secret: no voter identity, nothing that could link a ballot to a voter. */
export function isSecret(def: VoteDefinition): boolean {
  return def.kind === 'election' || def.method === 'paper-ballot';
}
