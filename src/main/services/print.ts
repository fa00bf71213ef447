import type { z } from 'zod';
import {
  printRoute,
  type PrintRequestSchema,
  type SignInSheetData,
  type SignInSheetParamsSchema,
} from '../../shared/contract/print';
import { localDateOf } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import type { Host } from '../host';
import type { Session } from '../session';
import { writeFileDurable } from '../store/durable';

export function signInSheet(
  session: Session,
  params: z.output<typeof SignInSheetParamsSchema>,
): SignInSheetData {
  const data = session.current().data;
  if (!data.chapter) throw new AppError('not-ready', 'Create the chapter first.');
  const names = params.prefill
    ? data.members
        .filter((m) => m.active)
        .map((m) => m.name)
        .sort((a, b) => a.localeCompare(b))
    : [];
  return {
    chapterName: data.chapter.name,
    sample: data.sample,
    date: params.date ?? null,
    place: params.place ?? null,
    names,
    blankRows: params.blankRows,
  };
}

const FILE_NAMES: Record<z.output<typeof PrintRequestSchema>['document'], string> = {
  'sign-in-sheet': 'sign-in-sheet',
  'vote-result': 'vote-result',
  'tally-sheet': 'tally-sheet',
  flyer: 'flyer',
  'walk-packet': 'walk-packet',
  'candidate-questionnaire': 'candidate-questionnaire',
  'candidate-comparison': 'candidate-comparison',
  'key-vote-letter': 'key-vote-letter',
  'candidate-report-card': 'report-card',
  'meeting-agenda': 'agenda',
  'meeting-minutes': 'minutes',
  platform: 'platform',
};

/** A file name that tells one packet from another: a turf's packet carries its turf ID. */
function baseName(request: z.output<typeof PrintRequestSchema>): string {
  const base = FILE_NAMES[request.document];
  if (request.document !== 'walk-packet') return base;
  const turf = request.params.turfId.replace(/[^A-Za-z0-9-]+/g, '-');
  return `${base}-${turf}${request.params.remaining ? '-remaining' : ''}`;
}

/** Prints a document route to PDF in main and saves it where the person chooses. */
export async function savePdf(
  session: Session,
  host: Host,
  request: z.output<typeof PrintRequestSchema>,
) {
  session.current();
  const path = await host.chooseSavePath({
    title: 'Save PDF',
    defaultName: `${baseName(request)}-${localDateOf(session.clock())}.pdf`,
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  if (!path) return { saved: false };
  const pdf = await host.printToPdf(printRoute(request));
  await writeFileDurable(path, pdf);
  return { saved: true, fileName: path.split(/[\\/]/).pop() };
}
