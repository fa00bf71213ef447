/**
 * Social images from platform highlights: the person picks adopted policies, words each one
 * in the image's language (starting from the policy's English summary: the app translates
 * nothing), adds a headline and, if they like, a call to action. The image is drawn by the
 * same component and print route as a flyer's (socialImage.ts). Pure.
 */
import { LIMITS } from '../limits';
import type { Lang } from './county';
import { LANG_NAMES, spreadPicks, type Bilingual, type HighlightOption } from './flyer';
import {
  PlatformImageParamsSchema,
  type PlatformImageParams,
  type SocialArt,
  type SocialFormat,
} from './socialImage';

/** The app's own words on the screen and in the image, in each language. */
const PLATFORM_IMAGE_WORDS: Record<Lang, { headline: string }> = {
  en: { headline: 'Our platform' },
  es: { headline: 'Nuestra plataforma' },
};

/** What the person has chosen and written so far, in both languages. */
export interface PlatformImageDraft {
  headline: Bilingual;
  callToAction: Bilingual;
  /** The picked policies, in the order they print. */
  picked: string[];
  /** Per policy, its line in each language; a line not written yet starts from the option. */
  lines: Record<string, Partial<Bilingual>>;
}

/** A first draft: three policies spread over the platform, the app's headline. */
export function platformImageDraft(options: readonly HighlightOption[]): PlatformImageDraft {
  return {
    headline: { en: PLATFORM_IMAGE_WORDS.en.headline, es: PLATFORM_IMAGE_WORDS.es.headline },
    callToAction: { en: '', es: '' },
    picked: spreadPicks(options, 3).map((o) => o.policyId),
    lines: {},
  };
}

/** A picked policy's line in a language: what the person wrote, else the English summary. */
export function highlightLine(
  draft: PlatformImageDraft,
  options: readonly HighlightOption[],
  policyId: string,
  lang: Lang,
): string {
  return draft.lines[policyId]?.[lang] ?? options.find((o) => o.policyId === policyId)?.text ?? '';
}

/** Picks or drops a policy; at most LIMITS.flyerHighlights are picked (more is refused). */
export function togglePick(draft: PlatformImageDraft, policyId: string): PlatformImageDraft {
  if (draft.picked.includes(policyId))
    return { ...draft, picked: draft.picked.filter((id) => id !== policyId) };
  if (draft.picked.length >= LIMITS.flyerHighlights) return draft;
  return { ...draft, picked: [...draft.picked, policyId] };
}

/** The print route's parameters for the draft in one language and format (unchecked). */
export function platformImageParams(
  draft: PlatformImageDraft,
  options: readonly HighlightOption[],
  lang: Lang,
  format: SocialFormat,
): PlatformImageParams {
  return {
    source: 'platform',
    format,
    language: lang,
    headline: draft.headline[lang].trim(),
    highlights: draft.picked
      .filter((id) => options.some((o) => o.policyId === id))
      .map((policyId) => ({
        policyId,
        text: highlightLine(draft, options, policyId, lang).trim(),
      })),
    callToAction: draft.callToAction[lang].trim(),
  };
}

/**
 * Lines of a non-English image still word for word the English summary they started from:
 * "Highlight 2 is still the English summary: write it in Spanish."
 */
export function untranslatedWarnings(
  params: PlatformImageParams,
  options: readonly HighlightOption[],
): string[] {
  if (params.language === 'en') return [];
  return params.highlights.flatMap((h, i) => {
    const english = options.find((o) => o.policyId === h.policyId)?.text.trim();
    return english && h.text === english
      ? [
          `Highlight ${i + 1} is still the English summary: write it in ${LANG_NAMES[params.language]}.`,
        ]
      : [];
  });
}

/** What the image draws: the params' words in their language, the chapter's name and notice. */
export function platformArt(
  params: PlatformImageParams,
  chapterName: string,
  disclaimer: Bilingual,
): SocialArt {
  const only = (text: string): Bilingual =>
    params.language === 'en' ? { en: text, es: '' } : { en: '', es: text };
  return {
    chapterName,
    content: {
      headline: only(params.headline),
      highlights: params.highlights.map((h) => ({ policyId: h.policyId, text: only(h.text) })),
      callToAction: only(params.callToAction),
    },
    disclaimer,
  };
}

/** Why the params cannot make an image yet, in plain words ("Highlight 2: A highlight is required."). */
export function platformImageProblems(params: PlatformImageParams): string[] {
  const parsed = PlatformImageParamsSchema.safeParse(params);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const [key, index] = issue.path;
    const where =
      key === 'highlights' && typeof index === 'number' ? `Highlight ${index + 1}: ` : '';
    return `${where}${issue.message}.`;
  });
}
