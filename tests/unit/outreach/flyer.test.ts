import { describe, expect, it } from 'vitest';
import {
  CountyProfileInputSchema,
  eventLine,
  electionLine,
  type CountyProfile,
} from '../../../src/shared/outreach/county';
import {
  FlyerContentSchema,
  draftFlyer,
  effectiveLayout,
  fieldLabel,
  highlightOptions,
  highlightText,
  pickHighlights,
  printWarnings,
  type FlyerContentInput,
} from '../../../src/shared/outreach/flyer';
import { qrSymbol } from '../../../src/shared/outreach/qr';
import type { PlatformVersion } from '../../../src/shared/platform/versions';

function version(
  policies: { id: string; areaId: string; title: string; summary?: string }[],
): PlatformVersion {
  return {
    number: 4,
    date: '2026-05-01T19:00:00.000Z',
    cause: { kind: 'policy-adopted', refId: null, vote: null },
    rights: [],
    areas: [
      { id: 'education', name: 'Education' },
      { id: 'healthcare', name: 'Healthcare' },
      { id: 'climate', name: 'Climate' },
      { id: 'peace', name: 'Peace' },
    ],
    policies: policies.map((p) => ({
      id: p.id,
      areaId: p.areaId,
      title: p.title,
      summary: p.summary ?? '',
      text: `${p.title}: the full text.`,
      sponsors: [],
      adoptedAt: '2026-05-01T19:00:00.000Z',
    })),
  };
}

function flyer(extra: Partial<FlyerContentInput> = {}): FlyerContentInput {
  const both = (en: string, es: string) => ({ en, es });
  return {
    name: 'Half sheet',
    template: 'half-letter',
    languages: 'both',
    layout: 'side-by-side',
    countyFips: '39035',
    headline: both('Neighbors deciding together', 'Vecinos que deciden juntos'),
    highlights: [
      { policyId: 'p1', text: both('Healthcare for all', 'Salud para todos') },
      { policyId: null, text: both('Schools by need', 'Escuelas según la necesidad') },
      { policyId: null, text: both('Clean jobs', 'Empleos limpios') },
    ],
    callToAction: both('Come to a meeting', 'Venga a una reunión'),
    event: both('', ''),
    contact: both('Ana · (216) 555-0100', 'Ana · (216) 555-0100'),
    qrUrl: 'https://example.org/join',
    ...extra,
  };
}

describe('flyer content model', () => {
  it('accepts a complete bilingual flyer and trims its texts', () => {
    const parsed = FlyerContentSchema.parse(
      flyer({ headline: { en: '  Neighbors  ', es: ' Vecinos ' } }),
    );
    expect(parsed.headline).toEqual({ en: 'Neighbors', es: 'Vecinos' });
  });

  it('requires every printed language: a bilingual flyer needs each Spanish text', () => {
    const result = FlyerContentSchema.safeParse(
      flyer({
        headline: { en: 'Neighbors', es: '' },
        highlights: [
          { policyId: null, text: { en: 'One', es: 'Uno' } },
          { policyId: null, text: { en: 'Two', es: '' } },
          { policyId: null, text: { en: 'Three', es: 'Tres' } },
        ],
      }),
    );
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(['headline.es', 'highlights.1.text.es']);
    expect(result.error?.issues[0]?.message).toBe('Write the Spanish headline');
  });

  it('an English-only flyer may leave the Spanish texts empty (and the other way round)', () => {
    const empty = { en: 'x', es: '' };
    expect(FlyerContentSchema.safeParse(flyer({ languages: 'en', headline: empty })).success).toBe(
      true,
    );
    expect(
      FlyerContentSchema.safeParse(flyer({ languages: 'es', headline: { en: '', es: 'x' } }))
        .success,
    ).toBe(true);
    expect(FlyerContentSchema.safeParse(flyer({ languages: 'es', headline: empty })).success).toBe(
      false,
    );
  });

  it('takes three or four highlights, within the text limits', () => {
    const h = { policyId: null, text: { en: 'x', es: 'x' } };
    expect(FlyerContentSchema.safeParse(flyer({ highlights: [h, h] })).success).toBe(false);
    expect(FlyerContentSchema.safeParse(flyer({ highlights: [h, h, h, h] })).success).toBe(true);
    expect(FlyerContentSchema.safeParse(flyer({ highlights: [h, h, h, h, h] })).success).toBe(
      false,
    );
    const long = { policyId: null, text: { en: 'x'.repeat(241), es: 'x' } };
    expect(FlyerContentSchema.safeParse(flyer({ highlights: [h, h, long] })).success).toBe(false);
    expect(
      FlyerContentSchema.safeParse(flyer({ headline: { en: 'x'.repeat(121), es: 'x' } })).success,
    ).toBe(false);
  });

  it('the QR address is empty or a web address; other schemes are refused', () => {
    expect(FlyerContentSchema.safeParse(flyer({ qrUrl: '' })).success).toBe(true);
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'example.org', 'ftp://x.org'])
      expect(FlyerContentSchema.safeParse(flyer({ qrUrl: bad })).success, bad).toBe(false);
  });

  it('door hangers are too narrow for two columns: bilingual ones print front and back', () => {
    expect(
      effectiveLayout({ template: 'door-hanger', languages: 'both', layout: 'side-by-side' }),
    ).toBe('front-back');
    expect(
      effectiveLayout({ template: 'half-letter', languages: 'both', layout: 'side-by-side' }),
    ).toBe('side-by-side');
    expect(effectiveLayout({ template: 'letter', languages: 'en', layout: 'front-back' })).toBe(
      'single',
    );
  });

  it('printing warns about an empty disclaimer in each printed language', () => {
    const content = FlyerContentSchema.parse(flyer());
    expect(
      printWarnings(content, { disclaimer: { en: 'Paid for by X.', es: 'Pagado por X.' } }),
    ).toEqual([]);
    const warnings = printWarnings(content, { disclaimer: { en: 'Paid for by X.', es: ' ' } });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('Spanish “Paid for by …” disclaimer is empty');
    expect(
      printWarnings({ ...content, languages: 'en' }, { disclaimer: { en: 'Paid', es: '' } }),
    ).toEqual([]);
  });

  it('printing warns when the QR address is so long its code is hard to scan', () => {
    const settings = { disclaimer: { en: 'Paid for by X.', es: 'Pagado por X.' } };
    const content = FlyerContentSchema.parse(flyer());
    expect(printWarnings(content, settings)).toEqual([]);
    const long = { ...content, qrUrl: `https://example.org/${'a'.repeat(200)}` };
    expect(printWarnings(long, settings)).toEqual([
      expect.stringContaining('QR code address is long'),
    ]);
  });

  it('names overflowing boxes in plain words', () => {
    expect(fieldLabel('headline.es')).toBe('Headline (Spanish)');
    expect(fieldLabel('highlights.en')).toBe('Highlights (English)');
    expect(fieldLabel('disclaimer.en')).toBe('“Paid for by” disclaimer (English)');
    expect(fieldLabel('qrUrl')).toBe('QR code address');
  });
});

describe('highlights from a platform version', () => {
  const v = version([
    {
      id: 'e1',
      areaId: 'education',
      title: 'School funding by need',
      summary: 'Public schools funded by need',
    },
    { id: 'e2', areaId: 'education', title: 'Free school meals', summary: 'Meals for every pupil' },
    {
      id: 'h1',
      areaId: 'healthcare',
      title: 'Medicare for all',
      summary: 'Healthcare for everyone',
    },
    { id: 'c1', areaId: 'climate', title: 'Green jobs' },
  ]);

  it('lists adopted policies in the platform’s area order, titles alphabetical within an area', () => {
    expect(highlightOptions(v).map((o) => o.policyId)).toEqual(['e2', 'e1', 'h1', 'c1']);
    expect(highlightOptions(null)).toEqual([]);
  });

  it('picks one policy per area first, then a second from each area', () => {
    expect(pickHighlights(v, 3).map((h) => h.policyId)).toEqual(['e2', 'h1', 'c1']);
    expect(pickHighlights(v, 4).map((h) => h.policyId)).toEqual(['e2', 'h1', 'c1', 'e1']);
  });

  it('uses the summary (or the title when there is none); Spanish starts empty for a person to write', () => {
    const [first, , third] = pickHighlights(v, 3);
    expect(first?.text).toEqual({ en: 'Meals for every pupil', es: '' });
    expect(third?.text.en).toBe('Green jobs');
  });

  it('without an adopted platform, gives three blank highlights to write by hand', () => {
    expect(pickHighlights(null)).toEqual([
      { policyId: null, text: { en: '', es: '' } },
      { policyId: null, text: { en: '', es: '' } },
      { policyId: null, text: { en: '', es: '' } },
    ]);
    const one = version([{ id: 'x', areaId: 'peace', title: 'Diplomacy first' }]);
    expect(pickHighlights(one).map((h) => h.policyId)).toEqual(['x', null, null]);
  });

  it('cuts a long summary at a word with an ellipsis', () => {
    const text = highlightText({ title: 't', summary: 'word '.repeat(60) }, 40);
    expect(text.length).toBeLessThanOrEqual(40);
    expect(text.endsWith('word…')).toBe(true);
  });

  it('a draft takes highlights from the platform and meeting and contact from the county', () => {
    const profile: CountyProfile = {
      fips: '39035',
      contact: { name: 'Ana Ruiz', phone: '(216) 555-0100', email: '' },
      event: {
        title: 'Chapter meeting',
        titleEs: 'Reunión del capítulo',
        date: '2026-12-03',
        time: '19:00',
        place: 'Library',
      },
      electionDate: '2026-11-03',
      pollingLookupUrl: '',
      languages: ['English', 'Spanish'],
      updatedAt: '2026-05-01T19:00:00.000Z',
    };
    const draft = draftFlyer({ chapterName: 'Lakeside', version: v, profile });
    expect(draft.highlights.map((h) => h.policyId)).toEqual(['e2', 'h1', 'c1', 'e1']);
    expect(draft.event.en).toBe(
      'Chapter meeting: Thursday, December 3, 2026, 7:00 PM, Library. Election day: Tuesday, November 3, 2026',
    );
    expect(draft.event.es).toBe(
      'Reunión del capítulo: jueves, 3 de diciembre de 2026, a las 19:00, Library. Día de elecciones: martes, 3 de noviembre de 2026',
    );
    expect(draft.contact.en).toBe('Ana Ruiz · (216) 555-0100');
    expect(draft.countyFips).toBe('39035');
  });
});

describe('county profiles', () => {
  it('validates dates, times, emails and the polling-place lookup address', () => {
    const base = {
      fips: '39035',
      contact: { name: 'Ana', phone: '', email: '' },
      event: { title: '', date: '', time: '', place: '' },
      electionDate: '',
      pollingLookupUrl: '',
      languages: [],
    };
    expect(CountyProfileInputSchema.safeParse(base).success).toBe(true);
    expect(
      CountyProfileInputSchema.safeParse({ ...base, electionDate: '2026-13-01' }).success,
    ).toBe(false);
    expect(
      CountyProfileInputSchema.safeParse({ ...base, event: { ...base.event, time: '25:00' } })
        .success,
    ).toBe(false);
    expect(
      CountyProfileInputSchema.safeParse({ ...base, pollingLookupUrl: 'javascript:x' }).success,
    ).toBe(false);
    expect(
      CountyProfileInputSchema.safeParse({ ...base, contact: { ...base.contact, email: 'nope' } })
        .success,
    ).toBe(false);
  });

  it('writes the event and election in each language', () => {
    const event = { title: '', titleEs: '', date: '2026-12-03', time: '09:05', place: '' };
    expect(eventLine(event, 'en')).toBe('Thursday, December 3, 2026, 9:05 AM');
    expect(eventLine(event, 'es')).toBe('jueves, 3 de diciembre de 2026, a las 9:05');
    expect(electionLine('', 'en')).toBe('');
  });
});

describe('QR symbol', () => {
  it('draws the dark modules as one path inside a quiet zone', () => {
    const symbol = qrSymbol('https://example.org/join');
    expect(symbol.size).toBeGreaterThanOrEqual(21);
    expect(symbol.viewBox).toBe(symbol.size + 8);
    // The top-left finder pattern starts at the quiet zone: a 7-module run on row 4.
    expect(symbol.path.startsWith('M4 4h7v1h-7z')).toBe(true);
  });
});
