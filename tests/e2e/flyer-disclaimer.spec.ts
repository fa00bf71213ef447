/**
 * An ordinary "Paid for by …" disclaimer (address and a "not authorized" line, about 130
 * characters, longer in Spanish) fits every flyer template: the box grows into the room the
 * flyer has instead of refusing the text.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { test, expect } from './fixtures';
import { seedChapter } from './helpers';

const DISCLAIMER = {
  en: 'Paid for by Friends of the Chapter, 123 Main Street, Springfield, OH 45501. Not authorized by any candidate or candidate’s committee.',
  es: 'Pagado por Friends of the Chapter, 123 Main Street, Springfield, OH 45501. No autorizado por ningún candidato ni por el comité de ningún candidato.',
};

const FLYER = {
  name: 'Springfield',
  languages: 'both',
  layout: 'side-by-side',
  countyFips: '39023',
  headline: { en: 'Neighbors deciding together', es: 'Vecinos que deciden juntos' },
  highlights: [
    ['Healthcare for everyone, paid for fairly', 'Atención médica para todos'],
    ['Public schools funded by need', 'Escuelas financiadas según la necesidad'],
    ['Good jobs in clean energy', 'Buenos empleos en energía limpia'],
  ].map(([en, es]) => ({ policyId: null, text: { en, es } })),
  callToAction: { en: 'Come to a meeting.', es: 'Venga a una reunión.' },
  event: { en: 'Thursday 7 PM, Library', es: 'Jueves 19:00, Biblioteca' },
  contact: { en: 'Ana Ruiz · (937) 555-0100', es: 'Ana Ruiz · (937) 555-0100' },
  qrUrl: 'https://example.org/join',
};

test('flyers: an ordinary two-sentence disclaimer fits half-letter (and every template), and prints', async ({
  page,
  harness,
}) => {
  await seedChapter(harness);
  const ok = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = await harness.dispatch(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
    return r.value as T;
  };
  await ok('outreach.saveSettings', { disclaimer: DISCLAIMER });
  for (const [template, layout] of [
    ['half-letter', 'side-by-side'],
    ['half-letter', 'front-back'],
    ['letter', 'side-by-side'],
    ['door-hanger', 'front-back'],
  ] as const) {
    const { id } = await ok<{ id: string }>('outreach.createFlyer', {
      ...FLYER,
      template,
      layout,
    });
    // The editor's overflow report names no box, and every disclaimer box holds its text.
    await page.goto(`/#/outreach/flyers/${id}`);
    const preview = page.locator('.flyer-preview[data-fonts-ready="true"]');
    await expect(preview).toBeVisible();
    await expect(preview.locator('[data-field^="disclaimer"]').first()).toHaveAttribute(
      'data-overflow',
      'false',
    );
    await expect(preview.locator('[data-overflow="true"]'), `${template} ${layout}`).toHaveCount(0);
    await expect(page.getByText('Text does not fit its box')).toHaveCount(0);
    await expect(preview.locator('[data-field="disclaimer.es"]').first()).toHaveText(DISCLAIMER.es);

    await ok('print.save', { document: 'flyer', params: { id } });
    const pdf = harness.saved.at(-1) ?? '';
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Not authorized by any candidate or candidate’s committee.');
    expect(text).toContain('ni por el comité de ningún candidato.');
    mkdirSync('test-results/screens', { recursive: true });
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      pdf,
      `test-results/screens/flyer-disclaimer-${template}-${layout}`,
    ]);
  }
});
