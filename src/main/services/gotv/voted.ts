/**
 * Who has voted, for the app: voted files the person chooses (read in main, streamed: a
 * 300,000-row file never becomes one string), each import's diff against what was known
 * (newly voted, already voted, not in the voter file) kept in the import history, and poll
 * checkers' strike-offs, found by voter ID or name, and their undo.
 */
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { formatName } from '../../../shared/canvass/household';
import type { Voter } from '../../../shared/canvass/schema';
import type {
  Board,
  VotedFileChoice,
  VotedImportResult,
  VotedState,
  VoterBrief,
} from '../../../shared/contract/gotvVoted';
import { AppError } from '../../../shared/errors';
import {
  GotvFileError,
  VotedReader,
  votedLayoutOf,
  type VotedPreset,
} from '../../../shared/gotv/files';
import { byName, progressOf, votedDiff } from '../../../shared/gotv/lists';
import { importLines, turnoutByHour, type VotedImport } from '../../../shared/gotv/votedLog';
import type { Host } from '../../host';
import { readRecords } from './records';
import { electionContext, type GotvDeps } from './electionContext';

export interface VotedDeps extends GotvDeps {
  host: Host;
}

const VOTED_FILE_DIALOG = {
  title: 'Choose a voted file (absentee or early-vote list)',
  filters: [
    { name: 'Voted files', extensions: ['csv', 'txt', 'tsv', 'tab'] },
    { name: 'All files', extensions: ['*'] },
  ],
};

const SHOWN_NEWLY_VOTED = 200;
const SHOWN_STRIKES = 100;
const SEARCH_RESULTS = 25;

class FirstRecord extends Error {
  constructor(readonly cells: string[]) {
    super('first record');
  }
}

/** The first record of a CSV or tab-separated file (reading stops there). */
async function firstRecord(path: string): Promise<string[]> {
  try {
    await readRecords(path, (cells) => {
      throw new FirstRecord(cells);
    });
  } catch (error) {
    if (error instanceof FirstRecord) return error.cells;
    throw error;
  }
  return [];
}

const nameKey = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Whether a voter's name matches "Smith", "Smith J", "Smith, John" or "John Smith". */
function nameMatches(v: Voter, words: readonly string[]): boolean {
  const last = nameKey(v.lastName);
  const first = nameKey(v.firstName);
  const [a = '', b = ''] = words;
  if (words.length === 1) return last.startsWith(a);
  return (last.startsWith(a) && first.startsWith(b)) || (last.startsWith(b) && first.startsWith(a));
}

export function createVotedService(deps: VotedDeps) {
  const { host, store } = deps;
  /** Files the person chose, by token: the renderer never sees a path. */
  const chosen = new Map<string, string>();

  const context = (electionId: string) => electionContext(deps, electionId);

  function voterOf(voters: ReadonlyMap<string, Voter>, voterId: string): Voter {
    const v = voters.get(voterId);
    if (!v)
      throw new AppError('not-found', `There is no voter ${voterId} in this election's list.`);
    return v;
  }

  return {
    async chooseFile(): Promise<VotedFileChoice> {
      const path = await host.chooseOpenPath(VOTED_FILE_DIALOG);
      if (!path) return { token: null, fileName: null, columns: [], layout: null, problem: null };
      const token = randomUUID();
      chosen.set(token, path);
      const columns = (await firstRecord(path)).slice(0, 200);
      let layout: string | null = null;
      let problem: string | null = null;
      try {
        layout = votedLayoutOf(columns, 'auto').name;
      } catch (error) {
        problem = (error as Error).message;
      }
      return { token, fileName: basename(path), columns, layout, problem };
    },

    async importFile(input: {
      electionId: string;
      token: string;
      preset: VotedPreset;
      idColumn?: string | undefined;
    }): Promise<VotedImportResult> {
      const path = chosen.get(input.token);
      if (!path) throw new AppError('not-found', 'Choose the voted file again.');
      return store.serialise(input.electionId, async () => {
        const { voters, universe, loaded, brief } = await context(input.electionId);
        const fileIds: string[] = [];
        const reader = new VotedReader(input.preset, (id) => fileIds.push(id), input.idColumn);
        try {
          await readRecords(path, (cells, line) => reader.record(cells, line));
        } catch (error) {
          const where = error instanceof GotvFileError ? `line ${error.line}: ` : '';
          throw new AppError(
            'invalid-input',
            `${basename(path)} was not imported (${where}${(error as Error).message}). Nothing was recorded.`,
          );
        }
        const diff = votedDiff(loaded.state, fileIds, voters);
        const newlyInUniverse = diff.newlyVoted.filter((id) => universe.has(id));
        const record: VotedImport = {
          n: loaded.state.nextImport(),
          at: deps.now().toISOString(),
          file: basename(path).slice(0, 300),
          layout: reader.layoutName ?? input.preset,
          rows: reader.rows,
          ballots: diff.newlyVoted.length + diff.alreadyKnown + diff.outsideUniverse,
          newlyVoted: diff.newlyVoted.length,
          alreadyVoted: diff.alreadyKnown,
          notInVoterFile: diff.outsideUniverse,
          newlyInUniverse: newlyInUniverse.length,
        };
        await store.append(input.electionId, importLines(record, diff.newlyVoted));
        chosen.delete(input.token);
        return {
          import: record,
          newlyVoted: newlyInUniverse
            .slice(0, SHOWN_NEWLY_VOTED)
            .map((id) => brief(voterOf(voters, id))),
        };
      });
    },

    async state(electionId: string): Promise<VotedState> {
      const { voters, universe, loaded, brief } = await context(electionId);
      const strikes: VoterBrief[] = [];
      const votes = [...loaded.state.votes];
      for (let i = votes.length - 1; i >= 0 && strikes.length < SHOWN_STRIKES; i--) {
        const [id, vote] = votes[i] as (typeof votes)[number];
        const v = voters.get(id);
        if (vote.how === 'strike' && v) strikes.push(brief(v));
      }
      let universeVoted = 0;
      for (const id of universe) if (loaded.state.has(id)) universeVoted++;
      return {
        imports: [...loaded.state.imports].reverse(),
        strikes,
        voted: loaded.state.votes.size,
        universe: universe.size,
        universeVoted,
        damagedLines: loaded.damagedLines,
      };
    },

    async strike(electionId: string, voterId: string, by: string): Promise<VoterBrief> {
      return store.serialise(electionId, async () => {
        const { voters, brief } = await context(electionId);
        const v = voterOf(voters, voterId);
        const known = brief(v);
        if (known.vote) {
          const how = known.vote.how === 'strike' ? 'struck off' : `in ${known.vote.by}`;
          throw new AppError('conflict', `${known.name} has already voted (${how}).`);
        }
        const at = deps.now().toISOString();
        await store.append(electionId, [{ k: 'strike', id: v.id, at, by }]);
        return brief(v);
      });
    },

    async undo(electionId: string, voterId: string): Promise<VoterBrief> {
      return store.serialise(electionId, async () => {
        const { voters, brief } = await context(electionId);
        const v = voterOf(voters, voterId);
        const vote = brief(v).vote;
        if (!vote) throw new AppError('conflict', `${formatName(v)} is not struck off.`);
        if (vote.how === 'import')
          throw new AppError(
            'conflict',
            `${formatName(v)} voted according to ${vote.by}: only strike-offs can be undone.`,
          );
        await store.append(electionId, [{ k: 'undo', id: v.id, at: deps.now().toISOString() }]);
        return brief(v);
      });
    },

    /** Voted of the universe now: overall, by precinct (natural order) and by hour. */
    async board(electionId: string): Promise<Board> {
      const { election, universe, loaded, universeVoters } = await context(electionId);
      const { byPrecinct, ...total } = progressOf(universeVoters(), loaded.state);
      return {
        electionName: election.name,
        electionDate: election.date,
        at: deps.now().toISOString(),
        total,
        byPrecinct: Object.entries(byPrecinct)
          .sort(([a], [b]) => byName.compare(a, b))
          .map(([precinct, t]) => ({ precinct, ...t })),
        byHour: turnoutByHour(universe, loaded.state.votes, election.date),
      };
    },

    async search(electionId: string, query: string): Promise<VoterBrief[]> {
      const { voters, universe, brief } = await context(electionId);
      const exact = voters.get(query);
      if (exact) return [brief(exact)];
      const words = nameKey(query).split(' ').filter(Boolean);
      if (words.length === 0) return [];
      const found: Voter[] = [];
      for (const v of voters.values()) if (nameMatches(v, words)) found.push(v);
      // Universe voters first (the ones the chapter is turning out), then by name.
      found.sort(
        (a, b) =>
          Number(universe.has(b.id)) - Number(universe.has(a.id)) ||
          formatName(a).localeCompare(formatName(b)),
      );
      return found.slice(0, SEARCH_RESULTS).map(brief);
    },
  };
}
