/**
 * Presence counts members only: "25 present of 12 members" is refused on the form (as main
 * refuses it), and the certified result sheet prints the count with the quorum it met.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { test, expect } from './fixtures';
import { addMemberViaApi, apiOk, screenshot, seedChapter } from './helpers';

test('presence: more present than members is refused; the result sheet shows members and quorum', async ({
  page,
  harness,
}) => {
  await seedChapter(harness);
  for (let i = 1; i <= 12; i++) await addMemberViaApi(harness, `Member ${i}`);
  const { id } = await apiOk<{ id: string }>(harness, 'votes.open', {
    kind: 'motion',
    title: 'Adopt the transit plank',
    method: 'show-of-hands',
    threshold: 'majority-cast',
  });
  await page.goto(`/#/votes/${id}`);
  const present = page.getByLabel('Members present now');
  await expect(page.getByText('Members only: guests are not counted.')).toBeVisible();
  await expect(page.getByText('12 active members on record.')).toBeVisible();
  await present.fill('25');
  await page.getByRole('button', { name: 'Freeze presence' }).click();
  await expect(
    page.getByText(
      '25 present, but the chapter has 12 active members. Count members only: guests are counted apart and never toward quorum.',
    ),
  ).toBeVisible();
  await screenshot(page, 'presence-refused');
  expect((await apiOk<{ presence: unknown }>(harness, 'votes.get', { id })).presence).toBeNull();
  // Main refuses it too, whatever the form does.
  const direct = await harness.dispatch('votes.freezePresence', { id, present: 25 });
  expect(direct.ok).toBe(false);

  await present.fill('12');
  await page.getByRole('button', { name: 'Freeze presence' }).click();
  await expect(page.getByText('12 present of 12 members · quorum 7')).toBeVisible();
  // Counting has its own tests (votes.spec.ts): here it goes through the API.
  await apiOk(harness, 'votes.recordCounts', { id, yes: 8, no: 3, abstain: 1 });
  await apiOk(harness, 'votes.certify', { id });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Certified result' })).toBeVisible();
  await page.getByRole('button', { name: 'Save result sheet as PDF' }).click();
  await expect(page.getByText(/Saved vote-result-.*\.pdf/)).toBeVisible();
  const pdf = harness.saved.at(-1) ?? '';
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('12 of 12 members (quorum 7, met)');
  mkdirSync('test-results/screens', { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, 'test-results/screens/presence-result']);
});
