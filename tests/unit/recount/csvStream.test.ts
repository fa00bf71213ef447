import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvStream, CsvStreamError } from '../../../src/shared/recount/csvStream';

/** CsvStream against a CSV writer: any records, written any way RFC 4180 allows, cut anywhere. */

/**
 * RFC 4180: a cell in quotes (doubling its quotes) when it must be, or when `quote` says;
 * also which records come out as empty lines (one empty cell without quotes).
 */
function write(records: string[][], eol: string, quote: boolean[]): [string, boolean[]] {
  let k = 0;
  const empty: boolean[] = [];
  const lines = records.map((r) => {
    const line = r
      .map((c) =>
        /[",\r\n]/.test(c) || quote[k++ % quote.length] ? `"${c.replace(/"/g, '""')}"` : c,
      )
      .join(',');
    empty.push(line === '');
    return line;
  });
  return [lines.join(eol) + eol, empty];
}

function read(text: string, sizes: number[]): [string[], number][] {
  const records: [string[], number][] = [];
  const stream = new CsvStream((cells, line) => records.push([cells, line]));
  let at = 0;
  for (let k = 0; at < text.length; k++) {
    const size = Math.max(1, sizes[k % sizes.length] ?? 1);
    stream.push(text.slice(at, at + size));
    at += size;
  }
  stream.end();
  return records;
}

function errorOf(text: string): string {
  try {
    read(text, [2]);
  } catch (error) {
    if (error instanceof CsvStreamError) return `line ${error.line}: ${error.message}`;
    throw error;
  }
  throw new Error('expected an error');
}

describe('CsvStream', () => {
  it('reads back any records, whatever the chunks and line breaks', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'é', ' ', ',', '"', '\n', '\r\n', 'x') });
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 4 })
          .chain((width) =>
            fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1 }),
          ),
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
        (records, eol, sizes, quote) => {
          const [text, empty] = write(records, eol, quote);
          const kept = records.filter((_, i) => !empty[i]); // empty lines are skipped
          expect(read(text, sizes).map(([cells]) => cells)).toEqual(kept);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives the line each record starts on, skipping empty lines', () => {
    expect(read('a,b\n\n"c\nd",e\r\nf,g', [3])).toEqual([
      [['a', 'b'], 1],
      [['c\nd', 'e'], 3],
      [['f', 'g'], 5],
    ]);
  });

  it('names the line of a stray quote, text after a closing quote, or a quote never closed', () => {
    expect(errorOf('a,b\nc,d"e\n')).toBe(
      'line 2: a quote inside a field that does not start with one',
    );
    expect(errorOf('a\n"b"c\n')).toBe('line 2: text after the closing quote of a field');
    expect(errorOf('a\n\n"b,\nc\n')).toBe(
      'line 3: a quoted field is not closed by the end of the file',
    );
  });
});
