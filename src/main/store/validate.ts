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

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) freezeTree(value);
  return value;
}

/** Freezes an object and everything in it not yet frozen (loops, not Object.values: a 10 MB file has 100,000s of objects). */
function freezeTree(value: object): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) freezeTree(v);
    }
  } else {
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const v = record[key];
      if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) freezeTree(v);
    }
  }
  Object.freeze(value);
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

/** Data that StoreSchema has just parsed (on open): frozen, not parsed a second time. */
export function adoptParsed(data: StoreData): StoreData {
  return deepFreeze(data);
}

/** Validates the parts of `next` that differ from `prev`; returns the parsed, frozen store. */
export function validateChanged(prev: StoreData | null, next: StoreData): StoreData {
  if (!prev) return deepFreeze(StoreSchema.parse(next));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(StoreSchema.shape) as Key[]) {
    const schema: z.ZodType = StoreSchema.shape[key];
    // Collections added later are `z.array(…).default([])`: check their elements one by one too.
    const list = schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : schema;
    const before = prev[key];
    const after = next[key];
    if (after === before && after !== undefined) {
      out[key] = before;
    } else if (Array.isArray(after) && Array.isArray(before) && list instanceof z.ZodArray) {
      // Most updates append or replace one element: compare by position first and build
      // the set of known elements only for what moved.
      let known: Set<unknown> | null = null;
      const element = list.element as z.ZodType;
      out[key] = Object.freeze(
        after.map((item: unknown, i) => {
          if (item === before[i]) return item;
          known ??= new Set<unknown>(before);
          return known.has(item) ? item : parseValue(element, item, [key, i]);
        }),
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

const encoder = new TextEncoder();
const textCache = new WeakMap<object, string>();
const blockCache = new WeakMap<object, { items: readonly unknown[]; bytes: Uint8Array }>();
const COMMA = encoder.encode(',');
/** Elements per cached block: small enough that one change re-encodes little, large enough for few writes. */
const BLOCK = 256;

function textOf(item: unknown): string {
  if (!item || typeof item !== 'object') return JSON.stringify(item);
  let text = textCache.get(item);
  if (text === undefined) {
    text = JSON.stringify(item);
    if (Object.isFrozen(item)) textCache.set(item, text);
  }
  return text;
}

/** Bytes of a run of elements, reused while the run holds the very same (frozen) objects. */
function blockBytes(items: readonly unknown[]): Uint8Array {
  const first = items[0];
  const key = first && typeof first === 'object' && Object.isFrozen(first) ? first : null;
  const hit = key ? blockCache.get(key) : undefined;
  if (hit && hit.items.length === items.length && hit.items.every((x, i) => x === items[i])) {
    return hit.bytes;
  }
  const bytes = encoder.encode(items.map(textOf).join(','));
  if (key) blockCache.set(key, { items, bytes });
  return bytes;
}

/**
 * The store as compact JSON, in pieces for one vectored write. Arrays are encoded in
 * blocks of elements that are cached, so adding or changing one element re-encodes one
 * block and a write costs about as much as writing the bytes.
 */
export function serializeStoreChunks(data: StoreData): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  const keys = Object.keys(data) as Key[];
  // As JSON.stringify does, a key holding undefined is left out (never written as `undefined`).
  keys
    .filter((key) => data[key] !== undefined)
    .forEach((key, k) => {
      const value: unknown = data[key];
      const head = `${k === 0 ? '{' : ','}${JSON.stringify(key)}:`;
      if (Array.isArray(value)) {
        chunks.push(encoder.encode(`${head}[`));
        for (let start = 0; start < value.length; start += BLOCK) {
          if (start > 0) chunks.push(COMMA);
          chunks.push(blockBytes(value.slice(start, start + BLOCK)));
        }
        chunks.push(encoder.encode(']'));
      } else {
        chunks.push(encoder.encode(`${head}${JSON.stringify(value)}`));
      }
    });
  chunks.push(encoder.encode('}\n'));
  return chunks;
}

/** The same JSON as one string (bundles and tests). */
export function serializeStore(data: StoreData): string {
  const decoder = new TextDecoder();
  return serializeStoreChunks(data)
    .map((c) => decoder.decode(c))
    .join('');
}
