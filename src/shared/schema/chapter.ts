import { z } from 'zod';
import { STATE_CODES } from '../geo/states';
import { LIMITS } from '../limits';
import {
  COUNTED_THRESHOLDS,
  CountedThresholdSchema,
  type CountedThreshold,
} from '../voting/motion';
import { FipsSchema, IdSchema, listOf, TimestampSchema, trimmed } from './common';

/** A chapter's default threshold for motions: one a count can decide (see voting/motion). */
export const THRESHOLDS = COUNTED_THRESHOLDS;
export const ThresholdSchema = CountedThresholdSchema;
export type Threshold = CountedThreshold;

export const THRESHOLD_LABELS: Record<Threshold, string> = {
  'majority-cast': 'Majority of votes cast',
  'two-thirds-cast': 'Two-thirds of votes cast',
  'majority-present': 'Majority of members present',
  'two-thirds-present': 'Two-thirds of members present',
  'majority-members': 'Majority of the entire membership',
  'two-thirds-members': 'Two-thirds of the entire membership',
};

/**
 * Quorum: a majority of active members (Robert's default when bylaws are silent), a fixed
 * head count, or at least a fraction of active members.
 */
export const QuorumRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('majority') }),
  z.object({ kind: z.literal('number'), value: z.int().min(1).max(100_000) }),
  z.object({
    kind: z.literal('fraction'),
    value: z.number().gt(0, 'The fraction must be above 0').max(1, 'The fraction is at most 1'),
  }),
]);
export type QuorumRule = z.infer<typeof QuorumRuleSchema>;

export const ChapterInputSchema = z.object({
  name: trimmed('Chapter name', LIMITS.name),
  state: z.enum(STATE_CODES, { error: 'Pick a state' }),
  counties: listOf(FipsSchema, LIMITS.counties, 'counties').min(1, 'Pick at least one home county'),
  quorum: QuorumRuleSchema,
  defaultThreshold: ThresholdSchema,
});
export type ChapterInput = z.infer<typeof ChapterInputSchema>;

export const ChapterSchema = ChapterInputSchema.extend({
  id: IdSchema,
  createdAt: TimestampSchema,
});
export type Chapter = z.infer<typeof ChapterSchema>;

/** Quorum for a given number of active members. */
export function quorumFor(rule: QuorumRule, activeMembers: number): number {
  if (rule.kind === 'number') return rule.value;
  if (rule.kind === 'majority') return Math.floor(activeMembers / 2) + 1;
  // Round the product first so 0.1 × 30 counts as 3, not 3.0000000000000004 → 4.
  return Math.max(1, Math.ceil(Number((rule.value * activeMembers).toFixed(9))));
}
