/**
 * Every printable document, declared once: its route name, the parameters its route takes
 * (a zod schema) and the name its PDF is saved under. The `print.save` request schema
 * (PrintRequestSchema) and main's save names derive from this table; the renderer's
 * table of views (src/renderer/src/print/views.ts) must have an entry for every name here,
 * or it does not compile.
 *
 * A new document: an entry here, a view in the renderer's table, a component that renders
 * from data alone with a named `@page` (see src/renderer/src/print/page.css for the footer).
 */
import { z } from 'zod';
import { CallSheetParamsSchema, PacketParamsSchema } from '../contract/canvass';
import {
  ChaseSheetParamsSchema,
  RidesSheetParamsSchema,
  StrikeSheetParamsSchema,
} from '../contract/gotvVoted';
import { LIMITS } from '../limits';
import { CoverageMeasureSchema } from '../outreach/coverage';
import { SocialImageParamsSchema } from '../outreach/socialImage';
import { DateSchema, IdSchema, listOf, tooLong } from '../schema/common';

/** One printable document: what its route takes, and its PDF's name before the date. */
export interface Printable<P extends z.ZodType = z.ZodType> {
  params: P;
  fileName: (params: z.output<P>) => string;
}

function printable<P extends z.ZodType>(
  params: P,
  fileName: string | ((params: z.output<P>) => string),
): Printable<P> {
  return { params, fileName: typeof fileName === 'string' ? () => fileName : fileName };
}

export const SignInSheetParamsSchema = z.object({
  date: DateSchema.optional(),
  place: z.string().trim().max(LIMITS.title, tooLong('The place', LIMITS.title)).optional(),
  /** Pre-fill the active members' names, or print only blank rows. */
  prefill: z.boolean().default(true),
  blankRows: z.int().min(0).max(300).default(10),
});

const ById = z.object({ id: IdSchema });

export const PRINT_DOCUMENTS = {
  'sign-in-sheet': printable(SignInSheetParamsSchema, 'sign-in-sheet'),
  'vote-result': printable(ById, 'vote-result'),
  'tally-sheet': printable(ById, 'tally-sheet'),
  flyer: printable(ById, 'flyer'),
  /** A turf's packet carries its turf ID, so one packet's file is told from another's. */
  'walk-packet': printable(
    PacketParamsSchema,
    (p) =>
      `walk-packet-${p.turfId.replace(/[^A-Za-z0-9-]+/g, '-')}${p.remaining ? '-remaining' : ''}`,
  ),
  'call-sheet': printable(
    CallSheetParamsSchema,
    (p) => `call-sheet-${p.turfId.replace(/[^A-Za-z0-9-]+/g, '-')}`,
  ),
  /** Election day: a precinct's strike list (or every precinct's), and the chase lists. */
  'gotv-strike-list': printable(
    StrikeSheetParamsSchema,
    (p) =>
      `strike-list${p.precinct ? `-${p.precinct.replace(/[^A-Za-z0-9-]+/g, '-')}` : ''}${p.remaining ? '-remaining' : ''}`,
  ),
  'gotv-chase-list': printable(
    ChaseSheetParamsSchema,
    (p) => `chase-list${p.turfId ? `-${p.turfId}` : ''}`,
  ),
  'gotv-rides-list': printable(RidesSheetParamsSchema, 'rides-list'),
  'candidate-questionnaire': printable(
    z.object({ questionnaireId: IdSchema, candidateId: IdSchema.optional() }),
    'candidate-questionnaire',
  ),
  'candidate-comparison': printable(
    z.object({
      questionnaireId: IdSchema,
      candidateIds: listOf(IdSchema, LIMITS.compared, 'candidates side by side').min(1),
    }),
    'candidate-comparison',
  ),
  'key-vote-letter': printable(
    z.object({ keyVoteId: IdSchema, officialId: IdSchema }),
    'key-vote-letter',
  ),
  'candidate-report-card': printable(ById, 'report-card'),
  'meeting-agenda': printable(ById, 'agenda'),
  'meeting-minutes': printable(ById, 'minutes'),
  platform: printable(z.object({ version: z.int().min(1).max(100_000).optional() }), 'platform'),
  'shift-signup-sheet': printable(ById, 'shift-sign-up-sheet'),
  'shift-roster': printable(ById, 'shift-roster'),
  /** The county coverage dashboard, its map coloured by one measure (Letter landscape). */
  'county-coverage': printable(
    z.object({ measure: CoverageMeasureSchema.default('doorsKnocked') }),
    'county-coverage',
  ),
  /** A flyer as a social image (a PNG through host.captureImage, not a PDF: print.saveImage). */
  'social-image': printable(
    SocialImageParamsSchema,
    (p) => `social-image-${p.format}-${p.language}`,
  ),
};

type Documents = typeof PRINT_DOCUMENTS;
export type PrintDocument = keyof Documents;
/** A document's parameters as its route receives them (parsed, defaults filled in). */
export type PrintParams<D extends PrintDocument> = z.output<Documents[D]['params']>;

type RequestSchemaOf<D extends PrintDocument> = z.ZodObject<{
  document: z.ZodLiteral<D>;
  params: Documents[D]['params'];
}>;
type RequestSchema = { [D in PrintDocument]: RequestSchemaOf<D> }[PrintDocument];

export const PRINT_DOCUMENT_NAMES = Object.keys(PRINT_DOCUMENTS) as PrintDocument[];

/** `{ document, params }` for every document: what `print.save` accepts. */
export const PrintRequestSchema = z.discriminatedUnion(
  'document',
  PRINT_DOCUMENT_NAMES.map((document) =>
    z.object({ document: z.literal(document), params: PRINT_DOCUMENTS[document].params }),
  ) as unknown as [RequestSchema, ...RequestSchema[]],
);
export type PrintRequest = z.input<typeof PrintRequestSchema>;
export type ParsedPrintRequest = z.output<typeof PrintRequestSchema>;

/** The saved PDF's name before its date ("walk-packet-T001-remaining"). */
export function printFileName(request: ParsedPrintRequest): string {
  const spec = PRINT_DOCUMENTS[request.document] as Printable;
  return spec.fileName(request.params);
}

/** The renderer route that draws a print request; main builds it, never the renderer. */
export function printRoute(request: ParsedPrintRequest): string {
  return `#/print/${request.document}?p=${encodeURIComponent(JSON.stringify(request.params))}`;
}
