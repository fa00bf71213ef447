/**
 * Social images: a square post (1080 × 1080) and a link preview (1200 × 630), each in one
 * language, with the chapter's name, a headline, highlights and a call to action, and the
 * chapter's disclaimer when it has one. Made from a saved flyer, or from platform highlights
 * the person picks and words in the image's language (platformImage.ts). Pure: the print
 * registry, the print route, main's save and the screens share it.
 */
import { z } from 'zod';
import { LIMITS } from '../limits';
import { IdSchema, tooLong, trimmed } from '../schema/common';
import type { Lang } from './county';
import { HIGHLIGHT_MAX, type Bilingual, type FlyerContent } from './flyer';

export const SOCIAL_FORMATS = ['square', 'link'] as const;
export const SocialFormatSchema = z.enum(SOCIAL_FORMATS);
export type SocialFormat = z.infer<typeof SocialFormatSchema>;

/** Each format's size in CSS pixels, rendered at device scale 1: the PNG's size. */
export const SOCIAL_SIZES: Record<SocialFormat, { width: number; height: number }> = {
  square: { width: 1080, height: 1080 },
  link: { width: 1200, height: 630 },
};

export const SOCIAL_FORMAT_LABELS: Record<SocialFormat, string> = {
  square: 'Square post, 1080 × 1080',
  link: 'Link preview, 1200 × 630',
};

const LangSchema = z.enum(['en', 'es']);

const FlyerImageParamsSchema = z.object({
  flyerId: IdSchema,
  format: SocialFormatSchema,
  language: LangSchema,
});

/**
 * An image of platform highlights: its words travel with it (the print route draws them as
 * given), each already in the image's language: the person wrote them, nothing translates.
 */
export const PlatformImageParamsSchema = z.object({
  source: z.literal('platform'),
  format: SocialFormatSchema,
  language: LangSchema,
  headline: trimmed('The headline', LIMITS.flyerHeadline),
  highlights: z
    .array(
      z.object({
        /** The adopted policy the line speaks for. */
        policyId: IdSchema,
        text: trimmed('A highlight', HIGHLIGHT_MAX),
      }),
    )
    .min(1, 'Pick at least one policy')
    .max(LIMITS.flyerHighlights, `Pick at most ${LIMITS.flyerHighlights} policies`),
  callToAction: z
    .string()
    .trim()
    .max(LIMITS.flyerCallToAction, tooLong('The call to action', LIMITS.flyerCallToAction)),
});
export type PlatformImageParams = z.infer<typeof PlatformImageParamsSchema>;

/** A flyer's image (`flyerId`) or one of platform highlights (`source: 'platform'`). */
export const SocialImageParamsSchema = z.union([FlyerImageParamsSchema, PlatformImageParamsSchema]);
export type SocialImageParams = z.infer<typeof SocialImageParamsSchema>;

/** The longest alt text offered (social sites cut longer ones: X at 1000 characters). */
export const ALT_TEXT_MAX = 1000;

/** What a social image draws, from a flyer and the chapter. */
export interface SocialArt {
  chapterName: string;
  content: Pick<FlyerContent, 'headline' | 'highlights' | 'callToAction'>;
  disclaimer: Bilingual;
}

const WORDS: Record<Lang, { image: string; stand: string }> = {
  en: { image: 'Image from', stand: 'What we stand for' },
  es: { image: 'Imagen de', stand: 'Lo que defendemos' },
};

/** The highlights a language prints (blank ones left out). */
export function socialHighlights(art: SocialArt, lang: Lang): string[] {
  return art.content.highlights.map((h) => h.text[lang].trim()).filter(Boolean);
}

function sentence(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return !t || /[.!?…]$/.test(t) ? t : `${t}.`;
}

/**
 * The alt text a member pastes beside the image: every word the image shows, in its language,
 * in reading order, cut at a word to ALT_TEXT_MAX.
 */
export function socialAltText(art: SocialArt, lang: Lang): string {
  const words = WORDS[lang];
  const highlights = socialHighlights(art, lang);
  const parts = [
    sentence(`${words.image} ${art.chapterName.trim()}`),
    sentence(art.content.headline[lang]),
    highlights.length ? sentence(`${words.stand}: ${highlights.join('; ')}`) : '',
    sentence(art.content.callToAction[lang]),
    sentence(art.disclaimer[lang]),
  ];
  const text = parts.filter(Boolean).join(' ');
  if (text.length <= ALT_TEXT_MAX) return text;
  const cut = text.slice(0, ALT_TEXT_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > ALT_TEXT_MAX / 2 ? cut.slice(0, space) : cut}…`;
}

/** The saved PNG's name: the flyer's name made safe for a file, its format and language. */
export function socialFileName(flyerName: string, params: SocialImageParams): string {
  const base =
    flyerName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 80) || 'flyer';
  return `${base}-${params.format}-${params.language}.png`;
}
