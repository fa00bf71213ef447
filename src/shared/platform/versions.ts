import { z } from 'zod';
import { LIMITS } from '../limits';
import { boundedText, IdSchema, listOf, TimestampSchema } from '../schema/common';
import type { PolicyArea } from './areas';
import { ok, refuse, VoteResultSchema, type Result } from './outcome';
import { adoptedAt, type Policy } from './policy';
import { CurrentRightSchema, currentRights, type SecuredRight } from './rights';

export const PlatformCauseSchema = z.object({
  kind: z.enum([
    'initial',
    'policy-adopted',
    'policy-amended',
    'policy-rescinded',
    'right-adopted',
    'right-amended',
    'right-removed',
  ]),
  /** The policy or right the change was about. */
  refId: IdSchema.nullable(),
  vote: VoteResultSchema.nullable(),
});
export type PlatformCause = z.infer<typeof PlatformCauseSchema>;

export const PlatformPolicySchema = z.object({
  id: IdSchema,
  areaId: IdSchema,
  title: boundedText('The title', LIMITS.title),
  summary: boundedText('The summary', LIMITS.notes),
  text: boundedText('The text', LIMITS.long),
  sponsors: listOf(boundedText('A sponsor', LIMITS.name), LIMITS.shortList, 'sponsors'),
  adoptedAt: TimestampSchema.nullable(),
});

/**
 * A numbered, dated snapshot of the whole platform. Questionnaires pin a version number, so a
 * candidate is always judged against the platform as it stood when they were asked.
 */
export const PlatformVersionSchema = z.object({
  number: z.int().min(1),
  date: TimestampSchema,
  cause: PlatformCauseSchema,
  rights: listOf(CurrentRightSchema, LIMITS.collection, 'Secured Rights'),
  areas: listOf(
    z.object({ id: IdSchema, name: boundedText('An area name', LIMITS.name) }),
    LIMITS.collection,
    'policy areas',
  ),
  policies: listOf(PlatformPolicySchema, LIMITS.collection, 'policies'),
});
export type PlatformVersion = z.infer<typeof PlatformVersionSchema>;

export type PlatformSource = {
  rights: readonly SecuredRight[];
  areas: readonly PolicyArea[];
  policies: readonly Policy[];
};

/** The version that follows `previous` (or version 1), snapshotting current rights and adopted policies. */
export function nextPlatformVersion(
  previous: PlatformVersion | null,
  source: PlatformSource,
  change: { date: string; cause: PlatformCause },
): Result<PlatformVersion> {
  if (previous && Date.parse(change.date) < Date.parse(previous.date)) {
    return refuse(
      `A new platform version cannot be dated before version ${previous.number} (${previous.date}).`,
    );
  }
  const areaIds = new Set(source.areas.map((a) => a.id));
  const adopted = source.policies.filter((p) => p.status === 'adopted');
  const orphan = adopted.find((p) => !areaIds.has(p.areaId));
  if (orphan)
    return refuse(
      `The adopted policy "${orphan.title}" is filed under an area that no longer exists.`,
    );
  return ok({
    number: (previous?.number ?? 0) + 1,
    date: change.date,
    cause: change.cause,
    rights: currentRights(source.rights),
    areas: source.areas.map((a) => ({ id: a.id, name: a.name })),
    policies: adopted.map((p) => ({
      id: p.id,
      areaId: p.areaId,
      title: p.title,
      summary: p.summary,
      text: p.text,
      sponsors: [...p.sponsors],
      adoptedAt: adoptedAt(p),
    })),
  });
}

export type PlatformChanges = {
  policiesAdded: string[];
  policiesRemoved: string[];
  policiesChanged: string[];
  rightsAdded: string[];
  rightsRemoved: string[];
  rightsChanged: string[];
};

/** Ids of what differs between two versions, for a "what changed" line on print. */
export function platformChanges(
  from: PlatformVersion | null,
  to: PlatformVersion,
): PlatformChanges {
  const diffIds = <T extends { id: string }>(
    a: readonly T[],
    b: readonly T[],
    same: (x: T, y: T) => boolean,
  ) => {
    const before = new Map(a.map((x) => [x.id, x]));
    const after = new Map(b.map((x) => [x.id, x]));
    return {
      added: b.filter((x) => !before.has(x.id)).map((x) => x.id),
      removed: a.filter((x) => !after.has(x.id)).map((x) => x.id),
      changed: b.filter((x) => before.has(x.id) && !same(before.get(x.id)!, x)).map((x) => x.id),
    };
  };
  const p = diffIds(
    from?.policies ?? [],
    to.policies,
    (x, y) =>
      x.text === y.text && x.title === y.title && x.summary === y.summary && x.areaId === y.areaId,
  );
  const r = diffIds(from?.rights ?? [], to.rights, (x, y) => x.version === y.version);
  return {
    policiesAdded: p.added,
    policiesRemoved: p.removed,
    policiesChanged: p.changed,
    rightsAdded: r.added,
    rightsRemoved: r.removed,
    rightsChanged: r.changed,
  };
}
