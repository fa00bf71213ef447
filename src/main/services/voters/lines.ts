/**
 * The lines of a file, read as a stream: never the whole file in one string or buffer, so
 * a file of any size (even one larger than the longest string V8 can hold) can be read.
 * Lines are split on LF only (a CR before it stays on the line), exactly as
 * `text.split('\n')` would split the whole file, and each is decoded as UTF-8 on its own
 * (the same characters, since LF is never part of a multi-byte sequence). A line longer
 * than `maxLineBytes` is not decoded or kept: it is yielded as `null`, so a damaged file
 * holding one enormous line costs no more memory than a short one.
 */
import { createReadStream } from 'node:fs';

const LF = 0x0a;

export interface Line {
  /** 1-based. */
  number: number;
  /** The line without its LF; null when it is longer than maxLineBytes. */
  text: string | null;
}

export async function* readLines(
  path: string,
  opts: { maxLineBytes: number; chunkBytes?: number },
): AsyncGenerator<Line> {
  const max = opts.maxLineBytes;
  // The start of the current line, from earlier chunks (dropped once it is too long).
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let tooLong = false;
  let number = 0;
  const finish = (tail: Buffer): Line => {
    number++;
    const bytes = pendingBytes + tail.length;
    let text: string | null = null;
    if (!tooLong && bytes <= max) {
      text = pending.length
        ? Buffer.concat([...pending, tail], bytes).toString('utf8')
        : tail.toString('utf8');
    }
    pending = [];
    pendingBytes = 0;
    tooLong = false;
    return { number, text };
  };
  const stream = createReadStream(path, { highWaterMark: opts.chunkBytes ?? 1 << 20 });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let start = 0;
    for (let nl = chunk.indexOf(LF); nl >= 0; nl = chunk.indexOf(LF, start)) {
      yield finish(chunk.subarray(start, nl));
      start = nl + 1;
    }
    if (start < chunk.length) {
      pendingBytes += chunk.length - start;
      if (tooLong || pendingBytes > max) {
        tooLong = true;
        pending = [];
      } else pending.push(chunk.subarray(start));
    }
  }
  // The text after the last LF: '' when the file ends with one (as split('\n') gives).
  yield finish(Buffer.alloc(0));
}
