import { z } from 'zod';
import { IdSchema } from '../schema/common';
import { VoteDefinitionSchema } from '../votes/definition';
import { BallotMarksSchema, TellerSchema } from '../votes/events';
import { VerifyReportSchema, VoteSummarySchema, VoteViewSchema } from '../votes/view';
import { SavedFileSchema } from './app';
import { channels } from './define';

const id = { id: IdSchema };
const count = z.int('Enter a whole number').min(0, 'Counts cannot be negative').max(1_000_000);

export const votesChannels = channels({
  'votes.list': { input: z.undefined(), output: z.array(VoteSummarySchema) },
  'votes.get': { input: z.object(id), output: VoteViewSchema },
  'votes.open': { input: VoteDefinitionSchema, output: z.object(id) },
  'votes.freezePresence': {
    input: z.object({
      ...id,
      present: count.min(1, 'At least one person must be present'),
      presentIds: z.array(IdSchema).max(100_000).optional(),
    }),
    output: VoteViewSchema,
  },
  'votes.recordCounts': {
    input: z.object({
      ...id,
      yes: count,
      no: count,
      abstain: count,
      note: z.string().trim().max(500).optional(),
    }),
    output: VoteViewSchema,
  },
  'votes.declareVoice': {
    input: z.object({ ...id, declared: z.enum(['adopted', 'failed']) }),
    output: VoteViewSchema,
  },
  'votes.requestDivision': { input: z.object(id), output: VoteViewSchema },
  'votes.recordObjection': {
    input: z.object({ ...id, by: z.string().trim().max(120).optional() }),
    output: VoteViewSchema,
  },
  'votes.rollCall': {
    input: z.object({ ...id, memberId: IdSchema, vote: z.enum(['yes', 'no', 'abstain']) }),
    output: VoteViewSchema,
  },
  'votes.enterBallot': {
    input: z.object({ ...id, teller: TellerSchema, text: z.string().max(2000) }),
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
      note: z.string().trim().max(1000).optional(),
    }),
    output: VoteViewSchema,
  },
  'votes.openRound': { input: z.object(id), output: VoteViewSchema },
  'votes.drawLot': {
    input: z.object({ ...id, order: z.array(z.string()).min(2).max(60) }),
    output: VoteViewSchema,
  },
  'votes.certify': {
    input: z.object({ ...id, expectedBallots: count.optional() }),
    output: VoteViewSchema,
  },
  'votes.verify': { input: z.undefined(), output: VerifyReportSchema },
  'votes.exportBallotFile': { input: z.object(id), output: SavedFileSchema },
});
