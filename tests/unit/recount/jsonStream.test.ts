import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonStream, JsonStreamError } from '../../../src/shared/recount/jsonStream';

/**
 * JsonStream cuts a JSON object arriving in pieces into its members and one member's
 * array into elements: whatever the chunks, the pieces parse to exactly what JSON.parse
 * of the whole gives, and the structure around them is checked.
 */

interface Cut {
  members: [string, unknown][];
  elements: unknown[];
  lines: number[];
}

function cut(text: string, chunkSizes: number[]): Cut {
  const out: Cut = { members: [], elements: [], lines: [] };
  const stream = new JsonStream('CVR', {
    member: (key, piece) => out.members.push([key, JSON.parse(piece)]),
    element: (piece, index, line) => {
      expect(index).toBe(out.elements.length);
      out.elements.push(JSON.parse(piece));
      out.lines.push(line);
    },
  });
  let at = 0;
  for (let k = 0; at < text.length; k++) {
    const size = Math.max(1, chunkSizes[k % Math.max(1, chunkSizes.length)] ?? text.length);
    stream.push(text.slice(at, at + size));
    at += size;
  }
  stream.end();
  return out;
}

function errorOf(text: string): JsonStreamError {
  try {
    cut(text, [3]);
  } catch (error) {
    if (error instanceof JsonStreamError) return error;
    throw error;
  }
  throw new Error('expected an error');
}

const jsonValue = fc.jsonValue({ maxDepth: 3 });

describe('JsonStream', () => {
  it('gives the members and elements JSON.parse gives, whatever the chunks and spacing', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string().filter((k) => k !== 'CVR'),
          jsonValue,
        ),
        fc.array(jsonValue, { maxLength: 6 }),
        fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom(0, 2),
        (others, cvrs, sizes, indent) => {
          const whole = { ...others, CVR: cvrs };
          const text = JSON.stringify(whole, null, indent);
          const got = cut(text, sizes);
          expect(got.elements).toEqual(JSON.parse(JSON.stringify(cvrs)));
          expect(Object.fromEntries(got.members)).toEqual(JSON.parse(JSON.stringify(others)));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('gives the line each element starts on', () => {
    const text =
      '{\n  "Election": [],\n  "CVR": [\n    {"a": "x\\ny"},\n\n    {\n "b": 1}\n  ]\n}\n';
    expect(cut(text, [2]).lines).toEqual([4, 6]);
  });

  it('checks the structure the pieces do not show', () => {
    expect(errorOf('[1, 2]').message).toBe('expected "{" at the start of the file');
    expect(errorOf('{"a": 1 "b": 2}').message).toBe('expected "," or "}" after a value');
    expect(errorOf('{"a": 1, "a": 2}').message).toBe(
      'duplicate key "a" in the top-level object; each key may appear only once',
    );
    expect(errorOf('{"CVR": [{}, ]}').message).toBe('expected an element of "CVR"');
    expect(errorOf('{"CVR": [{} {}]}').message).toBe(
      'expected "," or "]" between elements of "CVR"',
    );
    expect(errorOf('{"a": 1} x').message).toBe('nothing may follow the top-level object');
    expect(errorOf('{"a": 1').message).toBe('the file ends before its top-level object does');
    const late = errorOf('{\n"a": 1,\n\n"a": 2}');
    expect(late.line).toBe(4);
  });

  it('refuses a piece longer than its limit instead of holding it', () => {
    const stream = new JsonStream('CVR', { member: () => undefined, element: () => undefined }, 10);
    stream.push('{"CVR": [{"a": "');
    expect(() => stream.push('0123456789')).toThrow(
      /element 1 of "CVR" is longer than 10 characters/,
    );
  });
});
