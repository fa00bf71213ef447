import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { serializeStore, validateChanged } from '../../../src/main/store/validate';
import { StoreSchema, type StoreData } from '../../../src/shared/schema/store';
import { jsonSchemaOf, validArb } from './schemaArb';

/**
 * What lets an open trust sealed bytes without validating them (seal.ts): they are
 * validated data as the store serialises it, and parsing them gives that data back —
 * the same data a full validation of them gives. Checked on random stores, each
 * collection made of elements its schema accepts.
 */
function accepted(schema: z.ZodType): fc.Arbitrary<unknown> {
  return validArb(jsonSchemaOf(schema)).filter((x) => schema.safeParse(x).success);
}

function fieldArb(schema: z.ZodType): fc.Arbitrary<unknown> {
  const inner = schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : schema;
  return inner instanceof z.ZodArray
    ? fc.array(accepted(inner.element as z.ZodType), { maxLength: 3 })
    : accepted(schema);
}

const storeArb = fc
  .record(
    Object.fromEntries(
      Object.entries(StoreSchema.shape).map(([key, schema]) => [key, fieldArb(schema)]),
    ),
  )
  .filter((raw) => StoreSchema.safeParse(raw).success);

describe('sealed bytes read back as the validated data', () => {
  it('JSON.parse of serialised validated data equals the data and validates to it', () => {
    let elements = 0;
    fc.assert(
      fc.property(storeArb, (raw) => {
        const validated = validateChanged(null, raw as StoreData);
        const read = JSON.parse(serializeStore(validated)) as unknown;
        expect(read).toEqual(validated);
        expect(StoreSchema.parse(read)).toEqual(validated);
        for (const v of Object.values(validated)) if (Array.isArray(v)) elements += v.length;
      }),
      { numRuns: 100, seed: 20261126 },
    );
    // The stores were not all empty.
    expect(elements).toBeGreaterThan(200);
  });
});
