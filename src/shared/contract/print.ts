import { z } from 'zod';
import { DateSchema, IdSchema } from '../schema/common';
import { SavedFileSchema } from './app';
import { PacketParamsSchema } from './canvass';
import { channels } from './define';

export const SignInSheetParamsSchema = z.object({
  date: DateSchema.optional(),
  place: z.string().trim().max(200).optional(),
  /** Pre-fill the active members' names, or print only blank rows. */
  prefill: z.boolean().default(true),
  blankRows: z.int().min(0).max(300).default(10),
});
export type SignInSheetParams = z.input<typeof SignInSheetParamsSchema>;

export const SignInSheetDataSchema = z.object({
  chapterName: z.string(),
  sample: z.boolean(),
  date: z.string().nullable(),
  place: z.string().nullable(),
  names: z.array(z.string()),
  blankRows: z.number(),
});
export type SignInSheetData = z.infer<typeof SignInSheetDataSchema>;

/** Every printable document: its route name and its parameters. */
const VoteParamsSchema = z.object({ id: IdSchema });

export const PrintRequestSchema = z.discriminatedUnion('document', [
  z.object({ document: z.literal('sign-in-sheet'), params: SignInSheetParamsSchema }),
  z.object({ document: z.literal('vote-result'), params: VoteParamsSchema }),
  z.object({ document: z.literal('tally-sheet'), params: VoteParamsSchema }),
  z.object({ document: z.literal('flyer'), params: z.object({ id: IdSchema }) }),
  z.object({ document: z.literal('walk-packet'), params: PacketParamsSchema }),
  z.object({
    document: z.literal('candidate-questionnaire'),
    params: z.object({ questionnaireId: IdSchema, candidateId: IdSchema.optional() }),
  }),
  z.object({
    document: z.literal('candidate-comparison'),
    params: z.object({
      questionnaireId: IdSchema,
      candidateIds: z.array(IdSchema).min(1).max(20),
    }),
  }),
  z.object({
    document: z.literal('key-vote-letter'),
    params: z.object({ keyVoteId: IdSchema, officialId: IdSchema }),
  }),
  z.object({ document: z.literal('candidate-report-card'), params: z.object({ id: IdSchema }) }),
  z.object({ document: z.literal('meeting-agenda'), params: z.object({ id: IdSchema }) }),
  z.object({ document: z.literal('meeting-minutes'), params: z.object({ id: IdSchema }) }),
  z.object({
    document: z.literal('platform'),
    params: z.object({ version: z.int().min(1).max(100_000).optional() }),
  }),
]);
export type PrintRequest = z.input<typeof PrintRequestSchema>;
export type PrintDocument = PrintRequest['document'];

/** The renderer route that draws a print request; main builds it, never the renderer. */
export function printRoute(request: z.output<typeof PrintRequestSchema>): string {
  return `#/print/${request.document}?p=${encodeURIComponent(JSON.stringify(request.params))}`;
}

export const printChannels = channels({
  'print.signInSheet': { input: SignInSheetParamsSchema, output: SignInSheetDataSchema },
  'print.save': { input: PrintRequestSchema, output: SavedFileSchema },
});
