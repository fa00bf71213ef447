/** Social images: the alt text and file name (pure), and print.saveImage through the host. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startBackend } from '../../../src/main/dispatch';
import type { SavedFile } from '../../../src/shared/contract/app';
import {
  ALT_TEXT_MAX,
  SocialImageParamsSchema,
  socialAltText,
  socialFileName,
  type SocialArt,
} from '../../../src/shared/outreach/socialImage';
import { call, fakeHost, tempDir } from '../foundation/helpers';

const ART: SocialArt = {
  chapterName: 'Baltimore Egalitarians',
  content: {
    headline: { en: 'Housing for all', es: 'Vivienda para todos' },
    highlights: [
      { policyId: null, text: { en: 'Rent caps', es: 'Límite a los alquileres' } },
      { policyId: null, text: { en: '', es: '' } },
      { policyId: null, text: { en: 'Free transit!', es: 'Transporte gratis' } },
    ],
    callToAction: { en: 'Join us', es: 'Únase' },
  },
  disclaimer: { en: 'Paid for by the chapter.', es: '' },
};

describe('social image alt text', () => {
  it('says every word the image shows, in its language and reading order', () => {
    expect(socialAltText(ART, 'en')).toBe(
      'Image from Baltimore Egalitarians. Housing for all. What we stand for: Rent caps; Free transit! Join us. Paid for by the chapter.',
    );
    // No Spanish disclaimer set: none is read out.
    expect(socialAltText(ART, 'es')).toBe(
      'Imagen de Baltimore Egalitarians. Vivienda para todos. Lo que defendemos: Límite a los alquileres; Transporte gratis. Únase.',
    );
  });

  it('stays within the limit and keeps the chapter name first, whatever the texts', () => {
    const text = fc.string({ maxLength: 400 });
    fc.assert(
      fc.property(
        text,
        fc.array(text, { minLength: 3, maxLength: 4 }),
        text,
        fc.constantFrom('en' as const, 'es' as const),
        (headline, points, disclaimer, lang) => {
          const art: SocialArt = {
            chapterName: 'Chapter',
            content: {
              headline: { en: headline, es: headline },
              highlights: points.map((p) => ({ policyId: null, text: { en: p, es: p } })),
              callToAction: { en: headline, es: headline },
            },
            disclaimer: { en: disclaimer, es: disclaimer },
          };
          const alt = socialAltText(art, lang);
          expect(alt.length).toBeLessThanOrEqual(ALT_TEXT_MAX);
          expect(alt).toMatch(/^(Image from|Imagen de) Chapter\./);
        },
      ),
    );
  });

  it('names the file after the flyer, its format and language', () => {
    const params = SocialImageParamsSchema.parse({ flyerId: 'f1', format: 'link', language: 'es' });
    expect(socialFileName('Flyer — Baltimore Egalitarians', params)).toBe(
      'flyer-baltimore-egalitarians-link-es.png',
    );
    expect(socialFileName('Año ñandú', { ...params, format: 'square' })).toBe(
      'ano-nandu-square-es.png',
    );
    expect(socialFileName('—', params)).toBe('flyer-link-es.png');
  });
});

describe('print.saveImage', () => {
  it('captures the social-image route at the format’s size and writes the PNG', async () => {
    const dir = await tempDir();
    const host = fakeHost(join(dir, 'saved'));
    const { dispatch } = await startBackend(dir, host);
    await call(dispatch, 'sample.open');
    const [flyer] = await call<{ id: string; name: string }[]>(dispatch, 'outreach.flyers');
    const params = { flyerId: flyer!.id, format: 'link', language: 'es' } as const;
    const saved = await call<SavedFile>(dispatch, 'print.saveImage', params);
    expect(saved).toEqual({ saved: true, fileName: socialFileName(flyer!.name, params) });
    expect(host.printed.at(-1)).toBe(
      `image:1200x630:#/print/social-image?p=${encodeURIComponent(JSON.stringify(params))}`,
    );
    const bytes = await readFile(host.saved.at(-1)!);
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

    const missing = await dispatch('print.saveImage', { ...params, flyerId: 'nope' });
    expect(missing.ok).toBe(false);
    // The person closes the save dialog: nothing is captured.
    const captures = host.printed.length;
    host.chooseSavePath = () => Promise.resolve(null);
    expect(await call(dispatch, 'print.saveImage', params)).toEqual({ saved: false });
    expect(host.printed).toHaveLength(captures);
  });
});
