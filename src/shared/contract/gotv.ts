/**
 * Get-out-the-vote channels: elections (name, date, counties, voter list), the universe of
 * an election (who is turned out and why, with counts), and later its vote plans.
 */
import { z } from 'zod';
import { VoterSchema } from '../canvass/schema';
import { ElectionInputSchema, ElectionPatchSchema, ElectionSchema } from '../gotv/election';
import { IdSchema, boundedText } from '../schema/common';
import { MemberSchema } from '../schema/member';
import { LIMITS } from '../limits';
import { channels } from './define';

const ElectionIdSchema = z.object({ electionId: IdSchema });

export const UniverseReasonSchema = z.enum(['supporter', 'member', 'supporter and member']);

/** A universe voter: the voter file's record, why they are in, and their latest support. */
export const UniverseVoterSchema = VoterSchema.extend({
  reason: UniverseReasonSchema,
  support: z.number().int().min(1).max(5).nullable(),
});
export type UniverseVoter = z.infer<typeof UniverseVoterSchema>;

const CountSchema = z.object({ county: z.string(), precinct: z.string(), count: z.number() });

export const UniverseViewSchema = z.object({
  electionId: IdSchema,
  /** The rule in words (UNIVERSE_RULE). */
  rule: z.string(),
  voters: z.array(UniverseVoterSchema),
  /** Voters in the universe by county (precinct ''), then by county and precinct. */
  byCounty: z.array(CountSchema),
  byPrecinct: z.array(CountSchema),
  /** Answered 1–2 but left out: moved, deceased, not to be contacted or suppressed. */
  leftOut: z.number(),
  /** Supporters whose voter ID is not (or no longer) in the voter list. */
  unlisted: z.number(),
  /** Active members matched to a voter of this list. */
  matchedMembers: z.number(),
});
export type UniverseView = z.infer<typeof UniverseViewSchema>;

export const gotvChannels = channels({
  'gotv.elections': { input: z.undefined(), output: z.array(ElectionSchema) },
  'gotv.createElection': { input: ElectionInputSchema, output: ElectionSchema },
  'gotv.updateElection': {
    input: z.object({ id: IdSchema, patch: ElectionPatchSchema }),
    output: ElectionSchema,
  },
  'gotv.removeElection': {
    input: z.object({ id: IdSchema }),
    output: z.object({ removed: z.literal(true) }),
  },
  'gotv.universe': { input: ElectionIdSchema, output: UniverseViewSchema },
  /** Sets (or with null clears) the voter a member is matched to in the election's list. */
  'gotv.matchMember': {
    input: ElectionIdSchema.extend({
      memberId: IdSchema,
      voterId: boundedText('The voter ID', LIMITS.id).trim().min(1).nullable(),
    }),
    output: MemberSchema,
  },
});
