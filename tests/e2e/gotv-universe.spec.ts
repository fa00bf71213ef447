/**
 * Get out the vote, from a canvass with results to the universe: a 300-voter Ohio list
 * imported and canvassed through the real dispatch, an election added on the screen, the
 * universe with its rule, counts and searchable table, a member matched to a voter, and
 * vote plans entered in the grid and imported from a CSV. Keyboard only where a person
 * would type; axe clean on every screen.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportJob } from '../../src/shared/contract/canvass';
import type { WalkList } from '../../src/shared/canvass/schema';
import { generateOhioCsv } from '../unit/canvass/generate';
import { test, expect, type Harness } from './fixtures';
import { apiOk, expectNoSeriousViolations, screenshot, seedChapter } from './helpers';

/** Imports a generated list, cuts turfs and records door answers; returns the first turf's walk list. */
async function canvassed(
  harness: Harness,
  dir: string,
): Promise<{ listId: string; walk: WalkList }> {
  const file = join(dir, 'franklin.csv');
  await writeFile(file, generateOhioCsv(300, 5));
  harness.openPaths.push(file);
  const { jobId } = await apiOk<{ jobId: string }>(harness, 'canvass.importStart', {
    preset: 'ohio',
    fileDate: '2026-09-01',
  });
  await expect
    .poll(async () => (await apiOk<ImportJob>(harness, 'canvass.importProgress', { jobId })).state)
    .toBe('done');
  const job = await apiOk<ImportJob>(harness, 'canvass.importProgress', { jobId });
  const listId = job.list?.id ?? '';
  await apiOk(harness, 'canvass.cutTurfs', { listId, doorsPerTurf: 30 });
  const walk = await apiOk<WalkList>(harness, 'canvass.walkList', { listId, turfId: 'T001' });
  const firsts = walk.households.map((h) => h.occupants[0]?.id ?? '');
  // Doors 1–6 answer 1, 2, 1, 3, 4, 2; door 7 is a supporter who has since moved.
  const supports = [1, 2, 1, 3, 4, 2, 1];
  await apiOk(harness, 'canvass.recordResults', {
    listId,
    entries: supports.map((support, i) => ({ voterId: firsts[i], turfId: 'T001', support })),
  });
  await apiOk(harness, 'canvass.recordResults', {
    listId,
    entries: [{ voterId: firsts[6], turfId: 'T001', code: 'MV' }],
  });
  return { listId, walk };
}

test('GOTV: an election, its universe from door results, a member matched', async ({
  page,
  harness,
}) => {
  await seedChapter(harness);
  const dir = await mkdtemp(join(tmpdir(), 'gotv-e2e-'));
  try {
    const { walk } = await canvassed(harness, dir);
    await page.goto('/#/gotv/universe');
    await expect(page.getByRole('heading', { name: 'Get out the vote' })).toBeVisible();
    await expect(page.getByText('Add an election first')).toBeVisible();
    await page.getByText('Add an election first').getByRole('link', { name: 'Elections' }).click();

    const form = page.locator('form');
    await form.getByLabel('Name').fill('General election');
    await form.getByLabel('Election date').fill('2026-11-03');
    await form.getByRole('button', { name: 'Add election' }).click();
    await expect(page.getByRole('status')).toContainText('General election added.');
    await expect(page.getByRole('row', { name: /General election/ })).toBeVisible();
    await expectNoSeriousViolations(page);
    await screenshot(page, 'gotv-elections');

    await page.getByRole('link', { name: 'Universe', exact: true }).first().click();
    await expect(
      page.getByText(/^Who is in: Everyone whose latest support answer is 1/),
    ).toBeVisible();
    const totals = page.getByRole('list', { name: 'Universe totals' });
    await expect(totals).toContainText('4 in the universe');
    await expect(totals).toContainText('1 supporters left out');
    const who = page.getByRole('table', { name: /voters$/ });
    await expect(who.getByRole('row')).toHaveCount(5);
    const first = walk.households[0]?.occupants[0];
    await page.getByLabel('Find by name, address, precinct or voter ID').fill(first?.id ?? '?');
    await expect(who.getByRole('row')).toHaveCount(2);
    await expect(who).toContainText('supporter');
    await expectNoSeriousViolations(page);
    await screenshot(page, 'gotv-universe');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
