/**
 * The platform as the chapter's data holds it: lookups and immutable replacements shared by
 * the platform's edits and by the decisions its votes settle. Refusals are AppErrors, shown
 * to the person as they are.
 */
import { AppError } from '../errors';
import type { StoreData } from '../schema/store';
import type { Result } from './outcome';
import type { Policy } from './policy';
import type { PlatformStore } from './stored';

/** A pure function's answer, or its refusal as a conflict. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new AppError('conflict', result.reason);
  return result.value;
}

export function withPlatform(data: StoreData, platform: Partial<PlatformStore>): StoreData {
  return { ...data, platform: { ...data.platform, ...platform } };
}

export function policyOf(data: StoreData, id: string): Policy {
  const policy = data.platform.policies.find((p) => p.id === id);
  if (!policy) throw new AppError('not-found', 'That policy no longer exists.');
  return policy;
}

export function replacePolicy(data: StoreData, policy: Policy): StoreData {
  return withPlatform(data, {
    policies: data.platform.policies.map((p) => (p.id === policy.id ? policy : p)),
  });
}
