import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import jsQR from 'jsqr';
import { test, expect } from './fixtures';
import type { Harness } from './fixtures';
import { screenshot, seedAdoptedPlatform, seedChapter } from './helpers';

async function expectNoSeriousViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** The PDF's text in reading order (column by column), whitespace collapsed. */
function pdfText(path: string): string {
  return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

function pdfInfo(path: string): { pages: number; size: string } {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    size: /Page size:\s+([^\n]+)/.exec(info)?.[1] ?? '',
  };
}

/** Renders every page to PNG at 60 dpi for a person to look at (test-results/screens). */
function renderForLooking(path: string, name: string): void {
  const dir = process.env.FLYER_SCREENS ?? 'test-results/screens';
  mkdirSync(dir, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', path, `${dir}/${name}`]);
}

/** A grayscale raster of page 1 (PGM), as RGBA for jsQR. */
function pageRaster(
  path: string,
  dpi = 150,
): { data: Uint8ClampedArray; width: number; height: number } {
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', '1', '-l', '1', path], {
    maxBuffer: 64 * 1024 * 1024,
  });
  // Header: "P5\n<width> <height>\n255\n", then one byte per pixel.
  let pos = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(pgm[pos] ?? 32))) pos++;
    let field = '';
    while (!/\s/.test(String.fromCharCode(pgm[pos] ?? 32)))
      field += String.fromCharCode(pgm[pos++] ?? 32);
    fields.push(field);
  }
  pos++;
  const [magic, w, h] = fields;
  expect(magic).toBe('P5');
  const width = Number(w);
  const height = Number(h);
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const v = pgm[pos + i] ?? 255;
    data.set([v, v, v, 255], i * 4);
  }
  return { data, width, height };
}

/** Decodes the QR code in rows [top, bottom) of a raster. */
function decodeQr(
  raster: { data: Uint8ClampedArray; width: number; height: number },
  top: number,
  bottom: number,
): string | null {
  const { width } = raster;
  const slice = raster.data.subarray(top * width * 4, bottom * width * 4);
  return jsQR(slice, width, bottom - top)?.data ?? null;
}

const PLATFORM_FLYER = {
  name: 'Test flyer',
  template: 'half-letter',
  languages: 'both',
  layout: 'side-by-side',
  countyFips: '39035',
  headline: { en: 'Neighbors deciding together', es: 'Vecinos que deciden juntos' },
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
        es: 'Escuelas públicas financiadas según la necesidad',
      },
    },
    {
      policyId: null,
      text: {
        en: 'Good jobs in clean energy, here at home',
        es: 'Buenos empleos en energía limpia, aquí mismo',
      },
    },
    {
      policyId: null,
      text: { en: 'Every member votes on every policy', es: 'Cada miembro vota cada política' },
    },
  ],
  callToAction: {
    en: 'Come to a meeting: every member votes.',
    es: '¡Venga a una reunión! ¿Quién decide? Cada miembro vota.',
  },
  event: {
    en: 'Chapter meeting: Thursday, December 3, 2026, 7:00 PM, Cleveland Public Library, Room 2',
    es: 'Reunión del capítulo: jueves, 3 de diciembre de 2026, a las 19:00, Cleveland Public Library, Sala 2',
  },
  contact: {
    en: 'Ana Ruiz · (216) 555-0100 · ana@example.org',
    es: 'Ana Ruiz · (216) 555-0100 · ana@example.org',
  },
  qrUrl: 'https://voterlookup.ohiosos.gov/voterlookup.aspx?county=cuyahoga',
};

/** Parts of a printed flyer closer than 0.25 in to the sheet's edge, and texts cut off. */
async function marginViolations(page: Page, id: string): Promise<string[]> {
  await page.goto(`/#/print/flyer?p=${encodeURIComponent(JSON.stringify({ id }))}`);
  await page.locator('html[data-print-ready="true"]').waitFor({ state: 'attached' });
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(() => {
    const SAFE = 24 - 0.5; // 0.25 in at 96 px/in, less half a pixel of rounding
    const problems: string[] = [];
    let checked = 0;
    for (const sheet of document.querySelectorAll<HTMLElement>('.flyer-sheet')) {
      const s = sheet.getBoundingClientRect();
      const parts = sheet.querySelectorAll(
        '.flyer-card, .flyer-card *, .flyer-cut-tick, .flyer-cut-line, .flyer-hole circle, .flyer-hole path',
      );
      for (const el of parts) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        checked++;
        const gaps = [r.left - s.left, s.right - r.right, r.top - s.top, s.bottom - r.bottom];
        if (el instanceof HTMLElement && el.dataset.field && el.scrollHeight > el.clientHeight + 1)
          problems.push(`${el.dataset.field} does not fit its box`);
        if (Math.min(...gaps) < SAFE)
          problems.push(
            `${el.tagName}.${el.getAttribute('class') ?? ''}: ${gaps.map((g) => g.toFixed(1)).join(' ')}`,
          );
      }
    }
    if (checked < 20) problems.push(`only ${checked} parts measured`);
    return problems;
  });
}

async function ok<T>(harness: Harness, channel: string, input?: unknown): Promise<T> {
  const result = await harness.dispatch(channel, input);
  if (!result.ok)
    throw new Error(`${channel}: ${result.error.message} ${JSON.stringify(result.error.issues)}`);
  return result.value as T;
}

test('flyers: every template and layout prints at its page size, in Noto Sans, inside safe margins (PNGs to look at)', async ({
  page,
  harness,
}) => {
  await seedChapter(harness);
  await ok(harness, 'outreach.saveSettings', {
    disclaimer: {
      en: 'Paid for by Lakeside Egalitarians, 1 Lake St, Cleveland, OH 44113.',
      es: 'Pagado por Lakeside Egalitarians, 1 Lake St, Cleveland, OH 44113.',
    },
  });
  const cases = [
    { template: 'letter', layout: 'side-by-side', languages: 'both', pages: 1, size: '612 x 792' },
    { template: 'letter', layout: 'front-back', languages: 'both', pages: 2, size: '612 x 792' },
    { template: 'letter', layout: 'side-by-side', languages: 'en', pages: 1, size: '612 x 792' },
    {
      template: 'half-letter',
      layout: 'side-by-side',
      languages: 'both',
      pages: 1,
      size: '612 x 792',
    },
    {
      template: 'half-letter',
      layout: 'front-back',
      languages: 'both',
      pages: 2,
      size: '612 x 792',
    },
    {
      template: 'half-letter',
      layout: 'side-by-side',
      languages: 'es',
      pages: 1,
      size: '612 x 792',
    },
    {
      template: 'door-hanger',
      layout: 'front-back',
      languages: 'both',
      pages: 2,
      size: '306 x 792',
    },
  ] as const;
  for (const c of cases) {
    const flyer = await ok<{ id: string }>(harness, 'outreach.createFlyer', {
      ...PLATFORM_FLYER,
      ...c,
      pages: undefined,
      size: undefined,
    });
    const saved = await ok<{ saved: boolean }>(harness, 'print.save', {
      document: 'flyer',
      params: { id: flyer.id },
    });
    expect(saved.saved).toBe(true);
    const path = harness.saved.at(-1) ?? '';
    const info = pdfInfo(path);
    expect(info.size, `${c.template} ${c.layout} ${c.languages}`).toContain(c.size);
    expect(info.pages, `${c.template} ${c.layout} ${c.languages}`).toBe(c.pages);
    renderForLooking(path, `flyer-${c.template}-${c.layout}-${c.languages}`);
    if (c.languages !== 'en')
      expect(pdfText(path)).toContain('¡Venga a una reunión! ¿Quién decide?');
    // Only the shipped Noto Sans is embedded: no system-font surprises.
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts)
      expect(line).toMatch(/^[A-Z]{6}\+NotoSans-(Regular|Bold)\s.*\byes\s+yes\s+yes\b/);
    // Nothing printed within 0.25 in (24 CSS px) of the paper's edge.
    expect(
      await marginViolations(page, flyer.id),
      `${c.template} ${c.layout} ${c.languages}`,
    ).toEqual([]);
  }
});

test('flyers: a bilingual half-letter flyer from the adopted platform prints two per Letter page with a QR code that decodes', async ({
  page,
  harness,
}) => {
  await seedAdoptedPlatform(harness, [
    ['healthcare', 'Medicare for all', 'Healthcare for everyone, paid for fairly'],
    ['education', 'School funding by need', 'Public schools funded by need, not by ZIP code'],
    ['climate', 'Green jobs', 'Good jobs in clean energy, here at home'],
  ]);

  // County profile: meeting and contact, which a new flyer starts from.
  await page.goto('/#/outreach/counties');
  await expect(page.getByRole('heading', { level: 1, name: 'Outreach' })).toBeVisible();
  await page.getByRole('button', { name: /Write Cuyahoga County profile/ }).click();
  await page.getByLabel('Contact name').fill('Ana Ruiz');
  await page.getByLabel('Contact phone').fill('(216) 555-0100');
  await page.getByLabel('Meeting or event name', { exact: true }).fill('Chapter meeting');
  await page.getByLabel('Meeting or event name (Spanish)').fill('Reunión del capítulo');
  await page.getByLabel('Date', { exact: true }).fill('2026-12-03');
  await page.getByLabel('Time').fill('19:00');
  await page.getByLabel('Place', { exact: true }).fill('Cleveland Public Library');
  await page.getByLabel('Election date').fill('2026-11-03');
  await page
    .getByLabel('Official polling-place lookup address')
    .fill('https://voterlookup.ohiosos.gov/voterlookup.aspx');
  await page.getByLabel('Languages used in outreach').fill('English, Spanish');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Saved the Cuyahoga County profile.')).toBeVisible();
  await expect(page.getByText('https://voterlookup.ohiosos.gov/voterlookup.aspx')).toBeVisible();
  await expect(page.getByRole('img', { name: /QR code for https:\/\/voterlookup/ })).toBeVisible();
  // Opening the lookup goes through main (which asks first; the test host declines).
  await page.getByRole('button', { name: 'Open the lookup in a browser…' }).click();
  await expect(page.getByText('The lookup was not opened.')).toBeVisible();
  await expectNoSeriousViolations(page);
  await screenshot(page, 'outreach-counties');

  // The disclaimer, then a new half-letter flyer.
  await page.getByRole('link', { name: 'Flyers' }).click();
  await page
    .getByLabel('Disclaimer (English)')
    .fill('Paid for by Lakeside Egalitarians, 1 Lake St, Cleveland, OH 44113.');
  await page
    .getByLabel('Disclaimer (Spanish)')
    .fill('Pagado por Lakeside Egalitarians, 1 Lake St, Cleveland, OH 44113.');
  await page.getByRole('button', { name: 'Save disclaimer' }).click();
  await expect(page.getByText('Disclaimer saved.')).toBeVisible();
  await expectNoSeriousViolations(page);
  await screenshot(page, 'outreach-flyers');
  await page.getByLabel('Template').selectOption('half-letter');
  await page.getByRole('button', { name: 'Start a flyer' }).click();

  // Highlights come from the adopted platform; meeting and contact from the county profile.
  await expect(page.getByText('Picked from the adopted platform (version 3)')).toBeVisible();
  await expect(page.getByLabel('Highlight 1 (English)')).toHaveValue(
    'Public schools funded by need, not by ZIP code',
  );
  await expect(page.getByLabel('Highlight 2 (English)')).toHaveValue(
    'Healthcare for everyone, paid for fairly',
  );
  await expect(page.getByLabel('Highlight 3 (English)')).toHaveValue(
    'Good jobs in clean energy, here at home',
  );
  await expect(page.getByLabel('Next meeting or event (Spanish)')).toHaveValue(
    /^Reunión del capítulo: jueves, 3 de diciembre de 2026, a las 19:00/,
  );

  // Refill from the county profile after editing the text by hand.
  await page.getByLabel('Contact (English)').fill('someone else');
  await page
    .getByRole('button', { name: 'Fill meeting and contact from the county profile' })
    .click();
  await expect(page.getByLabel('Contact (English)')).toHaveValue('Ana Ruiz · (216) 555-0100');

  await page.getByLabel('Flyer name').fill('Cuyahoga half-sheet');
  await page.getByLabel('Headline (English)').fill('Neighbors deciding together');
  await page.getByLabel('Headline (Spanish)').fill('Vecinos que deciden juntos');
  await page
    .getByLabel('Highlight 1 (Spanish)')
    .fill('Escuelas públicas financiadas según la necesidad');
  await page
    .getByLabel('Highlight 2 (Spanish)')
    .fill('Atención médica para todos, pagada de forma justa');
  await page
    .getByLabel('Highlight 3 (Spanish)')
    .fill('Buenos empleos en energía limpia, aquí mismo');
  await page.getByLabel('Call to action (English)').fill('Come to a meeting: every member votes.');
  await page.getByLabel('Call to action (Spanish)').fill('Venga a una reunión: cada miembro vota.');
  const address = 'https://example.org/join?c=cuyahoga';
  await page.getByLabel('QR code address').fill(address);

  // An overflowing text is flagged, and printing refuses while it does not fit.
  const long =
    'Una frase demasiado larga para la caja del titular, que no cabe en dos líneas ni en tres, y sigue y sigue.';
  await page.getByLabel('Headline (Spanish)').fill(long);
  const report = page.locator('.overflow-report');
  await expect(report).toContainText('Headline (Spanish)');
  await expect(page.locator('.flyer-preview [data-field="headline.es"]').first()).toHaveAttribute(
    'data-overflow',
    'true',
  );
  await page.getByRole('button', { name: 'Save and print PDF…' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Not printed: Headline (Spanish) does not fit',
  );
  expect(harness.saved).toEqual([]);
  await page.getByLabel('Headline (Spanish)').fill('Vecinos que deciden juntos');
  await expect(report).toHaveCount(0);
  await expectNoSeriousViolations(page);
  await screenshot(page, 'outreach-flyer-editor');
  await page.getByRole('button', { name: 'Larger preview' }).click();
  await expect(page.getByRole('button', { name: 'Larger preview' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.locator('.overflow-report')).toHaveCount(0);
  await screenshot(page, 'outreach-flyer-editor-zoom');

  await page.getByRole('button', { name: 'Save and print PDF…' }).click();
  await expect(page.getByText(/Saved flyer-.*\.pdf/)).toBeVisible();
  const path = harness.saved.at(-1) ?? '';
  const text = pdfText(path);
  for (const s of [
    'Neighbors deciding together',
    'Vecinos que deciden juntos',
    'Public schools funded by need',
    'Escuelas públicas financiadas',
    'Paid for by Lakeside Egalitarians',
    'Pagado por Lakeside Egalitarians',
    'Chapter meeting: Thursday, December 3, 2026, 7:00 PM',
  ])
    expect(text.split(s).length - 1, s).toBe(2); // two flyers per page
  const info = pdfInfo(path);
  expect(info.size).toContain('612 x 792');
  expect(info.pages).toBe(1);
  // Each half of the page holds a QR code that decodes to the entered address.
  const raster = pageRaster(path);
  const half = Math.floor(raster.height / 2);
  expect(decodeQr(raster, 0, half)).toBe(address);
  expect(decodeQr(raster, half, raster.height)).toBe(address);
  renderForLooking(path, 'flyer-ui-half-letter');
});

test('flyers: printing asks first while the disclaimer is empty; without a platform the highlights are plain text', async ({
  page,
  harness,
}) => {
  await seedChapter(harness);
  await page.goto('/#/outreach/flyers');
  await page.getByLabel('Template').selectOption('door-hanger');
  await page.getByRole('button', { name: 'Start a flyer' }).click();
  await expect(
    page.getByText('No adopted platform yet: write the highlights as plain text.'),
  ).toBeVisible();
  await expect(page.getByText('A door hanger is too narrow for two columns')).toBeVisible();
  await page.getByLabel('Languages').selectOption('en');
  await expect(page.getByLabel('Headline (Spanish)')).toHaveCount(0);
  await page.getByLabel('Headline (English)').fill('Your vote, your neighbors');
  for (const [i, text] of ['Fair healthcare', 'Schools by need', 'Clean jobs'].entries())
    await page.getByLabel(`Highlight ${i + 1} (English)`).fill(text);
  await page.getByLabel('Call to action (English)').fill('Vote on November 3.');
  await page.getByRole('button', { name: 'Save and print PDF…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Before you print' });
  await expect(dialog).toContainText('The English “Paid for by …” disclaimer is empty');
  await dialog.getByRole('button', { name: 'Go back' }).click();
  expect(harness.saved).toEqual([]);
  await page.getByRole('button', { name: 'Save and print PDF…' }).click();
  await dialog.getByRole('button', { name: 'Print anyway' }).click();
  await expect(page.getByText(/Saved flyer-.*\.pdf/)).toBeVisible();
  const path = harness.saved.at(-1) ?? '';
  expect(pdfInfo(path)).toEqual({
    pages: 1,
    size: expect.stringContaining('306 x 792') as unknown as string,
  });
  expect(pdfText(path)).toContain('Your vote, your neighbors');
  // The saved flyer is listed, opens again for editing, and can be deleted.
  await page.getByRole('link', { name: 'Flyers', exact: true }).click();
  await page.getByRole('link', { name: /^Flyer — Lakeside Egalitarians/ }).click();
  await expect(page.getByLabel('Headline (English)')).toHaveValue('Your vote, your neighbors');
  await expect(page.getByText('This county has no profile yet')).toBeVisible();
  await page.getByRole('button', { name: 'Delete flyer' }).click();
  await page
    .getByRole('dialog', { name: 'Delete this flyer?' })
    .getByRole('button', { name: 'Delete flyer' })
    .click();
  await expect(page.getByText('No flyers yet.')).toBeVisible();
});

test('flyers: the sample chapter has a county profile and a bilingual flyer ready to print', async ({
  page,
  harness,
}) => {
  await ok(harness, 'sample.open');
  await page.goto('/#/outreach/flyers');
  await page.getByRole('link', { name: 'Franklin County half-sheet' }).click();
  await expect(page.getByLabel('Headline (Spanish)')).toHaveValue('Vecinos que deciden juntos');
  await expect(page.locator('.flyer-preview')).toHaveAttribute('data-fonts-ready', 'true');
  await expect(page.locator('.overflow-report')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save and print PDF…' }).click();
  await expect(page.getByText(/Saved flyer-.*\.pdf/)).toBeVisible();
  const text = pdfText(harness.saved.at(-1) ?? '');
  expect(text).toContain('Pagado por Central Ohio Egalitarians (ejemplo)');
  await page.getByRole('link', { name: 'County profiles' }).click();
  const franklin = page.getByRole('article', { name: 'Franklin County, OH' });
  await expect(franklin).toContainText('Carmen Delgado · (614) 555-0142 · carmen@example.org');
  await expect(franklin).toContainText('English, Spanish, Somali');
});
