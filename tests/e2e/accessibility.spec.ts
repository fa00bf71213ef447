import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { screenshot, seedChapter } from './helpers';

async function expectNoSeriousViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

test('axe: every screen of the shell, keyboard reachable', async ({ page, harness }) => {
  await seedChapter(harness);
  await page.goto('/#/members');
  await expect(page.getByRole('heading', { name: 'Members', exact: true })).toBeVisible();
  for (const area of [
    'Meetings',
    'Votes',
    'Platform',
    'Candidates',
    'Outreach',
    'Members',
    'Settings',
  ]) {
    // Keyboard: the area links are reachable and open with Enter.
    await page.getByRole('link', { name: new RegExp(`^${area}`) }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: area })).toBeVisible();
    await expectNoSeriousViolations(page);
  }
  await screenshot(page, 'settings');
  await page.goto('/#/members');
  await page.getByRole('button', { name: 'Add member' }).click();
  await expect(page.getByRole('dialog', { name: 'Add member' })).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('axe: first run and the recovery screen', async ({ page, harness }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Welcome to Chapterhouse' })).toBeVisible();
  await expectNoSeriousViolations(page);
  await writeFile(join(harness.dataDir, 'chapter.json'), 'not json');
  await harness.restart();
  await page.reload();
  await expect(
    page.getByRole('heading', { name: 'The chapter file needs attention' }),
  ).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('settings: export the chapter, change it, and import the bundle back after a preview', async ({
  page,
  harness,
}) => {
  await seedChapter(harness, 'Harbor Egalitarians');
  await harness.dispatch('members.add', { name: 'Bayard Rustin', joined: '2024-05-01' });
  await page.goto('/#/settings');
  await page.getByRole('button', { name: 'Export chapter…' }).click();
  await expect(
    page.getByText(/Exported to harbor-egalitarians-.*\.chapterhouse\.json/),
  ).toBeVisible();
  const bundlePath = harness.saved.at(-1) ?? '';

  await page.getByLabel('Chapter name').fill('Harbor Egalitarians (renamed)');
  await page.getByRole('button', { name: 'Save chapter' }).click();
  await expect(page.locator('.chapter-name')).toHaveText('Harbor Egalitarians (renamed)');
  await harness.dispatch('members.add', { name: 'Ella Baker', joined: '2024-06-01' });

  await page.getByLabel('Chapter bundle to import').setInputFiles(bundlePath);
  const preview = page.getByRole('region', { name: 'What the import will change' });
  await expect(preview).toContainText('Chapter details will change');
  await expect(preview).toContainText('Members: 0 added, 0 changed, 1 removed (1 in the bundle)');
  await page.getByRole('button', { name: 'Replace this chapter with the bundle' }).click();
  await expect(page.locator('.chapter-name')).toHaveText('Harbor Egalitarians');
  await expect(page.getByText('A backup of the previous data was made first')).toBeVisible();

  await page.getByLabel('Chapter bundle to import').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"something-else"}'),
  });
  await expect(page.getByRole('alert')).toContainText('This is not a Chapterhouse chapter bundle');
});
