/**
 * Append-only files of JSON lines (canvass results, vote plans): appends are fsynced (and
 * the directory, when the append created the file); reading streams the lines, never the
 * whole file, and counts a line that is torn, too long or not a valid entry as damaged
 * rather than failing. A missing file reads as empty.
 */
import { mkdir, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { z } from 'zod';
import { readLineBatches } from '../services/voters/lines';
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
  const damagedLines = await scanJsonLines(
    path,
    maxLineBytes,
    (json) => {
      const parsed = schema.safeParse(json);
      return parsed.success ? parsed.data : null;
    },
    (entry) => entries.push(entry),
  );
  return { entries, damagedLines };
}

/**
 * Each non-blank line, JSON-parsed and read by `read` (null: not a valid entry), handed to
 * `each` in file order and not kept; returns the damaged lines' numbers. A reader that needs
 * a few fields of each entry (the county tally) passes a lighter `read` than a zod schema.
 */
export async function scanJsonLines<T>(
  path: string,
  maxLineBytes: number,
  read: (json: unknown) => T | null,
  each: (entry: T) => void,
): Promise<number[]> {
  const damagedLines: number[] = [];
  try {
    // Batches: one await per chunk of the file, not per line.
    for await (const batch of readLineBatches(path, { maxLineBytes })) {
      for (const { number, text } of batch) {
        if (text === null) {
          damagedLines.push(number);
          continue;
        }
        if (!text.trim()) continue;
        let entry: T | null = null;
        try {
          entry = read(JSON.parse(text));
        } catch {
          // Not JSON: a torn line.
        }
        if (entry === null) damagedLines.push(number);
        else each(entry);
      }
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return damagedLines;
}
