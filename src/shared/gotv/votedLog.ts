/**
 * Who has voted in one election, as an append-only log (one JSON object a line, kept beside
 * the voter lists, never in the chapter file):
 * - `ids` lines: the voters an import found voting for the first time (in chunks);
 * - an `import` line after them commits that import (an import torn by a crash, its `ids`
 *   lines without their `import` line, counts for nothing);
 * - `strike` and `undo` lines: poll checkers' strike-offs, and taking one back.
 * `VotedState` folds the log into each voter's first known vote (when, and how it became
 * known) and the import history. Pure.
 */
import { z } from 'zod';
import { LIMITS } from '../limits';
import { boundedText, TimestampSchema } from '../schema/common';
import { localDateOf } from '../dates';

const VoterIdText = boundedText('The voter ID', LIMITS.id).min(1);

/** What one voted-file import found, kept in the import history. */
export const VotedImportSchema = z.object({
  n: z.int().positive(),
  at: TimestampSchema,
  file: boundedText('The file name', LIMITS.title),
  /** The layout it was read as: ohio, north-carolina, florida or generic. */
  layout: boundedText('The layout', LIMITS.id),
  /** Data rows read, and those recording a ballot cast (a request alone is not a vote). */
  rows: z.int().nonnegative(),
  ballots: z.int().nonnegative(),
  /** Distinct voters of the voter list the file shows voting for the first time. */
  newlyVoted: z.int().nonnegative(),
  /** … already known to have voted (an earlier file or a strike-off). */
  alreadyVoted: z.int().nonnegative(),
  /** … whose voter ID is not in the election's voter list. */
  notInVoterFile: z.int().nonnegative(),
  /** Of the newly voted, those in the GOTV universe when the file was imported. */
  newlyInUniverse: z.int().nonnegative(),
});
export type VotedImport = z.infer<typeof VotedImportSchema>;

export const VotedLineSchema = z.discriminatedUnion('k', [
  z.object({ k: z.literal('ids'), n: z.int().positive(), ids: z.array(VoterIdText) }),
  VotedImportSchema.extend({ k: z.literal('import') }),
  z.object({
    k: z.literal('strike'),
    id: VoterIdText,
    at: TimestampSchema,
    by: boundedText('The poll checker', LIMITS.name),
  }),
  z.object({ k: z.literal('undo'), id: VoterIdText, at: TimestampSchema }),
]);
export type VotedLine = z.infer<typeof VotedLineSchema>;

/** How a vote became known: an import (its number) or a poll checker's strike-off. */
export type VoteSource = { how: 'import'; n: number } | { how: 'strike'; by: string };
export type Vote = VoteSource & { at: string };

/** IDs per `ids` line: short enough to read back line by line, few enough lines. */
export const IDS_PER_LINE = 2_000;

export class VotedState {
  readonly votes = new Map<string, Vote>();
  readonly imports: VotedImport[] = [];
  private readonly pending = new Map<number, string[][]>();

  apply(line: VotedLine): void {
    switch (line.k) {
      case 'ids': {
        const chunks = this.pending.get(line.n);
        if (chunks) chunks.push(line.ids);
        else this.pending.set(line.n, [line.ids]);
        return;
      }
      case 'import': {
        const { k: _k, ...record } = line;
        for (const ids of this.pending.get(line.n) ?? [])
          for (const id of ids)
            if (!this.votes.has(id)) this.votes.set(id, { how: 'import', n: line.n, at: line.at });
        this.pending.delete(line.n);
        this.imports.push(record);
        return;
      }
      case 'strike':
        if (!this.votes.has(line.id))
          this.votes.set(line.id, { how: 'strike', by: line.by, at: line.at });
        return;
      case 'undo':
        if (this.votes.get(line.id)?.how === 'strike') this.votes.delete(line.id);
    }
  }

  /** The number the next import gets (torn imports' numbers are not reused). */
  nextImport(): number {
    const used = [...this.imports.map((i) => i.n), ...this.pending.keys()];
    return used.length === 0 ? 1 : Math.max(...used) + 1;
  }

  has(voterId: string): boolean {
    return this.votes.has(voterId);
  }
}

/** The lines one import appends: its newly voted IDs in chunks, then its record. */
export function importLines(record: VotedImport, newlyVoted: readonly string[]): VotedLine[] {
  const lines: VotedLine[] = [];
  for (let i = 0; i < newlyVoted.length; i += IDS_PER_LINE)
    lines.push({ k: 'ids', n: record.n, ids: newlyVoted.slice(i, i + IDS_PER_LINE) });
  lines.push({ k: 'import', ...record });
  return lines;
}

/** Turnout over the day: early and absentee votes (voted files), then strike-offs by hour. */
export interface TurnoutByHour {
  /** Universe voters known from voted files (early in person, by mail). */
  early: number;
  /** Strike-offs before the election day's date (tests, or keyed in early). */
  before: number;
  /** Strike-offs on the day, by local hour 0–23. */
  hours: number[];
  /** Strike-offs after the day (late keying). */
  after: number;
}

export function turnoutByHour(
  universe: Iterable<string>,
  votes: ReadonlyMap<string, Vote>,
  electionDate: string,
): TurnoutByHour {
  const out: TurnoutByHour = { early: 0, before: 0, hours: Array<number>(24).fill(0), after: 0 };
  for (const id of universe) {
    const vote = votes.get(id);
    if (!vote) continue;
    if (vote.how === 'import') {
      out.early++;
      continue;
    }
    const when = new Date(vote.at);
    const day = localDateOf(when);
    if (day < electionDate) out.before++;
    else if (day > electionDate) out.after++;
    else out.hours[when.getHours()] = (out.hours[when.getHours()] ?? 0) + 1;
  }
  return out;
}
