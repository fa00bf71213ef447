/** Social images from platform highlights: the draft, its params and checks (pure), and the save. */
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startBackend } from '../../../src/main/dispatch';
import type { SavedFile } from '../../../src/shared/contract/app';
import type { HighlightOption } from '../../../src/shared/outreach/flyer';
import { LIMITS } from '../../../src/shared/limits';
import {
  highlightLine,
  platformArt,
  platformImageDraft,
  platformImageParams,
  platformImageProblems,
  togglePick,
  untranslatedWarnings,
} from '../../../src/shared/outreach/platformImage';
import {
  PlatformImageParamsSchema,
  SocialImageParamsSchema,
  socialAltText,
  socialFileName,
} from '../../../src/shared/outreach/socialImage';
import { call, fakeHost, tempDir } from '../foundation/helpers';

const option = (policyId: string, area: string, text: string): HighlightOption => ({
  policyId,
  area,
  title: `${text} (title)`,
  text,
});
const OPTIONS = [
  option('p1', 'Housing', 'Rent caps for every tenant'),
  option('p2', 'Housing', 'Public housing built again'),
  option('p3', 'Health', 'Healthcare for everyone'),
  option('p4', 'Transit', 'Free buses'),
  option('p5', 'Transit', 'Trains every ten minutes'),
];

describe('a platform image draft', () => {
  it('starts with three policies spread over the areas and the app’s headline per language', () => {
    const draft = platformImageDraft(OPTIONS);
    expect(draft.picked).toEqual(['p1', 'p3', 'p4']);
    expect(draft.headline).toEqual({ en: 'Our platform', es: 'Nuestra plataforma' });
    expect(platformImageDraft([]).picked).toEqual([]);
  });

  it('picks at most four policies and drops a picked one', () => {
    let draft = platformImageDraft(OPTIONS);
    draft = togglePick(draft, 'p2');
    expect(draft.picked).toEqual(['p1', 'p3', 'p4', 'p2']);
    expect(togglePick(draft, 'p5').picked).toHaveLength(LIMITS.flyerHighlights);
    expect(togglePick(draft, 'p3').picked).toEqual(['p1', 'p4', 'p2']);
  });

  it('starts each line from the English summary, in either language, until it is written', () => {
    const draft = platformImageDraft(OPTIONS);
    expect(highlightLine(draft, OPTIONS, 'p3', 'es')).toBe('Healthcare for everyone');
    const written = { ...draft, lines: { p3: { es: 'Atención médica para todos' } } };
    expect(highlightLine(written, OPTIONS, 'p3', 'es')).toBe('Atención médica para todos');
    expect(highlightLine(written, OPTIONS, 'p3', 'en')).toBe('Healthcare for everyone');
  });
});

describe('platform image params', () => {
  const draft = {
    ...platformImageDraft(OPTIONS),
    callToAction: { en: ' Join us ', es: 'Únase' },
    lines: { p1: { es: ' Límite a los alquileres ' }, p4: { es: 'Autobuses gratis' } },
  };

  it('carry the chosen language’s words, trimmed, in the picked order', () => {
    const params = platformImageParams(draft, OPTIONS, 'es', 'link');
    expect(params).toEqual({
      source: 'platform',
      format: 'link',
      language: 'es',
      headline: 'Nuestra plataforma',
      highlights: [
        { policyId: 'p1', text: 'Límite a los alquileres' },
        { policyId: 'p3', text: 'Healthcare for everyone' },
        { policyId: 'p4', text: 'Autobuses gratis' },
      ],
      callToAction: 'Únase',
    });
    expect(PlatformImageParamsSchema.parse(params)).toEqual(params);
    // A policy no longer adopted is left out.
    expect(
      platformImageParams({ ...draft, picked: ['gone', 'p1'] }, OPTIONS, 'en', 'square').highlights,
    ).toEqual([{ policyId: 'p1', text: 'Rent caps for every tenant' }]);
  });

  it('flag a Spanish line still word for word the English summary, never an English one', () => {
    expect(
      untranslatedWarnings(platformImageParams(draft, OPTIONS, 'es', 'link'), OPTIONS),
    ).toEqual(['Highlight 2 is still the English summary: write it in Spanish.']);
    expect(
      untranslatedWarnings(platformImageParams(draft, OPTIONS, 'en', 'link'), OPTIONS),
    ).toEqual([]);
  });

  it('name what is missing or too long in plain words', () => {
    const params = platformImageParams(draft, OPTIONS, 'en', 'square');
    expect(platformImageProblems(params)).toEqual([]);
    expect(
      platformImageProblems({
        ...params,
        headline: ' ',
        highlights: [
          { policyId: 'p1', text: '' },
          { policyId: 'p3', text: 'x'.repeat(241) },
        ],
      }),
    ).toEqual([
      'The headline is required.',
      'Highlight 1: A highlight is required.',
      'Highlight 2: A highlight is at most 240 characters.',
    ]);
    expect(platformImageProblems({ ...params, highlights: [] })).toEqual([
      'Pick at least one policy.',
    ]);
  });

  it('draw only the chosen language, with the app’s own words in it (alt text)', () => {
    const es = platformImageParams(draft, OPTIONS, 'es', 'square');
    const art = platformArt(es, 'Baltimore Egalitarians', {
      en: 'Paid for by us.',
      es: 'Pagado por nosotros.',
    });
    expect(art.content.headline).toEqual({ en: '', es: 'Nuestra plataforma' });
    expect(socialAltText(art, 'es')).toBe(
      'Imagen de Baltimore Egalitarians. Nuestra plataforma. Lo que defendemos: Límite a los alquileres; Healthcare for everyone; Autobuses gratis. Únase. Pagado por nosotros.',
    );
  });

  it('any draft with written lines makes valid params whose art holds exactly their words', () => {
    const line = fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim() !== '');
    fc.assert(
      fc.property(
        fc.subarray(['p1', 'p2', 'p3', 'p4', 'p5'], { minLength: 1, maxLength: 4 }),
        fc.constantFrom('en' as const, 'es' as const),
        line,
        fc.dictionary(fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5'), line),
        (picked, lang, headline, written) => {
          const lines = Object.fromEntries(
            Object.entries(written).map(([id, text]) => [id, { [lang]: text }]),
          );
          const base = platformImageDraft(OPTIONS);
          const draft = {
            ...base,
            picked,
            lines,
            headline: { ...base.headline, [lang]: headline },
          };
          const params = platformImageParams(draft, OPTIONS, lang, 'square');
          expect(SocialImageParamsSchema.safeParse(params).success).toBe(true);
          const art = platformArt(params, 'C', { en: '', es: '' });
          const other = lang === 'en' ? 'es' : 'en';
          expect(art.content.highlights.map((h) => h.text[lang])).toEqual(
            params.highlights.map((h) => h.text),
          );
          expect(art.content.highlights.every((h) => h.text[other] === '')).toBe(true);
        },
      ),
    );
  });
});

describe('print.saveImage of platform highlights', () => {
  it('captures the route with the words, names the file, refuses a policy not adopted', async () => {
    const dir = await tempDir();
    const host = fakeHost(join(dir, 'saved'));
    const { dispatch } = await startBackend(dir, host);
    await call(dispatch, 'sample.open');
    const { options } = await call<{ options: HighlightOption[] }>(
      dispatch,
      'outreach.highlightOptions',
    );
    expect(options.length).toBeGreaterThan(0);
    const params = platformImageParams(platformImageDraft(options), options, 'es', 'square');
    const saved = await call<SavedFile>(dispatch, 'print.saveImage', params);
    expect(saved).toEqual({ saved: true, fileName: 'platform-highlights-square-es.png' });
    expect(socialFileName('platform-highlights', params)).toBe(saved.fileName);
    expect(host.printed.at(-1)).toBe(
      `image:1080x1080:#/print/social-image?p=${encodeURIComponent(JSON.stringify(params))}`,
    );
    const stray = await dispatch('print.saveImage', {
      ...params,
      highlights: [{ policyId: 'not-adopted', text: 'Anything' }],
    });
    expect(stray).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const five = await dispatch('print.saveImage', {
      ...params,
      highlights: Array.from({ length: 5 }, () => params.highlights[0]),
    });
    expect(five.ok).toBe(false);
  });
});
