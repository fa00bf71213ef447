import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { screenshot, seedChapter } from './helpers';

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
  // Get out the vote has an election with plans and a strike-off to show.
  await page.goto('/#/gotv/plans');
  await expect(
    page.getByText(/3 of \d+ universe voters have a plan; 1 needs a ride\./),
  ).toBeVisible();
  await screenshot(page, 'sample-gotv-plans');
  await page.getByRole('link', { name: 'Who has voted' }).click();
  await expect(page.getByRole('row', { name: /Grace Kim/ })).toBeVisible();
  await screenshot(page, 'sample-gotv-day');
  await page.goto('/#/members');
  await page.getByRole('button', { name: 'Discard the sample' }).click();
  // It asks first: keeping it changes nothing.
  const ask = page.getByRole('dialog', { name: 'Discard the sample chapter?' });
  await ask.getByRole('button', { name: 'Keep it' }).click();
  await expect(page.getByRole('note')).toContainText('Sample chapter');
  await page.getByRole('button', { name: 'Discard the sample' }).click();
  await ask.getByRole('button', { name: 'Discard the sample' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome to Chapterhouse' })).toBeVisible();
  // The real data file was never given the sample's contents.
  const real = JSON.parse(await readFile(join(harness.dataDir, 'chapter.json'), 'utf8')) as {
    chapter: unknown;
  };
  expect(real.chapter).toBeNull();
});

test('settings: the quorum fraction takes 1/3, a decimal or a percentage, in plain words', async ({
  page,
  harness,
}) => {
  await seedChapter(harness);
  await page.goto('/#/settings');
  const chapter = page.getByRole('region', { name: 'Chapter' });
  await chapter.getByLabel('A fraction of active members').check();
  const fraction = chapter.getByLabel('Fraction of active members', { exact: true });
  const save = chapter.getByRole('button', { name: 'Save chapter' });
  const stored = async () =>
    (
      JSON.parse(await readFile(join(harness.dataDir, 'chapter.json'), 'utf8')) as {
        chapter: { quorum: unknown };
      }
    ).chapter.quorum;

  for (const [typed, message] of [
    ['', 'Enter a fraction like 1/3, 0.25 or 25%'],
    ['a third', 'Enter a fraction like 1/3, 0.25 or 25%'],
    ['25', 'A fraction is at most 1: for 25 percent write 25%'],
    ['3/2', 'The fraction is at most 1'],
  ] as const) {
    await fraction.fill(typed);
    await save.click();
    await expect(chapter.getByText(message)).toBeVisible();
    await expect(chapter.getByText(/NaN|expected number/)).toHaveCount(0);
  }
  await expect.poll(stored).toEqual({ kind: 'majority' });
  await screenshot(page, 'settings-quorum-fraction-error');

  await fraction.fill('1/3');
  await save.click();
  await expect(page.getByText('Chapter saved.')).toBeVisible();
  await expect.poll(stored).toEqual({ kind: 'fraction', value: 1 / 3 });
  // Shown back as typed, after a reload.
  await page.reload();
  await expect(chapter.getByLabel('Fraction of active members', { exact: true })).toHaveValue(
    '1/3',
  );
  for (const [typed, value] of [
    ['25%', 0.25],
    ['0.4', 0.4],
  ] as const) {
    await fraction.fill(typed);
    await save.click();
    await expect.poll(stored).toEqual({ kind: 'fraction', value });
  }
  await screenshot(page, 'settings-quorum-fraction');
});
