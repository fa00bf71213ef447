/**
 * Social images from platform highlights (Outreach → Social images): pick adopted policies,
 * word them in Spanish (each line starts from the English summary, flagged until rewritten),
 * save the square post and the link preview with the keyboard. Each PNG is checked for its
 * size and pixels, its words through the print route's DOM it was captured from; axe clean.
 */
import { mkdirSync } from 'node:fs';
import { basename } from 'node:path';
import { test, expect, type Harness } from './fixtures';
import { apiOk, expectNoSeriousViolations, screenshot, seedAdoptedPlatform } from './helpers';
import { expectDrawnImage, openSocialRoute } from './png';
import { platformImageDraft } from '../../src/shared/outreach/platformImage';

type Option = { policyId: string; area: string; title: string; text: string };

const CHAPTER = 'Lakeside Egalitarians';
const SIZES = { square: [1080, 1080], link: [1200, 630] } as const;

const DISCLAIMER = {
  en: 'Paid for by Lakeside Egalitarians, 12 Lake Road, Sandusky, OH 44870.',
  es: 'Pagado por Lakeside Egalitarians, 12 Lake Road, Sandusky, OH 44870.',
};

/** A chapter with five adopted policies in four areas, and its disclaimer. */
async function chapterWithPlatform(harness: Harness): Promise<void> {
  await seedAdoptedPlatform(harness, [
    ['healthcare', 'Medicare for all', 'Healthcare for everyone, paid for fairly'],
    ['healthcare', 'Clinics nearby', 'A clinic within reach of every town'],
    ['education', 'School funding by need', 'Public schools funded by need'],
    ['climate', 'Green jobs', 'Good jobs in clean energy, here at home'],
    ['career-economy', 'Living wage', 'A wage you can live on'],
  ]);
  await apiOk(harness, 'outreach.saveSettings', { disclaimer: DISCLAIMER });
}

test('platform highlights in Spanish: chosen, worded, saved as both images', async ({
  page,
  harness,
}) => {
  await chapterWithPlatform(harness);
  const { options } = await apiOk<{ options: Option[] }>(harness, 'outreach.highlightOptions');
  expect(options).toHaveLength(5);
  await page.goto('/#/outreach');
  await page.getByRole('link', { name: 'Social images' }).click();
  const section = page.getByRole('region', { name: 'Social images from the platform' });
  const picks = section.getByRole('group', { name: /^Adopted policies to show/ });
  await expect(picks).toHaveAccessibleName(/\(3 of at most 4\)/);

  // Keyboard: a fourth policy picked with Space; then every other box is disabled.
  const unpicked = picks.getByRole('checkbox', { checked: false }).first();
  const fourthTitle = (await unpicked.evaluate((el) => el.closest('label')?.textContent)) ?? '';
  const fourth = options.find((o) => o.title === fourthTitle);
  expect(fourth).toBeTruthy();
  await unpicked.focus();
  await page.keyboard.press('Space');
  await expect(picks.getByRole('checkbox', { name: fourthTitle })).toBeChecked();
  await expect(picks).toHaveAccessibleName(/\(4 of at most 4\)/);
  await expect(picks.getByRole('checkbox', { checked: false }).first()).toBeDisabled();

  const picked = [...platformImageDraft(options).picked, fourth?.policyId ?? ''];

  await section.getByRole('combobox', { name: 'Language' }).selectOption('es');
  await expect(section.getByLabel('Headline (Spanish)')).toHaveValue('Nuestra plataforma');
  // Each line starts from the English summary, and says so until written in Spanish.
  const lines = section.getByRole('textbox', { name: /^Highlight \d \(Spanish\)/ });
  await expect(lines).toHaveCount(4);
  await expect(
    section.getByText(/is still the English summary: write it in Spanish\./),
  ).toHaveCount(4);
  // What the chapter writes in Spanish for each policy (the app translates nothing).
  const SPANISH: Record<string, string> = {
    'Medicare for all': 'Atención médica para todos, pagada con justicia',
    'Clinics nearby': 'Una clínica al alcance de cada pueblo',
    'School funding by need': 'Escuelas públicas financiadas según la necesidad',
    'Green jobs': 'Buenos empleos en energía limpia',
    'Living wage': 'Un salario con el que se pueda vivir',
  };
  const titles = picked.map((id) => options.find((o) => o.policyId === id)?.title ?? '');
  const spanish = titles.map((t) => SPANISH[t] ?? '');
  for (const [i, text] of spanish.entries()) {
    const line = lines.nth(i);
    await expect(line).toHaveAccessibleName(`Highlight ${i + 1} (Spanish): ${titles[i]}`);
    await expect(line).toHaveValue(options.find((o) => o.title === titles[i])?.text ?? '-');
    await line.fill(text);
  }
  await expect(section.getByText(/is still the English summary/)).toHaveCount(0);
  await section.getByLabel('Headline (Spanish)').fill('Lo que queremos para Ohio');
  await section.getByLabel('Call to action (Spanish, optional)').fill('Venga a una reunión.');

  const alt = section.getByLabel('Alt text (paste it with the image)');
  await expect(alt).toHaveValue(
    `Imagen de ${CHAPTER}. Lo que queremos para Ohio. Lo que defendemos: ${spanish.join('; ')}. Venga a una reunión. ${DISCLAIMER.es}`,
  );
  await expect(section.getByText('Text does not fit its box')).toHaveCount(0);
  await expectNoSeriousViolations(page);
  mkdirSync('test-results/screens', { recursive: true });
  await screenshot(page, 'platform-images-page');

  for (const format of ['square', 'link'] as const) {
    const image = section.getByRole('combobox', { name: /^Image/ });
    await image.focus();
    await image.selectOption(format);
    await section.getByRole('button', { name: 'Copy alt text' }).focus();
    await page.keyboard.press('Tab');
    await expect(section.getByRole('button', { name: 'Save image…' })).toBeFocused();
    await page.keyboard.press('Enter');
    const name = `platform-highlights-${format}-es.png`;
    await expect(section.getByText(`Saved ${name}.`)).toBeVisible();
    const file = harness.saved.at(-1) ?? '';
    expect(basename(file)).toBe(name);

    const [width, height] = SIZES[format];
    expectDrawnImage(file, width, height);

    // The words, through the print route's DOM at the image's size (the params it was saved with).
    const params = {
      source: 'platform',
      format,
      language: 'es',
      headline: 'Lo que queremos para Ohio',
      highlights: picked.map((policyId, i) => ({ policyId, text: spanish[i] })),
      callToAction: 'Venga a una reunión.',
    };
    const { route, art } = await openSocialRoute(page.context(), params, { width, height });
    await screenshot(route, `platform-image-${format}-es`);
    await expect(art).toHaveAttribute('lang', 'es');
    await expect(art).toContainText(CHAPTER);
    await expect(art).toContainText('Lo que queremos para Ohio');
    for (const text of spanish) await expect(art).toContainText(text);
    await expect(art).toContainText('Venga a una reunión.');
    await expect(art.getByRole('note')).toHaveText(DISCLAIMER.es);
    await expect(route.locator('[data-overflow="true"]')).toHaveCount(0);
    await route.close();
  }
});

test('platform highlights: a blank line is named and the image is not saved', async ({
  page,
  harness,
}) => {
  await chapterWithPlatform(harness);
  await page.goto('/#/outreach/social');
  const section = page.getByRole('region', { name: 'Social images from the platform' });
  await section.getByRole('textbox', { name: /^Highlight 2 \(English\)/ }).fill('  ');
  const saved = harness.saved.length;
  await section.getByRole('button', { name: 'Save image…' }).click();
  await expect(section.getByText('Not saved: Highlight 2: A highlight is required.')).toBeVisible();
  expect(harness.saved).toHaveLength(saved);
  await expectNoSeriousViolations(page);
});
