import type { z } from 'zod';
import type { SignInSheetData } from '../../shared/contract/print';
import { localDateOf } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import {
  printFileName,
  printRoute,
  type ParsedPrintRequest,
  type SignInSheetParamsSchema,
} from '../../shared/print/documents';
import type { Host } from '../host';
import type { Session } from '../session';
import { writeFileDurable } from '../store/durable';
import {
  SOCIAL_SIZES,
  socialFileName,
  type SocialImageParams,
} from '../../shared/outreach/socialImage';
import { countFlyerPrint, flyerHighlightOptions, flyerPrintData, socialBasics } from './outreach';

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

/** Prints a document route to PDF in main and saves it where the person chooses. */
export async function savePdf(session: Session, host: Host, request: ParsedPrintRequest) {
  session.current();
  const path = await host.chooseSavePath({
    title: 'Save PDF',
    defaultName: `${printFileName(request)}-${localDateOf(session.clock())}.pdf`,
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  if (!path) return { saved: false };
  const pdf = await host.printToPdf(printRoute(request));
  await writeFileDurable(path, pdf);
  if (request.document === 'flyer') await countFlyerPrint(session, request.params.id);
  return { saved: true, fileName: path.split(/[\\/]/).pop() };
}

/** The name a social image is saved under; a platform image's policies must be adopted ones. */
function socialImageName(session: Session, params: SocialImageParams): string {
  if ('flyerId' in params) return flyerPrintData(session, params.flyerId).flyer.name;
  socialBasics(session);
  const adopted = new Set(flyerHighlightOptions(session).options.map((o) => o.policyId));
  const stray = params.highlights.findIndex((h) => !adopted.has(h.policyId));
  if (stray >= 0) {
    throw new AppError('invalid-input', 'Pick highlights from the adopted platform.', [
      { path: `highlights[${stray}].policyId`, message: 'not an adopted policy' },
    ]);
  }
  return 'platform-highlights';
}

/** Renders a social image to PNG in main and saves it where the person chooses. */
export async function saveSocialImage(session: Session, host: Host, params: SocialImageParams) {
  const path = await host.chooseSavePath({
    title: 'Save image',
    defaultName: socialFileName(socialImageName(session, params), params),
    filters: [{ name: 'PNG image', extensions: ['png'] }],
  });
  if (!path) return { saved: false };
  const route = printRoute({ document: 'social-image', params });
  const png = await host.captureImage(route, SOCIAL_SIZES[params.format]);
  await writeFileDurable(path, png);
  return { saved: true, fileName: path.split(/[\\/]/).pop() };
}
