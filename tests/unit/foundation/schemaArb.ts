/**
 * fast-check arbitraries derived from a zod schema (through its JSON Schema), so the
 * fuzz test covers every contract channel, including ones added later, without a
 * hand-written generator per channel: `validArb` makes plausible inputs, `wrongArb` and
 * `wrongValues` make values of the wrong type, length, range or shape for one node.
 */
import fc from 'fast-check';
import { z } from 'zod';

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
}

export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  try {
    return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  } catch {
    return {};
  }
}

function typeOf(s: JsonSchema): string | undefined {
  return Array.isArray(s.type) ? s.type[0] : s.type;
}

function alternatives(s: JsonSchema): JsonSchema[] | undefined {
  const alts = s.oneOf ?? s.anyOf;
  return alts && alts.length > 0 ? alts : undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const DAY = 24 * 3600 * 1000;
const dates = fc
  .integer({ min: 0, max: 60 * 365 })
  .map((d) => new Date(Date.UTC(1990, 0, 1) + d * DAY));

function stringArb(s: JsonSchema): fc.Arbitrary<string> {
  if (s.format === 'date') return dates.map((d) => d.toISOString().slice(0, 10));
  if (s.format === 'date-time') return dates.map((d) => d.toISOString());
  if (s.format === 'uri') return fc.webUrl();
  if (s.format === 'email') return fc.emailAddress();
  if (s.pattern) {
    try {
      return fc.stringMatching(new RegExp(s.pattern));
    } catch {
      // A pattern fast-check cannot generate from: plain strings (filtered later anyway).
    }
  }
  const min = s.minLength ?? 0;
  return fc.string({ minLength: min, maxLength: Math.max(min, Math.min(s.maxLength ?? 20, 20)) });
}

/** Values that (mostly) satisfy the schema. */
export function validArb(s: JsonSchema): fc.Arbitrary<unknown> {
  if ('const' in s) return fc.constant(s.const);
  if (s.enum && s.enum.length > 0) return fc.constantFrom(...s.enum);
  const alts = alternatives(s);
  if (alts) return fc.oneof(...alts.map(validArb));
  switch (typeOf(s)) {
    case 'object': {
      const props = s.properties ?? {};
      const keys = Object.keys(props);
      if (keys.length === 0 && typeof s.additionalProperties === 'object') {
        const names = s.propertyNames?.enum?.filter((n): n is string => typeof n === 'string');
        return fc.dictionary(
          names?.length ? fc.constantFrom(...names) : fc.string({ maxLength: 10 }),
          validArb(s.additionalProperties),
          { maxKeys: 4 },
        );
      }
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const k of keys) model[k] = validArb(props[k] ?? {});
      return fc.record(model, { requiredKeys: s.required ?? [] });
    }
    case 'string':
      return stringArb(s);
    case 'integer':
      return fc.integer({ min: s.minimum ?? -1_000_000, max: s.maximum ?? 1_000_000 });
    case 'number': {
      const min = s.exclusiveMinimum ?? s.minimum ?? -1e6;
      const max = s.exclusiveMaximum ?? s.maximum ?? 1e6;
      return fc.double({
        min,
        max,
        minExcluded: s.exclusiveMinimum !== undefined,
        maxExcluded: s.exclusiveMaximum !== undefined,
        noNaN: true,
      });
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const min = s.minItems ?? 0;
      return fc.array(validArb(s.items ?? {}), {
        minLength: min,
        maxLength: Math.max(min, Math.min(s.maxItems ?? 4, 4)),
      });
    }
    default:
      return fc.anything({ maxDepth: 2 });
  }
}

/** Wrong values for a schema node, each tried in turn by the deterministic test. */
export function wrongValues(s: JsonSchema): unknown[] {
  const out: unknown[] = [
    undefined,
    null,
    true,
    0,
    -1,
    1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    '',
    ' ',
    'x',
    '\u0000',
    [],
    [null],
    {},
    { nested: { deeper: [1, 'two'] } },
    12n,
    new Date(0),
  ];
  const type = typeOf(s);
  if (type === 'string' && s.maxLength !== undefined) out.push('x'.repeat(s.maxLength + 1));
  if (type === 'string' && s.maxLength === undefined) out.push('x'.repeat(100_000));
  if (s.enum) out.push(`${String(s.enum[0])}-not-a-member`, String(s.enum[0]).toUpperCase());
  if (type === 'integer' || type === 'number') {
    if (s.maximum !== undefined) out.push(s.maximum + 1);
    if (s.minimum !== undefined) out.push(s.minimum - 1);
    if (s.exclusiveMinimum !== undefined) out.push(s.exclusiveMinimum);
    out.push(Number.MAX_SAFE_INTEGER * 4, '7');
  }
  if (type === 'array') {
    if (s.maxItems !== undefined && s.maxItems <= 10_000) {
      out.push(
        Array.from({ length: s.maxItems + 1 }, () => fc.sample(validArb(s.items ?? {}), 1)[0]),
      );
    }
    out.push(['x', 0, null]);
  }
  if (type === 'object') out.push([{}], 'object');
  return out;
}

/** Random wrong values for a schema node: wrong types, too long, out of range, bad shape. */
export function wrongArb(s: JsonSchema): fc.Arbitrary<unknown> {
  const generic = fc.oneof(
    fc.constantFrom(...wrongValues(s)),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.string({ maxLength: 30, unit: 'binary' }),
    fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 4 }),
    fc.object({ maxDepth: 1 }),
    fc.bigInt(),
  );
  const specific: fc.Arbitrary<unknown>[] = [];
  const type = typeOf(s);
  if (type === 'string') {
    if (s.maxLength !== undefined && s.maxLength <= 100_000) {
      const max = s.maxLength;
      specific.push(fc.integer({ min: 1, max: 1000 }).map((k) => 'y'.repeat(max + k)));
    }
    if (s.pattern || s.format || s.enum) specific.push(fc.string({ maxLength: 40 }));
  }
  if (type === 'integer' || type === 'number') {
    specific.push(
      fc.double({ noDefaultInfinity: false }),
      fc.integer().map((n) => n + 0.5),
    );
  }
  if (type === 'array') {
    specific.push(fc.array(fc.anything({ maxDepth: 1 }), { minLength: 1, maxLength: 4 }));
  }
  return specific.length > 0 ? fc.oneof(generic, ...specific) : generic;
}

export type Path = (string | number)[];
export interface Site {
  path: Path;
  schema: JsonSchema;
}

function pickAlternative(s: JsonSchema, value: unknown): JsonSchema {
  const alts = alternatives(s);
  if (!alts) return s;
  return (
    alts.find(
      (a) =>
        isRecord(value) &&
        (a.required ?? []).every((k) => k in value) &&
        Object.entries(a.properties ?? {}).every(
          ([k, p]) => !('const' in p) || value[k] === p.const,
        ),
    ) ??
    alts[0] ??
    s
  );
}

/** Every node of `value` (and every absent property the schema knows), with its schema. */
export function sites(value: unknown, schema: JsonSchema, path: Path = []): Site[] {
  const s = pickAlternative(schema, value);
  const out: Site[] = [{ path, schema: s }];
  if (isRecord(value)) {
    const extra = typeof s.additionalProperties === 'object' ? s.additionalProperties : {};
    const keys = new Set([...Object.keys(value), ...Object.keys(s.properties ?? {})]);
    for (const key of keys) {
      const child = s.properties?.[key] ?? extra;
      if (key in value) out.push(...sites(value[key], child, [...path, key]));
      else out.push({ path: [...path, key], schema: child });
    }
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => out.push(...sites(v, s.items ?? {}, [...path, i])));
    out.push({ path: [...path, value.length], schema: s.items ?? {} });
  }
  return out;
}

/** A copy of `value` with the node at `path` replaced (or deleted when `remove`). */
export function setAt(value: unknown, path: Path, next: unknown, remove = false): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return next;
  if (Array.isArray(value)) {
    const copy: unknown[] = [...(value as unknown[])];
    const i = Number(head);
    if (rest.length === 0 && remove) copy.splice(i, 1);
    else copy[i] = setAt(copy[i], rest, next, remove);
    return copy;
  }
  const copy: Record<string, unknown> = isRecord(value) ? { ...value } : {};
  const key = String(head);
  if (rest.length === 0 && remove) delete copy[key];
  else copy[key] = setAt(copy[key], rest, next, remove);
  return copy;
}

/** Plausible input with one node replaced by a wrong value or removed. */
export function mutatedArb(schema: JsonSchema): fc.Arbitrary<unknown> {
  return validArb(schema).chain((base) => {
    const all = sites(base, schema);
    return fc
      .record({ site: fc.constantFrom(...all), remove: fc.boolean() })
      .chain(({ site, remove }) =>
        remove && site.path.length > 0
          ? fc.constant(setAt(base, site.path, undefined, true))
          : wrongArb(site.schema).map((wrong) => setAt(base, site.path, wrong)),
      );
  });
}
