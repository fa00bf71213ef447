/** The print registry: one table from which print.save's schema and the saved names derive. */
import { describe, expect, it } from 'vitest';
import { contract } from '../../../src/shared/contract';
import {
  PRINT_DOCUMENTS,
  PRINT_DOCUMENT_NAMES,
  PrintRequestSchema,
  printFileName,
  printRoute,
  type PrintDocument,
  type PrintParams,
  type PrintRequest,
} from '../../../src/shared/print/documents';

// Compile-time: the request type is the registry's documents, each with its own params.
const signIn: PrintRequest = { document: 'sign-in-sheet', params: { blankRows: 3 } };
const packet: PrintParams<'walk-packet'> = {
  listId: 'oh-franklin',
  turfId: 'T001',
  remaining: true,
  canvasser: '',
  date: '',
};
// @ts-expect-error a document the registry does not have
const unknown: PrintRequest = { document: 'nothing', params: {} };
// @ts-expect-error a vote result takes an id, not a turf
const mismatched: PrintRequest = { document: 'vote-result', params: { turfId: 'T001' } };
const everyName: Record<PrintDocument, true> = Object.fromEntries(
  PRINT_DOCUMENT_NAMES.map((d) => [d, true]),
) as Record<PrintDocument, true>;

describe('print registry', () => {
  it('print.save accepts exactly the registry’s documents', () => {
    expect(contract['print.save'].input).toBe(PrintRequestSchema);
    expect(PrintRequestSchema.options.map((o) => o.shape.document.value).sort()).toEqual(
      Object.keys(PRINT_DOCUMENTS).sort(),
    );
    expect(Object.keys(everyName)).toHaveLength(20);
    expect(PrintRequestSchema.parse(signIn)).toEqual({
      document: 'sign-in-sheet',
      params: { blankRows: 3, prefill: true },
    });
    expect(PrintRequestSchema.safeParse(unknown).success).toBe(false);
    expect(PrintRequestSchema.safeParse(mismatched).success).toBe(false);
  });

  it('each document’s params are checked by its own schema', () => {
    for (const document of PRINT_DOCUMENT_NAMES) {
      expect(PrintRequestSchema.safeParse({ document, params: 'x' }).success, document).toBe(false);
      expect(PrintRequestSchema.safeParse({ document }).success, document).toBe(false);
    }
    expect(
      PrintRequestSchema.safeParse({
        document: 'candidate-comparison',
        params: { questionnaireId: 'q', candidateIds: [] },
      }).success,
    ).toBe(false);
  });

  it('names the saved PDFs as before', () => {
    const name = (request: PrintRequest) => printFileName(PrintRequestSchema.parse(request));
    expect(name(signIn)).toBe('sign-in-sheet');
    expect(name({ document: 'candidate-report-card', params: { id: 'c1' } })).toBe('report-card');
    expect(name({ document: 'meeting-agenda', params: { id: 'm1' } })).toBe('agenda');
    expect(name({ document: 'meeting-minutes', params: { id: 'm1' } })).toBe('minutes');
    expect(name({ document: 'platform', params: {} })).toBe('platform');
    expect(name({ document: 'shift-roster', params: { id: 's1' } })).toBe('shift-roster');
    expect(name({ document: 'county-coverage', params: {} })).toBe('county-coverage');
    expect(name({ document: 'shift-signup-sheet', params: { id: 's1' } })).toBe(
      'shift-sign-up-sheet',
    );
    expect(name({ document: 'walk-packet', params: packet })).toBe('walk-packet-T001-remaining');
    expect(
      name({ document: 'walk-packet', params: { listId: 'oh-franklin', turfId: 'T-2' } }),
    ).toBe('walk-packet-T-2');
  });

  it('routes carry the parsed params', () => {
    expect(printRoute(PrintRequestSchema.parse(signIn))).toBe(
      `#/print/sign-in-sheet?p=${encodeURIComponent('{"prefill":true,"blankRows":3}')}`,
    );
  });
});
