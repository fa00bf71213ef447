import { z } from 'zod';
import { LIMITS } from '../limits';
import { boundedText, IdSchema, listOf, TimestampSchema } from '../schema/common';
import { AmendmentSchema } from './amendments';
import { DEFAULT_POLICY_AREAS, PolicyAreaSchema } from './areas';
import { PolicySchema } from './policy';
import { SecuredRightsSchema } from './rights';
import { PlatformVersionSchema } from './versions';

/**
 * A decision waiting on a vote: what will change if the linked vote is certified as adopted.
 * Once the vote is certified the change is applied (or not) and `settledAt` is set; the
 * outcome itself is always read back from the vote log.
 */
export const PendingDecisionSchema = z.object({
  id: IdSchema,
  voteId: IdSchema,
  openedAt: TimestampSchema,
  change: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('right-adopt'),
      title: boundedText('The title', LIMITS.title).trim().min(1),
      text: boundedText('The text', LIMITS.paragraph),
    }),
    z.object({
      kind: z.literal('right-amend'),
      rightId: IdSchema,
      title: boundedText('The title', LIMITS.title).trim().min(1),
      text: boundedText('The text', LIMITS.paragraph),
    }),
    z.object({ kind: z.literal('right-remove'), rightId: IdSchema }),
    z.object({ kind: z.literal('policy-adopt'), policyId: IdSchema }),
    z.object({ kind: z.literal('amendment'), policyId: IdSchema, amendmentId: IdSchema }),
    /** Lay the policy on the table, or take it from the table (a majority vote). */
    z.object({
      kind: z.literal('policy-status'),
      policyId: IdSchema,
      to: z.enum(['tabled', 'ready']),
    }),
  ]),
  settledAt: TimestampSchema.nullable(),
  /** Why the change could not be applied although the vote passed (e.g. the text moved on). */
  problem: boundedText('The problem', LIMITS.long).nullable(),
});
export type PendingDecision = z.infer<typeof PendingDecisionSchema>;

export const PlatformStoreSchema = z.object({
  rights: SecuredRightsSchema.default([]),
  areas: listOf(PolicyAreaSchema, LIMITS.collection, 'policy areas').default(() =>
    DEFAULT_POLICY_AREAS.map((a) => ({ ...a })),
  ),
  policies: listOf(PolicySchema, LIMITS.collection, 'policies').default([]),
  amendments: listOf(AmendmentSchema, LIMITS.collection, 'amendments').default([]),
  versions: listOf(PlatformVersionSchema, LIMITS.collection, 'platform versions').default([]),
  decisions: listOf(PendingDecisionSchema, LIMITS.collection, 'decisions').default([]),
});
export type PlatformStore = z.infer<typeof PlatformStoreSchema>;
