import { z } from 'zod';
import { LIMITS } from '../limits';
import { boundedText, IdSchema } from '../schema/common';
import { ok, refuse, type Result } from './outcome';

export const PolicyAreaSchema = z.object({
  id: IdSchema,
  name: boundedText('An area name', LIMITS.name).trim().min(1),
  description: boundedText('The description', LIMITS.notes),
});
export type PolicyArea = z.infer<typeof PolicyAreaSchema>;

/** The areas the seed names in step 3; chapters may rename, add and remove them. */
export const DEFAULT_POLICY_AREAS: readonly PolicyArea[] = [
  { id: 'education', name: 'Education', description: '' },
  { id: 'healthcare', name: 'Healthcare', description: '' },
  { id: 'career-economy', name: 'Career and economy', description: '' },
  { id: 'peace-foreign-policy', name: 'Peace and foreign policy', description: '' },
  { id: 'prison-reform', name: 'Prison reform', description: '' },
  { id: 'climate', name: 'Climate', description: '' },
  { id: 'civil-rights', name: 'Civil rights', description: '' },
];

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export function addArea(areas: readonly PolicyArea[], area: PolicyArea): Result<PolicyArea[]> {
  if (areas.some((a) => a.id === area.id))
    return refuse(`An area with id ${area.id} already exists.`);
  if (areas.some((a) => sameName(a.name, area.name)))
    return refuse(`There is already an area called "${area.name}".`);
  return ok([...areas, area]);
}

export function renameArea(
  areas: readonly PolicyArea[],
  id: string,
  name: string,
): Result<PolicyArea[]> {
  if (!name.trim()) return refuse('An area needs a name.');
  if (!areas.some((a) => a.id === id)) return refuse('That area does not exist.');
  if (areas.some((a) => a.id !== id && sameName(a.name, name)))
    return refuse(`There is already an area called "${name}".`);
  return ok(areas.map((a) => (a.id === id ? { ...a, name: name.trim() } : a)));
}

/** Removing an area that still files policies would orphan them, so it is refused. */
export function removeArea(
  areas: readonly PolicyArea[],
  id: string,
  policies: readonly { areaId: string }[],
): Result<PolicyArea[]> {
  const area = areas.find((a) => a.id === id);
  if (!area) return refuse('That area does not exist.');
  const filed = policies.filter((p) => p.areaId === id).length;
  if (filed > 0) {
    return refuse(
      `${filed} ${filed === 1 ? 'policy is' : 'policies are'} filed under "${area.name}"; move ${filed === 1 ? 'it' : 'them'} to another area first.`,
    );
  }
  return ok(areas.filter((a) => a.id !== id));
}
