import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { addMemberViaApi, seedChapter } from './helpers';

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

function pdfPages(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
}

function pdfPageSize(path: string): string {
  return (
    /Page size:\s+([^\n]+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1] ?? ''
  );
}

test('print: the sign-in sheet prints to a multi-page Letter PDF with names, header and page n of N', async ({
  page,
  harness,
}) => {
  await seedChapter(harness, 'Lakeside Egalitarians');
  for (const name of ['Zora Neale Hurston', 'James Baldwin', 'Audre Lorde'])
    await addMemberViaApi(harness, name);
  await page.goto('/#/members');
  await page.getByLabel('Meeting date').fill('2026-12-03');
  await page.getByLabel('Place').fill('Cleveland Public Library, Room 2');
  await page.getByLabel('Blank rows').fill('40');
  await page.getByRole('button', { name: 'Save sign-in sheet as PDF' }).click();
  await expect(page.getByText(/Saved sign-in-sheet-.*\.pdf/)).toBeVisible();

  const path = harness.saved.at(-1) ?? '';
  expect((await readFile(path)).subarray(0, 5).toString()).toBe('%PDF-');
  const text = pdfText(path);
  expect(text).toContain('Lakeside Egalitarians');
  expect(text).toContain('Thursday, December 3, 2026');
  expect(text).toContain('Cleveland Public Library, Room 2');
  for (const name of ['Audre Lorde', 'James Baldwin', 'Zora Neale Hurston'])
    expect(text).toContain(name);
  // 3 names + 40 blank rows do not fit one page: the header repeats and pages are numbered.
  const pages = pdfPages(path);
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(text).toContain(`Page 1 of ${pages}`);
  expect(text).toContain(`Page ${pages} of ${pages}`);
  expect(text.match(/Signature/g)?.length).toBe(pages);
  expect(pdfPageSize(path)).toContain('612 x 792');
  execFileSync('pdftoppm', ['-png', '-r', '60', path, 'test-results/screens/sign-in-sheet']);
});
