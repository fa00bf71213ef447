/** The sample chapter's outreach: a county profile and a bilingual half-letter flyer. */
import type { CountyProfile } from '../../../shared/outreach/county';
import type { Flyer } from '../../../shared/outreach/flyer';

export function sampleCountyProfiles(now: Date, fips: string): CountyProfile[] {
  return [
    {
      fips,
      contact: { name: 'Carmen Delgado', phone: '(614) 555-0142', email: 'carmen@example.org' },
      event: {
        title: 'Chapter meeting',
        titleEs: 'Reunión del capítulo',
        date: '2026-12-03',
        time: '19:00',
        place: 'Columbus Metropolitan Library, 96 S Grant Ave',
      },
      electionDate: '2026-11-03',
      pollingLookupUrl: 'https://voterlookup.ohiosos.gov/voterlookup.aspx',
      languages: ['English', 'Spanish', 'Somali'],
      updatedAt: now.toISOString(),
    },
  ];
}

export function sampleFlyers(now: Date, fips: string): Flyer[] {
  const at = now.toISOString();
  return [
    {
      id: 'sample-flyer-1',
      name: 'Franklin County half-sheet',
      template: 'half-letter',
      languages: 'both',
      layout: 'side-by-side',
      countyFips: fips,
      headline: {
        en: 'Neighbors deciding together',
        es: 'Vecinos que deciden juntos',
      },
      highlights: [
        {
          policyId: null,
          text: {
            en: 'Healthcare for everyone, paid for fairly',
            es: 'Atención médica para todos, pagada de forma justa',
          },
        },
        {
          policyId: null,
          text: {
            en: 'Public schools funded by need, not by ZIP code',
            es: 'Escuelas públicas financiadas según la necesidad, no el código postal',
          },
        },
        {
          policyId: null,
          text: {
            en: 'Good jobs in clean energy, here at home',
            es: 'Buenos empleos en energía limpia, aquí mismo',
          },
        },
      ],
      callToAction: {
        en: 'Come to a meeting: every member votes.',
        es: 'Venga a una reunión: cada miembro vota.',
      },
      event: {
        en: 'Chapter meeting: Thursday, December 3, 2026, 7:00 PM, Columbus Metropolitan Library, 96 S Grant Ave',
        es: 'Reunión del capítulo: jueves, 3 de diciembre de 2026, a las 19:00, Columbus Metropolitan Library, 96 S Grant Ave',
      },
      contact: {
        en: 'Carmen Delgado · (614) 555-0142 · carmen@example.org',
        es: 'Carmen Delgado · (614) 555-0142 · carmen@example.org',
      },
      qrUrl: 'https://example.org/join',
      createdAt: at,
      updatedAt: at,
      platformVersion: null,
    },
  ];
}

export const SAMPLE_DISCLAIMER = {
  en: 'Paid for by Central Ohio Egalitarians (sample), 123 Main St, Columbus, OH 43215.',
  es: 'Pagado por Central Ohio Egalitarians (ejemplo), 123 Main St, Columbus, OH 43215.',
};
