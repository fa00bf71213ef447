/**
 * Who has voted, per GOTV election: the states' voted files imported (main reads the file
 * the person chose; the renderer gets a token, never a path, and never the file's text),
 * poll checkers' strike-offs and their undo, the search they strike from, the progress board
 * (also on the projector) and the data of the election-day lists.
 */
import { z } from 'zod';
import { VotedPresetSchema } from '../gotv/files';
import { VotedImportSchema } from '../gotv/votedLog';
import { LIMITS } from '../limits';
import { tooLong } from '../schema/common';
import { channels } from './define';

export const ElectionIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'Not an election ID');
const election = z.object({ electionId: ElectionIdSchema });
const VoterIdSchema = z
  .string()
  .trim()
  .min(1, 'Enter the state voter ID')
  .max(LIMITS.id, tooLong('The voter ID', LIMITS.id));
const none = z.undefined();

/** How a voter's vote became known. */
export const VoteSchema = z.object({
  how: z.enum(['import', 'strike']),
  at: z.string(),
  /** The poll checker (strike-offs), or the voted file's name (imports). */
  by: z.string(),
});

/** A voter as poll checkers and the diff show them. */
export const VoterBriefSchema = z.object({
  id: z.string(),
  name: z.string(),
  address: z.string(),
  precinct: z.string(),
  inUniverse: z.boolean(),
  vote: VoteSchema.nullable(),
});
export type VoterBrief = z.infer<typeof VoterBriefSchema>;

export const VotedFileChoiceSchema = z.object({
  token: z.string().nullable(),
  fileName: z.string().nullable(),
  /** The first record's cells (the header, when the file has one). */
  columns: z.array(z.string()),
  /** The layout detected with the 'auto' preset, or null. */
  layout: z.string().nullable(),
  /** Why 'auto' cannot read it (choose a preset or the ID column), or null. */
  problem: z.string().nullable(),
});
export type VotedFileChoice = z.infer<typeof VotedFileChoiceSchema>;

export const VotedImportResultSchema = z.object({
  import: VotedImportSchema,
  /** The newly voted universe voters (the first 200), by name. */
  newlyVoted: z.array(VoterBriefSchema),
});
export type VotedImportResult = z.infer<typeof VotedImportResultSchema>;

export const VotedStateSchema = z.object({
  /** Imports, newest first. */
  imports: z.array(VotedImportSchema),
  /** The latest strike-offs (up to 100), newest first. */
  strikes: z.array(VoterBriefSchema),
  /** Voters of the list known to have voted, and those of the universe. */
  voted: z.int(),
  universe: z.int(),
  universeVoted: z.int(),
  /** Lines of the voted log that could not be read (a torn write), counted. */
  damagedLines: z.int(),
});
export type VotedState = z.infer<typeof VotedStateSchema>;

const TallySchema = z.object({ universe: z.int(), voted: z.int(), remaining: z.int() });

export const BoardSchema = z.object({
  electionName: z.string(),
  electionDate: z.string(),
  /** When these figures were read. */
  at: z.string(),
  total: TallySchema,
  byPrecinct: z.array(TallySchema.extend({ precinct: z.string() })),
  /** Early and absentee votes (voted files); strike-offs before, by hour on, and after the day. */
  byHour: z.object({
    early: z.int(),
    before: z.int(),
    hours: z.array(z.int()),
    after: z.int(),
  }),
});
export type Board = z.infer<typeof BoardSchema>;

/** A voter as the election-day lists print them; `plan` is the vote plan in words, or ''. */
const SheetVoterSchema = z.object({
  id: z.string(),
  name: z.string(),
  address: z.string(),
  age: z.string(),
  phone: z.string(),
  plan: z.string(),
  /** Known to have voted (a full strike list shows them ticked). */
  voted: z.boolean(),
});
export type SheetVoter = z.infer<typeof SheetVoterSchema>;

const SheetHeadSchema = z.object({
  chapterName: z.string(),
  electionName: z.string(),
  electionDate: z.string(),
  /** The snapshot's time: who had voted when this was printed. */
  at: z.string(),
});

export const StrikeSheetParamsSchema = z.object({
  electionId: ElectionIdSchema,
  /** One precinct, or every precinct (each from a new page) when left out. */
  precinct: z.string().max(LIMITS.name, tooLong('The precinct', LIMITS.name)).optional(),
  /** Only those still to vote (a re-print), or every universe voter. */
  remaining: z.boolean().default(true),
});

export const StrikeSheetDataSchema = SheetHeadSchema.extend({
  remaining: z.boolean(),
  precincts: z.array(
    z.object({
      precinct: z.string(),
      universe: z.int(),
      voted: z.int(),
      voters: z.array(SheetVoterSchema),
    }),
  ),
});
export type StrikeSheetData = z.infer<typeof StrikeSheetDataSchema>;

export const ChaseSheetParamsSchema = z.object({
  electionId: ElectionIdSchema,
  doorsPerTurf: z.int().min(1).max(500).default(25),
  /** One chase turf ('C001'), or all of them when left out. */
  turfId: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,32}$/, 'Not a turf ID')
    .optional(),
});

export const ChaseSheetDataSchema = SheetHeadSchema.extend({
  county: z.string(),
  turfs: z.array(
    z.object({
      id: z.string(),
      precincts: z.array(z.string()),
      doors: z.int(),
      people: z.int(),
      households: z.array(
        z.object({
          seq: z.int(),
          address: z.string(),
          city: z.string(),
          zip: z.string(),
          precinct: z.string(),
          voters: z.array(SheetVoterSchema),
        }),
      ),
    }),
  ),
});
export type ChaseSheetData = z.infer<typeof ChaseSheetDataSchema>;

export const RidesSheetParamsSchema = z.object({ electionId: ElectionIdSchema });

export const RidesSheetDataSchema = SheetHeadSchema.extend({
  rides: z.array(
    SheetVoterSchema.extend({ when: z.string(), precinct: z.string(), city: z.string() }),
  ),
});
export type RidesSheetData = z.infer<typeof RidesSheetDataSchema>;

export const gotvVotedChannels = channels({
  /** Asks the person for a voted file; main keeps its path under the token. */
  'gotvVoted.chooseFile': { input: none, output: VotedFileChoiceSchema },
  /** Reads the chosen file (streamed, in main), records who voted, returns the diff. */
  'gotvVoted.import': {
    input: election.extend({
      token: z.string().regex(/^[a-z0-9-]{1,64}$/),
      preset: VotedPresetSchema.default('auto'),
      /** The generic layout's voter ID column (its header). */
      idColumn: z.string().trim().max(LIMITS.name, tooLong('The column', LIMITS.name)).optional(),
    }),
    output: VotedImportResultSchema,
  },
  'gotvVoted.state': { input: election, output: VotedStateSchema },
  /** A poll checker strikes off a voter who has voted. */
  'gotvVoted.strike': {
    input: election.extend({
      voterId: VoterIdSchema,
      by: z.string().trim().max(LIMITS.name, tooLong('The name', LIMITS.name)).default(''),
    }),
    output: VoterBriefSchema,
  },
  /** Takes a strike-off back (a voter struck by mistake); imports are not undone. */
  'gotvVoted.undo': {
    input: election.extend({ voterId: VoterIdSchema }),
    output: VoterBriefSchema,
  },
  /** Voters of the election's list by voter ID or name ("Smith", "Smith J", "Smith, John"). */
  'gotvVoted.search': {
    input: election.extend({
      query: z
        .string()
        .trim()
        .min(1, 'Type a voter ID or a name')
        .max(LIMITS.name, tooLong('The search', LIMITS.name)),
    }),
    output: z.array(VoterBriefSchema),
  },
  /** Voted of the universe, by precinct and by hour (the projector shows it too). */
  'gotvVoted.board': { input: election, output: BoardSchema },
  /** Shows the board on the projector window (the room's second screen when there is one). */
  'gotvVoted.openBoard': { input: election, output: z.object({ opened: z.boolean() }) },

  /** The strike list's print data: universe voters by precinct, by last name. */
  'gotvVoted.strikeSheet': { input: StrikeSheetParamsSchema, output: StrikeSheetDataSchema },
  /** The chase lists' print data: supporters still to vote, door by door in walk order. */
  'gotvVoted.chaseSheet': { input: ChaseSheetParamsSchema, output: ChaseSheetDataSchema },

  /** The rides list's print data: rides still to give, by time. */
  'gotvVoted.ridesSheet': { input: RidesSheetParamsSchema, output: RidesSheetDataSchema },
});
