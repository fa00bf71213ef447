/**
 * Flyers: the content model (every text in English and Spanish), the three templates, and
 * picking platform highlights from an adopted platform version. Pure: used by main to
 * validate and store, by the editor and by the print route alike.
 */
import { z } from 'zod';
import { LIMITS } from '../limits';
import { FipsSchema, IdSchema, TimestampSchema, trimmed, tooLong } from '../schema/common';
import type { PlatformVersion } from '../platform/versions';
import { contactLine, electionLine, eventLine, type CountyProfile, type Lang } from './county';
import { WebAddressSchema } from './county';
import { qrSymbol } from './qr';

export const FLYER_TEMPLATES = ['letter', 'half-letter', 'door-hanger'] as const;
export const FlyerTemplateSchema = z.enum(FLYER_TEMPLATES);
export type FlyerTemplate = z.infer<typeof FlyerTemplateSchema>;

export const TEMPLATE_INFO: Record<
  FlyerTemplate,
  { label: string; paper: string; perSheet: number }
> = {
  letter: { label: 'Full page (US Letter)', paper: 'US Letter, 8.5 × 11 in', perSheet: 1 },
  'half-letter': {
    label: 'Half-letter, two per page',
    paper: 'US Letter with cut marks: two 8.5 × 5.5 in flyers',
    perSheet: 2,
  },
  'door-hanger': {
    label: 'Door hanger (4.25 × 11 in)',
    paper: 'Card 4.25 × 11 in with the hole outline',
    perSheet: 1,
  },
};

export const FLYER_LANGUAGES = ['both', 'en', 'es'] as const;
export const FlyerLanguagesSchema = z.enum(FLYER_LANGUAGES);
export type FlyerLanguages = z.infer<typeof FlyerLanguagesSchema>;
export const LANGUAGE_LABELS: Record<FlyerLanguages, string> = {
  both: 'English and Spanish',
  en: 'English only',
  es: 'Spanish only',
};

export const FLYER_LAYOUTS = ['side-by-side', 'front-back'] as const;
export const FlyerLayoutSchema = z.enum(FLYER_LAYOUTS);
export type FlyerLayout = z.infer<typeof FlyerLayoutSchema>;
export const LAYOUT_LABELS: Record<FlyerLayout, string> = {
  'side-by-side': 'Side by side (two columns)',
  'front-back': 'English front, Spanish back (two pages)',
};

export const LANG_NAMES: Record<Lang, string> = { en: 'English', es: 'Spanish' };

/** One text in both languages; a language not printed may stay empty. */
export function bilingual(label: string, max: number) {
  const one = z.string().trim().max(max, tooLong(label, max));
  return z.object({ en: one, es: one });
}
export type Bilingual = { en: string; es: string };

export const HIGHLIGHT_MAX = LIMITS.flyerHighlight;
export const HighlightSchema = z.object({
  /** The adopted policy it was picked from; null for text typed by hand. */
  policyId: IdSchema.nullable(),
  text: bilingual('A highlight', HIGHLIGHT_MAX),
});
export type Highlight = z.infer<typeof HighlightSchema>;

const FlyerContentObject = z.object({
  name: trimmed('Flyer name', LIMITS.name),
  template: FlyerTemplateSchema,
  languages: FlyerLanguagesSchema,
  layout: FlyerLayoutSchema,
  countyFips: FipsSchema.nullable(),
  headline: bilingual('The headline', LIMITS.flyerHeadline),
  highlights: z
    .array(HighlightSchema)
    .min(3, 'Give three or four highlights')
    .max(LIMITS.flyerHighlights, 'Give three or four highlights'),
  callToAction: bilingual('The call to action', LIMITS.flyerCallToAction),
  event: bilingual('The meeting or event', LIMITS.flyerEvent),
  contact: bilingual('The contact', LIMITS.flyerContact),
  /** The address the QR code opens; '' prints no QR code. */
  qrUrl: WebAddressSchema,
});

/** A flyer being written: field limits only (a draft may still miss its Spanish texts). */
export const FlyerDraftSchema = FlyerContentObject;

/** The languages a flyer prints, in print order. */
export function languagesOf(languages: FlyerLanguages): Lang[] {
  return languages === 'both' ? ['en', 'es'] : [languages];
}

/** Whether the two languages share a page (columns) or get a page each (front/back). */
export function effectiveLayout(
  content: Pick<FlyerContent, 'languages' | 'layout' | 'template'>,
): FlyerLayout | 'single' {
  if (content.languages !== 'both') return 'single';
  return content.template === 'door-hanger' ? 'front-back' : content.layout;
}

type Issue = { path: (string | number)[]; message: string };

/** Problems with a flyer's content beyond the field limits: texts missing in a printed language. */
export function flyerProblems(content: z.output<typeof FlyerContentObject>): Issue[] {
  const issues: Issue[] = [];
  for (const lang of languagesOf(content.languages)) {
    const name = LANG_NAMES[lang];
    if (!content.headline[lang])
      issues.push({ path: ['headline', lang], message: `Write the ${name} headline` });
    content.highlights.forEach((h, i) => {
      if (!h.text[lang])
        issues.push({
          path: ['highlights', i, 'text', lang],
          message: `Write highlight ${i + 1} in ${name}`,
        });
    });
    if (!content.callToAction[lang])
      issues.push({ path: ['callToAction', lang], message: `Write the ${name} call to action` });
  }
  return issues;
}

/** A flyer as the editor sends it: validated, with every printed language filled in. */
export const FlyerContentSchema = FlyerContentObject.superRefine((content, ctx) => {
  for (const issue of flyerProblems(content)) ctx.addIssue({ code: 'custom', ...issue });
});
export type FlyerContentInput = z.input<typeof FlyerContentSchema>;
export type FlyerContent = z.output<typeof FlyerContentSchema>;

export const FlyerSchema = FlyerContentObject.extend({
  id: IdSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  /** The platform version the highlights were picked from, if any. */
  platformVersion: z.int().min(1).nullable(),
});
export type Flyer = z.infer<typeof FlyerSchema>;

export const FlyerSummarySchema = FlyerSchema.pick({
  id: true,
  name: true,
  template: true,
  languages: true,
  updatedAt: true,
});
export type FlyerSummary = z.infer<typeof FlyerSummarySchema>;

/**
 * The "Paid for by …" notice every flyer prints, a chapter setting (src/shared/settings):
 * federal and state rules differ, so the chapter writes it in full, in both languages.
 */
const disclaimerText = z
  .string()
  .trim()
  .max(LIMITS.flyerDisclaimer, tooLong('The disclaimer', LIMITS.flyerDisclaimer))
  .default('');
export const FlyerDisclaimerSchema = z.object({ en: disclaimerText, es: disclaimerText });

/** The flyer settings as the Outreach screens edit them. */
export const OutreachSettingsSchema = z.object({
  disclaimer: bilingual('The disclaimer', LIMITS.flyerDisclaimer),
});
export type OutreachSettings = z.infer<typeof OutreachSettingsSchema>;

/**
 * Above this many modules a side (QR version 7), the smallest QR code we print (1.1 in) has
 * modules under 0.6 mm: phones in dim doorways struggle to read it.
 */
export const QR_MAX_MODULES = 45;

/** What printing a flyer should warn about (the person may still go ahead). */
export function printWarnings(content: FlyerContent, settings: OutreachSettings): string[] {
  const warnings: string[] = [];
  if (content.qrUrl && qrSymbol(content.qrUrl).size > QR_MAX_MODULES)
    warnings.push(
      'The QR code address is long, so its code is dense and hard to scan. A shorter address scans more reliably.',
    );
  return [...warnings, ...disclaimerWarnings(languagesOf(content.languages), settings)];
}

/** The chapter's rules ask for a “Paid for by …” notice: a warning per language without one. */
export function disclaimerWarnings(langs: Lang[], settings: OutreachSettings): string[] {
  return langs
    .filter((lang) => !settings.disclaimer[lang].trim())
    .map(
      (lang) =>
        `The ${LANG_NAMES[lang]} “Paid for by …” disclaimer is empty. Set it under Outreach → Flyers → Disclaimer before handing flyers out.`,
    );
}

// ---- Highlights from the adopted platform ------------------------------------------------

export const HighlightOptionSchema = z.object({
  policyId: IdSchema,
  area: z.string(),
  title: z.string(),
  text: z.string(),
});
export type HighlightOption = z.infer<typeof HighlightOptionSchema>;

/** A policy's one-line pitch: its summary (or title), cut at a word to fit a highlight. */
export function highlightText(policy: { title: string; summary: string }, max = 160): string {
  const base = (policy.summary.trim() || policy.title.trim()).replace(/\s+/g, ' ');
  if (base.length <= max) return base;
  const cut = base.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

/** Every adopted policy of a platform version as a highlight to pick, in area order. */
export function highlightOptions(version: PlatformVersion | null): HighlightOption[] {
  if (!version) return [];
  const options: HighlightOption[] = [];
  for (const area of version.areas) {
    const policies = version.policies
      .filter((p) => p.areaId === area.id)
      .sort((a, b) => a.title.localeCompare(b.title, 'en'));
    for (const p of policies) {
      options.push({ policyId: p.id, area: area.name, title: p.title, text: highlightText(p) });
    }
  }
  return options;
}

/**
 * Up to `count` policies spread over the platform: one per area first, in the platform's
 * area order, then a second from each area, and so on (`options` come in area order).
 */
export function spreadPicks(options: readonly HighlightOption[], count: number): HighlightOption[] {
  const byArea = new Map<string, HighlightOption[]>();
  for (const option of options) {
    const list = byArea.get(option.area) ?? [];
    list.push(option);
    byArea.set(option.area, list);
  }
  const queues = [...byArea.values()];
  const picked: HighlightOption[] = [];
  for (let round = 0; picked.length < count && queues.some((q) => q.length > round); round++) {
    for (const q of queues) {
      const option = q[round];
      if (option && picked.length < count) picked.push(option);
    }
  }
  return picked;
}

/**
 * Picks `count` (3 or 4) highlights from the adopted platform: one policy per area first, in
 * the platform's area order, so the flyer shows the platform's breadth; then a second from
 * each area, and so on. Short of policies, the rest are blank lines to write by hand. The
 * Spanish text starts empty: a person writes it (nothing is machine translated).
 */
export function pickHighlights(version: PlatformVersion | null, count: 3 | 4 = 4): Highlight[] {
  const highlights: Highlight[] = spreadPicks(highlightOptions(version), count).map((o) => ({
    policyId: o.policyId,
    text: { en: o.text, es: '' },
  }));
  while (highlights.length < 3) highlights.push({ policyId: null, text: { en: '', es: '' } });
  return highlights;
}

/** A flyer's meeting-or-event and contact texts, in both languages, from a county profile. */
export function countyTexts(profile: CountyProfile): { event: Bilingual; contact: Bilingual } {
  const event = (lang: Lang): string =>
    [eventLine(profile.event, lang), electionLine(profile.electionDate, lang)]
      .filter(Boolean)
      .join('. ');
  const contact = contactLine(profile.contact);
  return { event: { en: event('en'), es: event('es') }, contact: { en: contact, es: contact } };
}

/** A new flyer's starting content from the adopted platform and a county profile. */
export function draftFlyer(opts: {
  chapterName: string;
  version: PlatformVersion | null;
  profile: CountyProfile | null;
  /** The county the flyer is for (the profile's, when there is one). */
  countyFips?: string | null;
  template?: FlyerTemplate;
}): FlyerContentInput {
  const { profile } = opts;
  const texts = profile
    ? countyTexts(profile)
    : { event: { en: '', es: '' }, contact: { en: '', es: '' } };
  return {
    name: `Flyer — ${opts.chapterName}`.slice(0, LIMITS.name),
    template: opts.template ?? 'half-letter',
    languages: 'both',
    layout: 'side-by-side',
    countyFips: profile?.fips ?? opts.countyFips ?? null,
    headline: { en: opts.chapterName, es: opts.chapterName },
    highlights: pickHighlights(opts.version, 4),
    callToAction: { en: '', es: '' },
    event: texts.event,
    contact: texts.contact,
    qrUrl: '',
  };
}

/** Names of a flyer's text boxes, as the editor reports an overflow ("Highlight 2 (Spanish)"). */
export function fieldLabel(field: string): string {
  const [key, second, third] = field.split('.');
  const lang = (third ?? second) as Lang | undefined;
  const langName = lang && lang in LANG_NAMES ? ` (${LANG_NAMES[lang]})` : '';
  switch (key) {
    case 'chapterName':
      return 'Chapter name';
    case 'headline':
      return `Headline${langName}`;
    case 'highlights':
      return third ? `Highlight ${Number(second) + 1}${langName}` : `Highlights${langName}`;
    case 'callToAction':
      return `Call to action${langName}`;
    case 'event':
      return `Meeting or event${langName}`;
    case 'contact':
      return `Contact${langName}`;
    case 'disclaimer':
      return `“Paid for by” disclaimer${langName}`;
    case 'qrUrl':
      return 'QR code address';
    default:
      return field;
  }
}
