/** What the Votes screens show: a vote's state flattened for the renderer. */
import { z } from 'zod';
import { RecountResultSchema } from '../voting/ballotFile';
import { VoteDefinitionSchema } from './definition';
import { BallotMarksSchema } from './events';

const EntrySchema = z.object({
  number: z.number(),
  description: z.string(),
  marks: BallotMarksSchema,
});

export const VoteSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(['motion', 'election']),
  method: z.string(),
  openedAt: z.string(),
  status: z.enum(['open', 'certified']),
  summary: z.string().nullable(),
});
export type VoteSummary = z.infer<typeof VoteSummarySchema>;

export const VoteViewSchema = z.object({
  id: z.string(),
  definition: VoteDefinitionSchema,
  openedAt: z.string(),
  secret: z.boolean(),
  presence: z
    .object({
      present: z.number(),
      members: z.number(),
      quorum: z.number(),
      presentIds: z.array(z.string()).optional(),
    })
    .nullable(),
  counts: z.object({ yes: z.number(), no: z.number(), abstain: z.number() }).nullable(),
  corrections: z.number(),
  declared: z.enum(['adopted', 'failed']).nullable(),
  division: z.boolean(),
  objections: z.number(),
  rollCall: z.array(
    z.object({ memberId: z.string(), name: z.string(), vote: z.enum(['yes', 'no', 'abstain']) }),
  ),
  round: z.number(),
  rounds: z.number(),
  tellers: z.object({ 1: z.array(EntrySchema), 2: z.array(EntrySchema) }),
  mismatches: z.array(
    z.object({
      number: z.number(),
      teller1: z.string().nullable(),
      teller2: z.string().nullable(),
    }),
  ),
  agreed: z.number(),
  reconciliation: z
    .object({ issued: z.number(), spoiled: z.number(), note: z.string().optional() })
    .nullable(),
  lot: z.array(z.string()).nullable(),
  blockers: z.array(z.string()),
  result: RecountResultSchema.nullable(),
  resultProblem: z.string().nullable(),
  certified: z
    .object({
      at: z.string(),
      outcome: z.string(),
      winners: z.array(z.string()),
      summary: z.string(),
    })
    .nullable(),
  chapterName: z.string(),
});
export type VoteView = z.infer<typeof VoteViewSchema>;

export const VerifyReportSchema = z.object({
  ok: z.boolean(),
  records: z.number(),
  votes: z.number(),
  certifiedChecked: z.number(),
  problems: z.array(z.string()),
});
export type VerifyReport = z.infer<typeof VerifyReportSchema>;
