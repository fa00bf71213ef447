/**
 * The vote log: every motion, count, ballot, correction and certification is an event,
 * appended and never edited. A correction is a new event (a later count supersedes an
 * earlier one; an undone ballot stays in the log). Ballot events carry no timestamp and
 * no voter: nothing in them can link a paper ballot to the person who cast it.
 */
import { z } from 'zod';
import { LIMITS } from '../limits';
import { boundedText, IdSchema, listOf, TimestampSchema } from '../schema/common';
import { VoteDefinitionSchema } from './definition';

const base = { voteId: IdSchema };
const at = { at: TimestampSchema };
const count = z.int().min(0).max(1_000_000);
/**
 * A name as keyed on a ballot: a candidate's, or a write-in typed in the teller's line (which
 * is at most LIMITS.notes characters, so no name in it is longer).
 */
export const BallotNameSchema = boundedText('A name on a ballot', LIMITS.notes);
/** A rank: a name, null (left blank), or the names marked at one rank (an overvote). */
const RankSchema = z.union(
  [
    BallotNameSchema,
    z.null(),
    // One keyed line can repeat a name at one rank many times ("1/1/1…"), hence `list`.
    listOf(BallotNameSchema.nullable(), LIMITS.list, 'names at one rank'),
  ],
  { error: 'expected a name, null (blank rank), or an array of names (overvote)' },
);
export const TellerSchema = z.union([z.literal(1), z.literal(2)]);
export type Teller = z.infer<typeof TellerSchema>;

/** One paper ballot as keyed: ranks (ranked methods) or approvals (approval). */
export const BallotMarksSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('ranking'),
    ranking: listOf(RankSchema, LIMITS.ballotChoices, 'ranks on a ballot'),
  }),
  z.object({
    kind: z.literal('approve'),
    approve: listOf(BallotNameSchema, LIMITS.ballotChoices, 'approvals on a ballot'),
  }),
]);
export type BallotMarks = z.infer<typeof BallotMarksSchema>;

export const VoteEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('vote-opened'), ...base, ...at, definition: VoteDefinitionSchema }),
  z.object({
    type: z.literal('presence-frozen'),
    ...base,
    ...at,
    present: count,
    members: count,
    quorum: count,
    /** Roll call only: who was present, by member id. Secret votes never record names. */
    presentIds: listOf(IdSchema, LIMITS.collection, 'members present').optional(),
  }),
  z.object({
    type: z.literal('counts-recorded'),
    ...base,
    ...at,
    yes: count,
    no: count,
    abstain: count,
    note: boundedText('The note', LIMITS.short).optional(),
  }),
  z.object({
    type: z.literal('voice-declared'),
    ...base,
    ...at,
    declared: z.enum(['adopted', 'failed']),
  }),
  /** A member doubts the chair's call: the vote becomes a counted one. */
  z.object({ type: z.literal('division-requested'), ...base, ...at }),
  z.object({
    type: z.literal('objection-recorded'),
    ...base,
    ...at,
    by: boundedText('The name', LIMITS.name).optional(),
  }),
  z.object({
    type: z.literal('roll-call-vote'),
    ...base,
    ...at,
    memberId: IdSchema,
    name: boundedText('The name', LIMITS.name),
    vote: z.enum(['yes', 'no', 'abstain']),
  }),
  z.object({
    type: z.literal('ballot-entered'),
    ...base,
    teller: TellerSchema,
    round: z.int().min(1).max(100),
    number: z.int().min(1).max(1_000_000),
    marks: BallotMarksSchema,
  }),
  z.object({
    type: z.literal('ballot-undone'),
    ...base,
    teller: TellerSchema,
    round: z.int().min(1).max(100),
    number: z.int().min(1),
  }),
  /** Both tellers' keying disagreed; the paper was re-read and this is what it says. */
  z.object({
    type: z.literal('ballot-resolved'),
    ...base,
    ...at,
    round: z.int().min(1).max(100),
    number: z.int().min(1),
    marks: BallotMarksSchema,
  }),
  z.object({
    type: z.literal('ballots-reconciled'),
    ...base,
    ...at,
    round: z.int().min(1).max(100),
    issued: count,
    spoiled: count,
    note: boundedText('The note', LIMITS.notes).optional(),
  }),
  /** Majority method: nobody had a majority, so the room votes again. */
  z.object({ type: z.literal('round-opened'), ...base, ...at, round: z.int().min(2).max(100) }),
  z.object({
    type: z.literal('lot-drawn'),
    ...base,
    ...at,
    order: listOf(BallotNameSchema, LIMITS.ballotChoices, 'names in the lot').min(2),
  }),
  z.object({
    type: z.literal('certified'),
    ...base,
    ...at,
    expectedBallots: count.optional(),
    /** What the count said when certified; Verify recomputes it from the events. */
    outcome: boundedText('The outcome', LIMITS.name),
    // Ties among write-ins can name more winners than there are seats.
    winners: listOf(BallotNameSchema, LIMITS.list, 'winners'),
    summary: boundedText('The summary', LIMITS.long),
  }),
]);
export type VoteEvent = z.infer<typeof VoteEventSchema>;

/** An event in the chain: its hash covers the previous record's hash and the event. */
export const VoteRecordSchema = z.object({
  seq: z.int().min(1),
  prev: z.string().regex(/^[0-9a-f]{64}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  event: VoteEventSchema,
});
export type VoteRecord = z.infer<typeof VoteRecordSchema>;

export const GENESIS_HASH = '0'.repeat(64);

/** The exact bytes a record's hash covers: previous hash, sequence number, canonical event. */
export function hashInput(prev: string, seq: number, event: VoteEvent): string {
  return `${prev}\n${seq}\n${canonicalJson(event)}`;
}

/** JSON with object keys sorted, so the same event always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
