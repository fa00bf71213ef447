/**
 * Social images from a flyer: the square post and the link preview, in English and Spanish,
 * saved as PNGs through the host's capture (page.screenshot here, capturePage in the app).
 * Each file is checked for its size (IHDR) and its pixels (decoded: the text's light pixels
 * are there), its words through the print route's DOM; overflow is refused; axe and keyboard.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { basename } from 'node:path';
import { test, expect } from './fixtures';
import { apiOk, expectNoSeriousViolations, screenshot, seedChapter } from './helpers';
import { expectDrawnImage, openSocialRoute } from './png';

const DISCLAIMER = {
  en: 'Paid for by Friends of the Chapter, 123 Main Street, Springfield, OH 45501.',
  es: 'Pagado por Friends of the Chapter, 123 Main Street, Springfield, OH 45501.',
};

const FLYER = {
  name: 'Springfield',
  template: 'letter',
  languages: 'both',
  layout: 'side-by-side',
  countyFips: '39023',
  headline: { en: 'Neighbors deciding together', es: 'Vecinos que deciden juntos' },
  highlights: [
    ['Healthcare for everyone, paid for fairly', 'Atención médica para todos, pagada con justicia'],
    ['Public schools funded by need', 'Escuelas públicas financiadas según la necesidad'],
    ['Good jobs in clean energy', 'Buenos empleos en energía limpia'],
  ].map(([en = '', es = '']) => ({ policyId: null, text: { en, es } })),
  callToAction: { en: 'Come to a meeting.', es: 'Venga a una reunión.' },
  event: { en: 'Thursday 7 PM, Library', es: 'Jueves 19:00, Biblioteca' },
  contact: { en: 'Ana Ruiz', es: 'Ana Ruiz' },
  qrUrl: '',
};

const SIZES = { square: [1080, 1080], link: [1200, 630] } as const;

test('social images: square and link preview, English and Spanish, saved as PNGs of their size', async ({
  page,
  context,
  harness,
}) => {
  await seedChapter(harness, 'Springfield Egalitarians');
  await apiOk(harness, 'outreach.saveSettings', { disclaimer: DISCLAIMER });
  const { id } = await apiOk<{ id: string }>(harness, 'outreach.createFlyer', FLYER);
  await page.goto(`/#/outreach/flyers/${id}`);
  const panel = page.getByRole('region', { name: 'Social images' });
  await expect(panel.getByRole('img', { name: /Square post.*English/ })).toBeVisible();
  await expect(panel.getByText('Text does not fit its box')).toHaveCount(0);
  await expectNoSeriousViolations(page);
  await panel.scrollIntoViewIfNeeded();
  mkdirSync('test-results/screens', { recursive: true });
  await screenshot(page, 'social-images-panel');

  // The alt text is the image's words; the Copy button puts it on the clipboard.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const alt = panel.getByLabel('Alt text (paste it with the image)');
  await expect(alt).toHaveValue(
    /^Image from Springfield Egalitarians\. Neighbors deciding together\. What we stand for: Healthcare.*Come to a meeting\. Paid for by Friends/,
  );
  await alt.fill('Our chapter’s square post.');
  await panel.getByRole('button', { name: 'Copy alt text' }).click();
  await expect(panel.getByText('Alt text copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'Our chapter’s square post.',
  );

  for (const format of ['square', 'link'] as const) {
    for (const language of ['en', 'es'] as const) {
      // Keyboard: pick the image and language, then Tab to "Save image…" and press Enter.
      const image = panel.getByRole('combobox', { name: /^Image/ });
      await image.focus();
      await image.selectOption(format);
      await page.keyboard.press('Tab');
      await expect(panel.getByRole('combobox', { name: /^Language/ })).toBeFocused();
      await panel.getByRole('combobox', { name: /^Language/ }).selectOption(language);
      await panel.getByRole('button', { name: 'Copy alt text' }).focus();
      await page.keyboard.press('Tab');
      await expect(panel.getByRole('button', { name: 'Save image…' })).toBeFocused();
      await page.keyboard.press('Enter');
      const name = `springfield-${format}-${language}.png`;
      await expect(panel.getByText(`Saved ${name}.`)).toBeVisible();
      const file = harness.saved.at(-1) ?? '';
      expect(basename(file)).toBe(name);
      copyFileSync(file, `test-results/screens/social-${format}-${language}.png`);

      const [width, height] = SIZES[format];
      expectDrawnImage(file, width, height);

      // The words, through the print route's DOM at the image's size; nothing overflows.
      const { route, art } = await openSocialRoute(
        page.context(),
        { flyerId: id, format, language },
        { width, height },
      );
      await expect(art).toContainText('Springfield Egalitarians');
      await expect(art).toContainText(FLYER.headline[language]);
      await expect(art).toContainText(FLYER.highlights[2]!.text[language]);
      await expect(art).toContainText(FLYER.callToAction[language]);
      await expect(art.getByRole('note')).toHaveText(DISCLAIMER[language]);
      await expect(route.locator('[data-overflow="true"]')).toHaveCount(0);
      await route.close();
    }
  }
});

test('social images: a headline too long for the image is named, and the image is not saved', async ({
  page,
  harness,
}) => {
  await seedChapter(harness);
  const { id } = await apiOk<{ id: string }>(harness, 'outreach.createFlyer', {
    ...FLYER,
    languages: 'en',
    headline: { en: 'WWWWWWWWW '.repeat(12).trim(), es: '' },
  });
  await page.goto(`/#/outreach/flyers/${id}`);
  const panel = page.getByRole('region', { name: 'Social images' });
  // An English-only flyer offers English only, and warns that no disclaimer is set.
  await expect(panel.getByRole('combobox', { name: /^Language/ }).locator('option')).toHaveText([
    'English',
  ]);
  await expect(panel.getByText('The English “Paid for by …” disclaimer is empty.')).toBeVisible();
  await expect(panel.getByText('Text does not fit its box')).toBeVisible();
  await expect(panel.getByRole('listitem').filter({ hasText: 'Headline (English)' })).toBeVisible();
  const saved = harness.saved.length;
  await panel.getByRole('button', { name: 'Save image…' }).click();
  await expect(panel.getByText(/^Not saved: Headline \(English\) does not fit\./)).toBeVisible();
  expect(harness.saved).toHaveLength(saved);
  await expectNoSeriousViolations(page);
});
