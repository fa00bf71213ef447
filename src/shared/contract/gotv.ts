/**
 * Get-out-the-vote channels: elections (name, date, counties, voter list), the universe of
 * an election (who is turned out and why, with counts), and later its vote plans.
 */
import { z } from 'zod';
import { VoterSchema } from '../canvass/schema';
import { ElectionInputSchema, ElectionPatchSchema, ElectionSchema } from '../gotv/election';
import { IdSchema, boundedText, listOf } from '../schema/common';
import { MemberSchema } from '../schema/member';
import { LIMITS } from '../limits';
import { VotePlanEntrySchema, VotePlanInputSchema, VotePlanKindSchema } from '../gotv/plans';
import { CsvTextSchema, columnMappingOf, importPreviewOf, importProblemOf } from './csvImport';
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
  /** Would be in, but live outside the counties the election covers. */
  outsideCounties: z.number(),
  /** Active members matched to a voter of this list. */
  matchedMembers: z.number(),
});
export type UniverseView = z.infer<typeof UniverseViewSchema>;

export const PLAN_FIELDS = [
  'voterId',
  'plan',
  'needsRide',
  'rideDate',
  'rideTime',
  'ballotRequested',
  'ballotReturned',
] as const;
export const PlanFieldSchema = z.enum(PLAN_FIELDS);
export type PlanField = z.infer<typeof PlanFieldSchema>;

export const PlanMappingSchema = columnMappingOf(
  PlanFieldSchema,
  'voterId',
  'Map a column to the voter ID',
);
export type PlanMapping = z.infer<typeof PlanMappingSchema>;

export const PlanImportProblemSchema = importProblemOf(PlanFieldSchema);
export type PlanImportProblem = z.infer<typeof PlanImportProblemSchema>;

export const PlanImportPreviewSchema = importPreviewOf(
  PlanFieldSchema,
  z.object({
    line: z.number(),
    voterId: z.string(),
    plan: VotePlanKindSchema.nullable(),
    needsRide: z.boolean(),
    rideDate: z.string(),
    rideTime: z.string(),
    ballotRequested: z.string(),
    ballotReturned: z.string(),
  }),
);
export type PlanImportPreview = z.infer<typeof PlanImportPreviewSchema>;

/** An active member, the voter on file for them (if any), and the voters they may be. */
export const MemberMatchViewSchema = z.object({
  memberId: IdSchema,
  name: z.string(),
  /** The voter ID on file for the member (matched earlier), if any. */
  voterId: z.string().optional(),
  how: z.enum(['voter ID', 'name and address', 'name']).nullable(),
  /** At most 20, best first. */
  candidates: z.array(VoterSchema),
  /** The single candidate is also proposed for another member: choose with care. */
  shared: z.boolean(),
});
export type MemberMatchView = z.infer<typeof MemberMatchViewSchema>;

const MatchHintSchema = z.object({
  memberId: IdSchema,
  voterId: boundedText('The voter ID', LIMITS.id).trim().optional(),
  address: boundedText('The address', LIMITS.title).trim().optional(),
});

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
  /** Every active member's match in the election's list; hints are typed IDs or addresses. */
  'gotv.memberMatches': {
    input: ElectionIdSchema.extend({
      hints: listOf(MatchHintSchema, LIMITS.shortList, 'members at once').default([]),
    }),
    output: z.array(MemberMatchViewSchema),
  },
  /** Each universe voter's current plan (voters without one are left out). */
  'gotv.plans': { input: ElectionIdSchema, output: z.array(VotePlanEntrySchema) },
  /** Saves plans from the grid; an empty plan clears the voter's. All or nothing. */
  'gotv.savePlans': {
    input: ElectionIdSchema.extend({
      plans: listOf(VotePlanInputSchema, LIMITS.list, 'plans at once'),
    }),
    output: z.object({ saved: z.number() }),
  },
  'gotv.plansPreview': {
    input: ElectionIdSchema.extend({ csv: CsvTextSchema, mapping: PlanMappingSchema.optional() }),
    output: PlanImportPreviewSchema,
  },
  /** Imports the rows without problems; returns how many and the problems of the others. */
  'gotv.importPlans': {
    input: ElectionIdSchema.extend({ csv: CsvTextSchema, mapping: PlanMappingSchema }),
    output: z.object({ imported: z.number(), problems: z.array(PlanImportProblemSchema) }),
  },
});
