import { z } from 'zod';
import { LIMITS } from '../limits';
import { boundedText, IdSchema, listOf, TimestampSchema } from '../schema/common';
import type { MotionThreshold } from '../voting/motion';
import { ok, refuse, VoteResultSchema, type Result, type VoteResult } from './outcome';

/**
 * A Secured Right is never edited in place: adopting, amending and removing each append a
 * version with its date and the vote that decided it, so the history can always be shown.
 */
export const RightVersionSchema = z.object({
  version: z.int().min(1),
  title: boundedText('The title', LIMITS.title).trim().min(1),
  text: boundedText('The text', LIMITS.paragraph),
  date: TimestampSchema,
  change: z.enum(['adopted', 'amended', 'removed']),
  /** Null only for rights brought in before the chapter used the app (an import). */
  vote: VoteResultSchema.nullable(),
});
export type RightVersion = z.infer<typeof RightVersionSchema>;

export const SecuredRightSchema = z.object({
  id: IdSchema,
  versions: listOf(RightVersionSchema, LIMITS.list, 'versions of a right').min(1),
});
export type SecuredRight = z.infer<typeof SecuredRightSchema>;

/** The list's order is the rights' order: "Secured Right 2" is the second current one. */
export const SecuredRightsSchema = listOf(
  SecuredRightSchema,
  LIMITS.collection,
  'Secured Rights',
).refine((rights) => new Set(rights.map((r) => r.id)).size === rights.length, {
  message: 'Two Secured Rights share an id',
});

/** A right as it stands today, numbered the way members cite it. */
export const CurrentRightSchema = z.object({
  id: IdSchema,
  number: z.int().min(1),
  title: boundedText('The title', LIMITS.title),
  text: boundedText('The text', LIMITS.paragraph),
  version: z.int().min(1),
});
export type CurrentRight = z.infer<typeof CurrentRightSchema>;

export function latestVersion(right: SecuredRight): RightVersion {
  // The schema guarantees at least one version.
  return right.versions[right.versions.length - 1]!;
}

export function isRemoved(right: SecuredRight): boolean {
  return latestVersion(right).change === 'removed';
}

export function currentRights(rights: readonly SecuredRight[]): CurrentRight[] {
  return rights
    .filter((r) => !isRemoved(r))
    .map((r, i) => {
      const v = latestVersion(r);
      return { id: r.id, number: i + 1, title: v.title, text: v.text, version: v.version };
    });
}

export function findCurrentRight(
  rights: readonly SecuredRight[],
  id: string,
): CurrentRight | undefined {
  return currentRights(rights).find((r) => r.id === id);
}

/** How a change to a Secured Right must have been decided. */
export type RightChangeRule = {
  /** The chapter's supermajority rule (default two-thirds of votes cast). */
  requiredThreshold?: MotionThreshold;
};

function checkVote(vote: VoteResult, rule: RightChangeRule, what: string): string | null {
  if (vote.outcome !== 'adopted') return `The vote to ${what} did not pass: ${vote.sentence}`;
  if (rule.requiredThreshold && vote.threshold && vote.threshold !== rule.requiredThreshold) {
    return `Changing a Secured Right needs a vote at "${rule.requiredThreshold}", but this vote was held at "${vote.threshold}".`;
  }
  if (rule.requiredThreshold && !vote.threshold) {
    return `Changing a Secured Right needs a vote at "${rule.requiredThreshold}"; this vote does not say which threshold it used.`;
  }
  return null;
}

export type RightChange = { date: string; vote: VoteResult };

export function adoptRight(
  rights: readonly SecuredRight[],
  input: RightChange & { id: string; title: string; text: string; position?: number },
  rule: RightChangeRule = {},
): Result<SecuredRight[]> {
  if (rights.some((r) => r.id === input.id))
    return refuse(`A Secured Right with id ${input.id} already exists.`);
  const bad = checkVote(input.vote, rule, `adopt "${input.title}"`);
  if (bad) return refuse(bad);
  const right: SecuredRight = {
    id: input.id,
    versions: [
      {
        version: 1,
        title: input.title,
        text: input.text,
        date: input.date,
        change: 'adopted',
        vote: input.vote,
      },
    ],
  };
  const next = [...rights];
  const at = input.position ?? next.length;
  next.splice(Math.max(0, Math.min(at, next.length)), 0, right);
  return ok(next);
}

function appendVersion(
  rights: readonly SecuredRight[],
  id: string,
  make: (prev: RightVersion) => RightVersion,
): Result<SecuredRight[]> {
  const right = rights.find((r) => r.id === id);
  if (!right) return refuse('That Secured Right does not exist.');
  if (isRemoved(right))
    return refuse(`"${latestVersion(right).title}" was removed; adopt it again as a new right.`);
  const version = make(latestVersion(right));
  return ok(rights.map((r) => (r.id === id ? { ...r, versions: [...r.versions, version] } : r)));
}

export function amendRight(
  rights: readonly SecuredRight[],
  id: string,
  input: RightChange & { title: string; text: string },
  rule: RightChangeRule = {},
): Result<SecuredRight[]> {
  const bad = checkVote(input.vote, rule, 'amend this Secured Right');
  if (bad) return refuse(bad);
  return appendVersion(rights, id, (prev) => ({
    version: prev.version + 1,
    title: input.title,
    text: input.text,
    date: input.date,
    change: 'amended',
    vote: input.vote,
  }));
}

export function removeRight(
  rights: readonly SecuredRight[],
  id: string,
  input: RightChange,
  rule: RightChangeRule = {},
): Result<SecuredRight[]> {
  const bad = checkVote(input.vote, rule, 'remove this Secured Right');
  if (bad) return refuse(bad);
  // The removal keeps the last wording so the history shows what was removed.
  return appendVersion(rights, id, (prev) => ({
    ...prev,
    version: prev.version + 1,
    date: input.date,
    change: 'removed',
    vote: input.vote,
  }));
}
