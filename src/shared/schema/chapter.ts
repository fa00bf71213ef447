import { z } from 'zod';
import { STATE_CODES } from '../geo/states';
import { LIMITS } from '../limits';
import {
  COUNTED_THRESHOLDS,
  CountedThresholdSchema,
  type CountedThreshold,
} from '../voting/motion';
import { FipsSchema, IdSchema, listOf, TimestampSchema, tooLong, trimmed } from './common';

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
const MajorityQuorumSchema = z.object({ kind: z.literal('majority') });
const NumberQuorumSchema = z.object({
  kind: z.literal('number'),
  value: z
    .int({ error: 'Enter a whole number of members' })
    .min(1, 'At least one member')
    .max(100_000, 'At most 100,000 members'),
});
const FractionQuorumSchema = z.object({
  kind: z.literal('fraction'),
  value: z
    .number({ error: 'Enter a fraction like 1/3, 0.25 or 25%' })
    .gt(0, 'The fraction must be above 0')
    .max(1, 'The fraction is at most 1'),
});
export const QuorumRuleSchema = z.discriminatedUnion('kind', [
  MajorityQuorumSchema,
  NumberQuorumSchema,
  FractionQuorumSchema,
]);
export type QuorumRule = z.infer<typeof QuorumRuleSchema>;

/**
 * A fraction as people write it: "1/3", "0.25" or ".25", "25%". Returns the number, or what to
 * fix in plain words ("25" alone is refused: it is not a fraction, and 25% is meant more often
 * than 25 times the membership).
 */
export function parseFraction(text: string): number | { problem: string } {
  const t = text.trim().replace(',', '.');
  const ratio = /^(\d+)\s*\/\s*(\d+)$/.exec(t);
  if (ratio) {
    const bottom = Number(ratio[2]);
    if (bottom === 0) return { problem: 'The number under the line cannot be 0' };
    return Number(ratio[1]) / bottom;
  }
  const percent = /^(\d*\.?\d+)\s*%$/.exec(t);
  if (percent) return Number(percent[1]) / 100;
  if (/^\d*\.?\d+$/.test(t)) {
    const value = Number(t);
    return value > 1 && value <= 100
      ? { problem: `A fraction is at most 1: for ${t} percent write ${t}%` }
      : value;
  }
  return { problem: 'Enter a fraction like 1/3, 0.25 or 25%' };
}

/** A fraction for people to read and edit: "1/3" when it is one with a small denominator. */
export function formatFraction(value: number): string {
  for (let bottom = 1; bottom <= 20; bottom++) {
    const top = Math.round(value * bottom);
    if (top > 0 && Math.abs(top / bottom - value) < 1e-9)
      return bottom === 1 ? String(top) : `${top}/${bottom}`;
  }
  return String(value);
}

/** The quorum rule as a form edits it: a fraction is typed as text (see parseFraction). */
export const QuorumRuleFormSchema = z.discriminatedUnion('kind', [
  MajorityQuorumSchema,
  NumberQuorumSchema,
  FractionQuorumSchema.extend({
    value: z
      .union([
        z.string().max(LIMITS.name, tooLong('The fraction', LIMITS.name)),
        z.number(),
        z.nan(),
      ])
      .transform((typed, ctx) => {
        const parsed = parseFraction(String(typed));
        if (typeof parsed === 'number') return parsed;
        ctx.addIssue({ code: 'custom', message: parsed.problem });
        return z.NEVER;
      })
      .pipe(FractionQuorumSchema.shape.value),
  }),
]);

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
