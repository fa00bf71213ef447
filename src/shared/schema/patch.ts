/**
 * Patches: a change to a stored record that names only the fields it changes. A field left
 * out keeps its stored value. Defaults (`.default(...)`, `.prefault(...)`) are for reading
 * older files and for creating records; in a patch they would silently put a field back to
 * its default, so `patchOf` removes them, at every level: a nested object given in a patch is
 * given whole (its fields are not merged one by one), and none of its fields is filled in.
 */
import { z } from 'zod';

/** A schema with its defaults removed, at every level of plain objects. */
export type NoDefaults<T extends z.ZodType> =
  T extends z.ZodDefault<infer I extends z.ZodType>
    ? NoDefaults<I>
    : T extends z.ZodPrefault<infer I extends z.ZodType>
      ? NoDefaults<I>
      : T extends z.ZodObject<infer S extends z.ZodRawShape, infer C>
        ? z.ZodObject<{ [K in keyof S]: NoDefaults<S[K] & z.ZodType> }, C>
        : T extends z.ZodOptional<infer I extends z.ZodType>
          ? z.ZodOptional<NoDefaults<I>>
          : T extends z.ZodNullable<infer I extends z.ZodType>
            ? z.ZodNullable<NoDefaults<I>>
            : T extends z.ZodPipe<infer A extends z.ZodType, infer B extends z.ZodType>
              ? z.ZodPipe<NoDefaults<A>, B>
              : T;

function strip(s: z.ZodType): z.ZodType {
  if (s instanceof z.ZodDefault || s instanceof z.ZodPrefault)
    return strip(s.unwrap() as z.ZodType);
  if (s instanceof z.ZodOptional) return strip(s.unwrap() as z.ZodType).optional();
  if (s instanceof z.ZodNullable) return strip(s.unwrap() as z.ZodType).nullable();
  if (s instanceof z.ZodPipe) {
    // `.default([]).transform(…)` is a pipe whose input side holds the default.
    return z.pipe(strip(s._zod.def.in as z.ZodType), s._zod.def.out);
  }
  if (s instanceof z.ZodObject) {
    const shape: Record<string, z.ZodType> = {};
    for (const [key, field] of Object.entries(s.shape)) shape[key] = strip(field as z.ZodType);
    const catchall = s._zod.def.catchall;
    return catchall ? z.object(shape).catchall(catchall) : z.object(shape);
  }
  return s;
}

/**
 * The patch of an object schema: every field optional and without its default, unknown keys
 * refused. Apply it with `{ ...stored, ...patch }`: keys left out are absent from the parsed
 * patch, so they keep their stored values.
 */
export function patchOf<S extends z.ZodRawShape>(schema: z.ZodObject<S>) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    shape[key] = strip(field as z.ZodType).optional();
  }
  return z.strictObject(shape as { [K in keyof S]: z.ZodOptional<NoDefaults<S[K] & z.ZodType>> });
}
