import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { addMemberViaApi, screenshot, seedChapter } from './helpers';

async function expectNoSeriousViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

test('platform: a Secured Right by supermajority, a policy blocked by a conflict, an amendment diff, the printed platform', async ({
  page,
  harness,
}) => {
  await seedChapter(harness);
  for (const name of ['Ann Lee', 'Bo Diaz', 'Cy Park', 'Di Roy', 'Ed Fox', 'Flo Kim']) {
    await addMemberViaApi(harness, name);
  }
  // The rule lives in Settings → Chapter rules.
  await page.goto('/#/settings');
  await expect(page.getByLabel('Changing a Secured Right needs')).toHaveValue('two-thirds-cast');

  await page.goto('/#/platform');
  await page.getByRole('button', { name: 'Propose a new right' }).click();
  const propose = page.getByRole('form', { name: 'Propose a new Secured Right' });
  await propose.getByLabel('Title').fill('Equal protection');
  await propose.getByLabel('Text').fill('Every person is equal before the law.');
  await propose.getByLabel('Moved by').fill('Ann Lee');
  await propose.getByRole('button', { name: 'Open the vote' }).click();
  await expect(
    page.getByRole('heading', { name: 'Adopt the Secured Right "Equal protection"' }),
  ).toBeVisible();
  await expect(page.getByText('Counted show of hands · Two-thirds of votes cast')).toBeVisible();
  await page.getByLabel('Members present now').fill('6');
  await page.getByRole('button', { name: 'Freeze presence' }).click();
  await page.getByLabel('Yes', { exact: true }).fill('5');
  await page.getByLabel('No', { exact: true }).fill('1');
  await page.getByLabel('Abstain').fill('0');
  await page.getByRole('button', { name: 'Record counts' }).click();
  await page.getByRole('button', { name: 'Certify the result' }).click();
  await expect(page.getByRole('heading', { name: 'Certified result' })).toBeVisible();

  await page.goto('/#/platform');
  const rights = page.getByRole('region', { name: 'Secured Rights' });
  await expect(rights).toContainText('Equal protection');
  await rights.getByText('1 version').click();
  await expect(rights.getByRole('link', { name: /Adopted: 5 yes, 1 no/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Platform versions' })).toContainText(
    'Secured Right adopted: Equal protection',
  );

  // A policy: draft → rights review; a conflict blocks it.
  await page.getByRole('button', { name: 'New policy' }).click();
  const create = page.getByRole('form', { name: 'New policy' });
  await create.getByLabel('Area').selectOption({ label: 'Healthcare' });
  await create.getByLabel('Title').fill('Clinic hours for workers');
  await create.getByLabel('Full text').fill('Public clinics open evenings and Saturdays.');
  await create.getByLabel('Sponsors (comma-separated)').fill('Bo Diaz, Cy Park');
  await create.getByRole('button', { name: 'Create draft' }).click();
  await expect(
    page.getByRole('heading', { name: 'Clinic hours for workers', level: 1 }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Send to rights review' }).click();
  const grid = page.getByRole('region', { name: 'Rights review' });
  await grid
    .getByRole('combobox', { name: 'Finding on Equal protection' })
    .selectOption('conflict');
  await grid.getByLabel('Note on Equal protection').fill('Residents only — excludes non-residents');
  await grid.getByLabel('Reviewer for Equal protection').fill('Di Roy');
  await grid.getByRole('button', { name: 'Record' }).click();
  await expect(grid.getByRole('row', { name: /Equal protection/ })).toContainText('Conflict');
  await expect(page.getByRole('region', { name: 'Adoption vote' })).toContainText(
    'marked in conflict',
  );
  await page.getByRole('button', { name: 'Mark ready for a vote' }).click();
  await expect(page.getByRole('alert')).toContainText('cannot be marked ready');
  await expectNoSeriousViolations(page);

  await grid
    .getByRole('combobox', { name: 'Finding on Equal protection' })
    .selectOption('no-conflict');
  await grid.getByLabel('Note on Equal protection').fill('Open to everyone');
  await grid.getByLabel('Reviewer for Equal protection').fill('Di Roy');
  await grid.getByRole('button', { name: 'Record' }).click();
  await expect(grid.getByRole('row', { name: /Equal protection/ })).toContainText('No conflict');
  await page.getByRole('button', { name: 'Mark ready for a vote' }).click();
  await expect(page.getByRole('button', { name: 'Put to adoption vote' })).toBeVisible();

  // An amendment shown as a diff.
  await page.getByRole('button', { name: 'Propose an amendment' }).click();
  const amend = page.getByRole('form', { name: 'Propose an amendment' });
  await amend
    .getByLabel('Amended text')
    .fill('Public clinics open evenings, Saturdays and Sundays.');
  await amend.getByLabel('Proposed by').fill('Ed Fox');
  await amend.getByRole('button', { name: 'Propose' }).click();
  const diff = page.getByLabel('Changes proposed by Ed Fox');
  await expect(diff.locator('ins').last()).toContainText('Sundays');
  await expect(diff.locator('del').first()).toBeVisible();
  await screenshot(page, 'platform-policy');
  await expectNoSeriousViolations(page);

  // The printed platform: Secured Rights first.
  await page.getByRole('link', { name: '← Platform' }).click();
  await expectNoSeriousViolations(page);
  await page.getByRole('button', { name: 'Save platform as PDF' }).click();
  await expect(page.getByText(/Saved platform-.*\.pdf/)).toBeVisible();
  mkdirSync('test-results/screens', { recursive: true });
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    harness.saved.at(-1) ?? '',
    'test-results/screens/platform-pdf',
  ]);
  const text = execFileSync('pdftotext', ['-layout', harness.saved.at(-1) ?? '', '-'], {
    encoding: 'utf8',
  });
  expect(text).toContain('Lakeside Egalitarians Platform');
  expect(text).toContain('Platform version 1');
  expect(text).toMatch(
    /Secured Rights[\s\S]*Equal protection\. Every person is equal before the law\./,
  );
});
