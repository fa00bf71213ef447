import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { screenshot } from './helpers';

test('first run: create a chapter with counties from the Census list', async ({
  page,
  harness,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Welcome to Chapterhouse' })).toBeVisible();

  // Submitting empty shows inline errors and writes nothing.
  await page.getByRole('button', { name: 'Create chapter' }).click();
  await expect(page.getByText('Chapter name is required')).toBeVisible();
  await expect(page.getByText('Pick a state')).toBeVisible();

  await page.getByLabel('Chapter name').fill('Baltimore Egalitarians');
  await page.getByLabel('State').selectOption({ label: 'Maryland' });
  await page.getByLabel('Search counties').fill('baltimore');
  // Full legal names tell Baltimore city and Baltimore County apart.
  await expect(page.getByRole('checkbox', { name: /Baltimore city/ })).toBeVisible();
  await page.getByRole('checkbox', { name: /Baltimore County/ }).check();
  await page.getByRole('checkbox', { name: /Baltimore city/ }).check();
  await page.getByLabel('A fixed number of members').check();
  await page.getByLabel('Members needed for quorum').fill('12');
  await page
    .getByLabel('Default threshold for motions')
    .selectOption({ label: 'Two-thirds of votes cast' });
  await screenshot(page, 'first-run');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual(
    [],
  );

  await page.getByRole('button', { name: 'Create chapter' }).click();
  await expect(page.getByRole('heading', { name: 'Members', exact: true })).toBeVisible();
  await expect(page.locator('.chapter-name')).toHaveText('Baltimore Egalitarians');

  const onDisk = JSON.parse(await readFile(join(harness.dataDir, 'chapter.json'), 'utf8')) as {
    chapter: { counties: string[]; quorum: unknown; defaultThreshold: string };
  };
  expect(onDisk.chapter.counties.sort()).toEqual(['24005', '24510']);
  expect(onDisk.chapter.quorum).toEqual({ kind: 'number', value: 12 });
  expect(onDisk.chapter.defaultThreshold).toBe('two-thirds-cast');

  // Reload shows what is on disk.
  await page.reload();
  await expect(page.locator('.chapter-name')).toHaveText('Baltimore Egalitarians');
});

test('first run: explore with a sample chapter, then discard it', async ({ page, harness }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Explore with a sample chapter' }).click();
  await expect(page.getByRole('note')).toContainText('Sample chapter');
  await expect(page.getByRole('row', { name: /Amara Okafor/ })).toBeVisible();
  await page.getByRole('button', { name: 'Discard the sample' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome to Chapterhouse' })).toBeVisible();
  // The real data file was never given the sample's contents.
  const real = JSON.parse(await readFile(join(harness.dataDir, 'chapter.json'), 'utf8')) as {
    chapter: unknown;
  };
  expect(real.chapter).toBeNull();
});
