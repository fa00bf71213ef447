import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../schema/common';
import { VoteResultSchema } from './outcome';
import type { RightsFinding } from './policy';

export const RulingSchema = z.enum(['well-taken', 'not-well-taken']);
export type Ruling = z.infer<typeof RulingSchema>;

/** The chair's ruling on a point, when it was given, and any word the chair added. */
export const ChairRulingSchema = z.object({
  ruling: RulingSchema,
  at: TimestampSchema,
  note: z.string().optional(),
});

/**
 * "Point of order: this violates Secured Right X." The chair rules; any member may appeal, and
 * the appeal is decided by a majority vote on the motion "to overturn the ruling of the chair".
 * Phrasing the appeal that way makes a tie (which fails) sustain the chair, as Robert's Rules do.
 */
export const PointOfOrderSchema = z.object({
  id: IdSchema,
  rightId: IdSchema.nullable(),
  policyId: IdSchema.nullable(),
  raisedBy: z.string().min(1),
  raisedAt: TimestampSchema,
  text: z.string(),
  ruling: ChairRulingSchema.nullable(),
  appeal: z
    .object({
      by: z.string().min(1),
      at: TimestampSchema,
      seconder: z.string().optional(),
      /** The vote on overturning the ruling; null while it has not been taken. */
      vote: VoteResultSchema.nullable(),
    })
    .nullable(),
});
export type PointOfOrder = z.infer<typeof PointOfOrderSchema>;

export type PointState =
  'awaiting-ruling' | 'ruled' | 'appeal-pending' | 'sustained' | 'overturned';

export type PointStanding = {
  state: PointState;
  /** The ruling in force now (after any appeal), or null before the chair rules. */
  standing: Ruling | null;
  /** One sentence for minutes and screens. */
  summary: string;
};

const flip = (r: Ruling): Ruling => (r === 'well-taken' ? 'not-well-taken' : 'well-taken');
const words = (r: Ruling) => (r === 'well-taken' ? 'well taken' : 'not well taken');

export function pointStanding(point: PointOfOrder): PointStanding {
  if (!point.ruling)
    return {
      state: 'awaiting-ruling',
      standing: null,
      summary: 'Awaiting the ruling of the chair.',
    };
  const ruled = point.ruling.ruling;
  if (!point.appeal) {
    return {
      state: 'ruled',
      standing: ruled,
      summary: `The chair ruled the point ${words(ruled)}.`,
    };
  }
  if (!point.appeal.vote) {
    return {
      state: 'appeal-pending',
      standing: ruled,
      summary: `The chair ruled the point ${words(ruled)}; the ruling is appealed and awaits a vote.`,
    };
  }
  if (point.appeal.vote.outcome === 'no-quorum') {
    return {
      state: 'sustained',
      standing: ruled,
      summary: `The chair ruled the point ${words(ruled)}; the appeal could not be decided without a quorum (${point.appeal.vote.sentence}), so the ruling stands.`,
    };
  }
  const overturned = point.appeal.vote.outcome === 'adopted';
  const standing = overturned ? flip(ruled) : ruled;
  return {
    state: overturned ? 'overturned' : 'sustained',
    standing,
    summary: `The chair ruled the point ${words(ruled)}; on appeal the ruling was ${overturned ? 'overturned' : 'sustained'} (${point.appeal.vote.sentence}), so the point stands ${words(standing)}.`,
  };
}

/**
 * A decided point that a policy violates a right becomes a conflict finding on that policy,
 * which then blocks its adoption vote until the review is revisited.
 */
export function conflictFromPoint(point: PointOfOrder, rightVersion: number): RightsFinding | null {
  const s = pointStanding(point);
  if (!point.rightId || !point.policyId || s.standing !== 'well-taken') return null;
  if (s.state === 'appeal-pending' || s.state === 'awaiting-ruling') return null;
  const decidedAt = point.appeal?.at ?? point.ruling?.at ?? point.raisedAt;
  return {
    rightId: point.rightId,
    rightVersion,
    finding: 'conflict',
    note: `Point of order upheld: ${point.text || 'violates this Secured Right'}`,
    by: s.state === 'overturned' ? 'the meeting, on appeal' : 'the chair',
    at: decidedAt,
  };
}
