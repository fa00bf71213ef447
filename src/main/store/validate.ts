/**
 * Incremental validation and serialisation of the store. Updates are immutable: an
 * element that is the same object as before was validated (and frozen) when it was
 * written, so only new or replaced elements are parsed and stringified again. This keeps
 * a write to a 50 MB chapter file close to the cost of writing its bytes.
 */
import { z } from 'zod';
import { StoreSchema, type StoreData } from '../../shared/schema/store';
import { AppError, toApiIssues } from '../../shared/errors';

type Shape = typeof StoreSchema.shape;
type Key = keyof Shape;

const jsonCache = new WeakMap<object, string>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function fail(issues: z.core.$ZodIssue[], prefix: PropertyKey[]): never {
  const located = issues.map((i) => ({ ...i, path: [...prefix, ...i.path] }));
  throw new AppError(
    'invalid-input',
    'The change was rejected: the data would not be valid.',
    toApiIssues(located),
  );
}

function parseValue(schema: z.ZodType, value: unknown, path: PropertyKey[]): unknown {
  const result = schema.safeParse(value);
  if (!result.success) fail(result.error.issues, path);
  return deepFreeze(result.data);
}

/** Validates the parts of `next` that differ from `prev`; returns the parsed, frozen store. */
export function validateChanged(prev: StoreData | null, next: StoreData): StoreData {
  if (!prev) return deepFreeze(StoreSchema.parse(next));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(StoreSchema.shape) as Key[]) {
    const schema: z.ZodType = StoreSchema.shape[key];
    const before = prev[key];
    const after = next[key];
    if (after === before) {
      out[key] = before;
    } else if (Array.isArray(after) && Array.isArray(before) && schema instanceof z.ZodArray) {
      const known = new Set<unknown>(before);
      const element = schema.element as z.ZodType;
      out[key] = Object.freeze(
        after.map((item: unknown, i) =>
          known.has(item) ? item : parseValue(element, item, [key, i]),
        ),
      );
    } else {
      out[key] = parseValue(schema, after, [key]);
    }
  }
  const extra = Object.keys(next).filter((k) => !(k in StoreSchema.shape));
  if (extra.length) {
    throw new AppError('invalid-input', `Unknown field(s) in the store: ${extra.join(', ')}`);
  }
  return Object.freeze(out) as StoreData;
}

function stringifyCached(value: unknown): string {
  if (value && typeof value === 'object' && Object.isFrozen(value)) {
    const hit = jsonCache.get(value);
    if (hit !== undefined) return hit;
    const json = Array.isArray(value)
      ? `[${value.map(stringifyCached).join(',')}]`
      : JSON.stringify(value);
    jsonCache.set(value, json);
    return json;
  }
  return JSON.stringify(value);
}

/** Compact JSON of the store, reusing the cached text of unchanged elements. */
export function serializeStore(data: StoreData): string {
  const parts = (Object.keys(data) as Key[]).map(
    (key) => `${JSON.stringify(key)}:${stringifyCached(data[key])}`,
  );
  return `{${parts.join(',')}}\n`;
}
