/** Writes a generated Ohio-layout county voter file of `rows` rows (no bad rows), streamed. */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { ohioLines } from '../tests/unit/canvass/generate';

export async function writeOhioFile(
  path: string,
  rows: number,
  onVoter?: (id: string) => void,
): Promise<void> {
  const out = createWriteStream(path);
  let batch: string[] = [];
  for (const line of ohioLines(rows, 20241105, { badRows: false }, undefined, onVoter)) {
    batch.push(line);
    if (batch.length === 2000) {
      if (!out.write(`${batch.join('\r\n')}\r\n`)) await once(out, 'drain');
      batch = [];
    }
  }
  out.end(batch.length ? `${batch.join('\r\n')}\r\n` : '');
  await once(out, 'finish');
}
