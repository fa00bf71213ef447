/**
 * Append-only files of JSON lines (canvass results, vote plans): appends are fsynced (and
 * the directory, when the append created the file); reading streams the lines, never the
 * whole file, and counts a line that is torn, too long or not a valid entry as damaged
 * rather than failing. A missing file reads as empty.
 */
import { mkdir, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { z } from 'zod';
import { readLines } from '../services/voters/lines';
import { fsyncDir } from './durable';

/** Appends entries durably (fsync before returning); creates the folder and file if need be. */
export async function appendJsonLines(path: string, entries: readonly unknown[]): Promise<void> {
  if (entries.length === 0) return;
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const fh = await open(path, 'a', 0o600);
  let created: boolean;
  try {
    created = (await fh.stat()).size === 0;
    await fh.writeFile(entries.map((e) => `${JSON.stringify(e)}\n`).join(''));
    await fh.sync();
  } finally {
    await fh.close();
  }
  if (created) await fsyncDir(dirname(path));
}

/** Every valid entry, oldest first, and the numbers of the damaged lines. */
export async function readJsonLines<S extends z.ZodType>(
  path: string,
  schema: S,
  maxLineBytes: number,
): Promise<{ entries: z.output<S>[]; damagedLines: number[] }> {
  const entries: z.output<S>[] = [];
  const damagedLines: number[] = [];
  try {
    for await (const { number, text } of readLines(path, { maxLineBytes })) {
      if (text === null) {
        damagedLines.push(number);
        continue;
      }
      if (!text.trim()) continue;
      try {
        const parsed = schema.safeParse(JSON.parse(text));
        if (parsed.success) entries.push(parsed.data);
        else damagedLines.push(number);
      } catch {
        damagedLines.push(number);
      }
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { entries: [], damagedLines: [] };
    throw error;
  }
  return { entries, damagedLines };
}
