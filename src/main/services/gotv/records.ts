/**
 * Streams a CSV or tab-separated file's records to `onRecord` with their line numbers
 * (csv-parse; the delimiter is a tab when the first line has one, else a comma), so a
 * 300,000-row voted file never sits in memory. Errors thrown by `onRecord`, and the
 * parser's own, stop the read and reach the caller.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';

async function firstLineHasTab(path: string): Promise<boolean> {
  const fh = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await fh.read(Buffer.alloc(64 * 1024), 0, 64 * 1024, 0);
    const head = buffer.subarray(0, bytesRead).toString('latin1');
    const end = head.search(/\r|\n/);
    return (end < 0 ? head : head.slice(0, end)).includes('\t');
  } finally {
    await fh.close();
  }
}

export async function readRecords(
  path: string,
  onRecord: (cells: string[], line: number) => void,
): Promise<void> {
  const parser = parse({
    bom: true,
    delimiter: (await firstLineHasTab(path)) ? '\t' : ',',
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    info: true,
  });
  // A sink rather than `for await`: a promise per record cost more than the parsing.
  const sink = new Writable({
    objectMode: true,
    highWaterMark: 256,
    write({ record, info }: { record: string[]; info: { lines: number } }, _enc, done) {
      try {
        onRecord(record, info.lines);
        done();
      } catch (error) {
        done(error as Error);
      }
    },
  });
  await pipeline(createReadStream(path, { highWaterMark: 1 << 20 }), parser, sink);
}
