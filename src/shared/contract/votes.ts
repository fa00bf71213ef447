import { z } from 'zod';
import { LIMITS } from '../limits';
import { IdSchema, listOf, tooLong } from '../schema/common';
import { VoteDefinitionSchema } from '../voteLog/definition';
import { BallotMarksSchema, BallotNameSchema, TellerSchema } from '../voteLog/events';
import { VerifyReportSchema, VoteSummarySchema, VoteViewSchema } from '../voteLog/view';
import { RecountResultSchema } from '../voting/ballotFile';
import { SavedFileSchema } from './app';
import { channels } from './define';

const id = { id: IdSchema };
const note = (max: number) => z.string().trim().max(max, tooLong('The note', max)).optional();
const count = z.int('Enter a whole number').min(0, 'Counts cannot be negative').max(1_000_000);

const SummaryFormatSchema = z.enum(['csv', 'json']);

export const FileRecountSchema = z.object({
  /** False when the person cancelled the choice of file. */
  opened: z.boolean(),
  fileName: z.string().optional(),
  /** The rules file a cast vote record file was counted under (null for a ballot file). */
  rulesFile: z.string().nullable().optional(),
  result: RecountResultSchema.optional(),
});
export type FileRecount = z.infer<typeof FileRecountSchema>;

export const votesChannels = channels({
  'votes.list': { input: z.undefined(), output: z.array(VoteSummarySchema) },
  'votes.get': { input: z.object(id), output: VoteViewSchema },
  'votes.open': { input: VoteDefinitionSchema, output: z.object(id) },
  'votes.freezePresence': {
    input: z.object({
      ...id,
      present: count.min(1, 'At least one person must be present'),
      presentIds: listOf(IdSchema, LIMITS.collection, 'members present').optional(),
    }),
    output: VoteViewSchema,
  },
  'votes.recordCounts': {
    input: z.object({
      ...id,
      yes: count,
      no: count,
      abstain: count,
      note: note(LIMITS.short),
    }),
    output: VoteViewSchema,
  },
  'votes.declareVoice': {
    input: z.object({ ...id, declared: z.enum(['adopted', 'failed']) }),
    output: VoteViewSchema,
  },
  'votes.requestDivision': { input: z.object(id), output: VoteViewSchema },
  'votes.recordObjection': {
    input: z.object({
      ...id,
      by: z.string().trim().max(LIMITS.name, tooLong('A name', LIMITS.name)).optional(),
    }),
    output: VoteViewSchema,
  },
  'votes.rollCall': {
    input: z.object({ ...id, memberId: IdSchema, vote: z.enum(['yes', 'no', 'abstain']) }),
    output: VoteViewSchema,
  },
  'votes.enterBallot': {
    input: z.object({
      ...id,
      teller: TellerSchema,
      text: z.string().max(LIMITS.notes, tooLong('A ballot', LIMITS.notes)),
    }),
    output: VoteViewSchema,
  },
  'votes.undoBallot': { input: z.object({ ...id, teller: TellerSchema }), output: VoteViewSchema },
  'votes.resolveMismatch': {
    input: z.object({ ...id, number: z.int().min(1), marks: BallotMarksSchema }),
    output: VoteViewSchema,
  },
  'votes.reconcile': {
    input: z.object({
      ...id,
      issued: count,
      spoiled: count,
      note: note(LIMITS.notes),
    }),
    output: VoteViewSchema,
  },
  'votes.openRound': { input: z.object(id), output: VoteViewSchema },
  'votes.drawLot': {
    input: z.object({
      ...id,
      order: listOf(BallotNameSchema, LIMITS.ballotChoices, 'names in the lot').min(2),
    }),
    output: VoteViewSchema,
  },
  'votes.certify': {
    input: z.object({ ...id, expectedBallots: count.optional() }),
    output: VoteViewSchema,
  },
  'votes.verify': { input: z.undefined(), output: VerifyReportSchema },
  'votes.exportBallotFile': { input: z.object(id), output: SavedFileSchema },
  /** An election's rounds as RCTab's summary report (docs/ballot-file.md). */
  'votes.exportSummary': {
    input: z.object({ ...id, format: SummaryFormatSchema }),
    output: SavedFileSchema,
  },
  /** Recounts a file the person chooses: a ballot file, or cast vote records and their rules file. */
  'votes.recountFile': { input: z.undefined(), output: FileRecountSchema },
  /** The rounds of the file last recounted, as RCTab's summary report. */
  'votes.exportRecountSummary': {
    input: z.object({ format: SummaryFormatSchema }),
    output: SavedFileSchema,
  },
});
