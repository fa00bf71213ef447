/**
 * Get out the vote, from a canvass with results to the universe: a 300-voter Ohio list
 * imported and canvassed through the real dispatch, an election added on the screen, the
 * universe with its rule, counts and searchable table, a member matched to a voter, and
 * vote plans entered in the grid and imported from a CSV, then printed on a GOTV walk packet and call sheet (pdftotext). Keyboard only where a person
 * would type; axe clean on every screen.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WalkList } from '../../src/shared/canvass/schema';
import { generateOhioCsv } from '../unit/canvass/generate';
import { test, expect, type Harness } from './fixtures';
import {
  apiOk,
  expectNoSeriousViolations,
  importedVoterList,
  screenshot,
  seedChapter,
} from './helpers';

const pdfText = (path: string) =>
  execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

function renderForLooking(path: string, name: string): void {
  mkdirSync('test-results/screens', { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', path, `test-results/screens/${name}`]);
}

/** Imports a generated list, cuts turfs and records door answers; returns the first turf's walk list. */
async function canvassed(
  harness: Harness,
  dir: string,
): Promise<{ listId: string; walk: WalkList }> {
  const listId = await importedVoterList(
    harness,
    join(dir, 'franklin.csv'),
    generateOhioCsv(300, 5),
    30,
  );
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

test('GOTV: an election, its universe from door results, a member matched, vote plans', async ({
  page,
  harness,
}) => {
  await seedChapter(harness);
  const dir = await mkdtemp(join(tmpdir(), 'gotv-e2e-'));
  try {
    const { listId, walk } = await canvassed(harness, dir);
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
    const who = page.getByRole('table', { name: /^\d+ voters?$/ });
    await expect(who.getByRole('row')).toHaveCount(5);
    const first = walk.households[0]?.occupants[0];
    await page.getByLabel('Find by name, address, precinct or voter ID').fill(first?.id ?? '?');
    await expect(who.getByRole('row')).toHaveCount(2);
    await expect(who).toContainText('supporter');
    await expectNoSeriousViolations(page);
    await screenshot(page, 'gotv-universe');

    // A member who is voter 5 of the turf (not a supporter): proposed by name, confirmed.
    const fifth = walk.households[10]?.occupants[0];
    await apiOk(harness, 'members.add', {
      name: `${fifth?.firstName ?? ''} ${fifth?.lastName ?? ''}`,
      county: '39035',
      roles: [],
      joined: '2025-01-10',
    });
    await page.reload();
    const matches = page.getByRole('region', { name: 'Members matched to voters' });
    const memberRow = matches.getByRole('row', { name: new RegExp(fifth?.lastName ?? '?', 'i') });
    await expect(memberRow.getByRole('combobox')).toContainText(fifth?.id ?? '?');
    await memberRow.getByRole('combobox').selectOption(fifth?.id ?? '?');
    await memberRow.getByRole('button', { name: /Confirm match/ }).click();
    await expect(page.getByRole('status')).toContainText(`matched to voter ${fifth?.id ?? '?'}`);
    await expect(totals).toContainText('5 in the universe');
    await expect(totals).toContainText('1 members matched to voters');
    await expectNoSeriousViolations(page);
    await screenshot(page, 'gotv-member-match');

    // Vote plans: typed into the grid with the keyboard, then a CSV.
    await page.getByRole('link', { name: 'Vote plans' }).click();
    const grid = page.getByRole('grid', { name: 'Vote plans of the universe' });
    await grid.focus();
    await page.keyboard.press('m'); // row 1: by mail, moves on
    await page.keyboard.press('d'); // row 2: election day
    await page.keyboard.press('r'); // row 3: needs a ride, at a time typed below…
    await page.getByLabel('Ride time').fill('10:30');
    await grid.focus();
    await page.keyboard.press('e'); // …and votes early
    await page.getByRole('button', { name: 'Save 3 plans' }).click();
    await expect(page.getByRole('status')).toContainText('Saved 3 plans.');
    await expect(
      page.getByText('3 of 5 universe voters have a plan; 1 needs a ride.'),
    ).toBeVisible();
    await expect(grid).toContainText('Needs a ride 10:30');
    await expectNoSeriousViolations(page);
    await screenshot(page, 'gotv-plans-grid');

    const u = await apiOk<{ voters: { id: string }[] }>(harness, 'gotv.universe', {
      electionId: (await apiOk<{ id: string }[]>(harness, 'gotv.elections'))[0]?.id,
    });
    const csv = [
      'voter_id,plan,needs ride,requested',
      `${u.voters[3]?.id},absentee,no,10/1/2026`,
      `${u.voters[4]?.id},early,maybe,`,
      `OH-NOT-THERE,early,,`,
    ].join('\n');
    await page
      .getByLabel('Vote plan CSV file')
      .setInputFiles({ name: 'plans.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect(page.getByText('1 row is ready to import; 2 rows have problems')).toBeVisible();
    await page.getByRole('button', { name: 'Import 1 plan' }).click();
    const problems = page.getByRole('region', { name: 'Rows with problems' });
    await expect(problems.getByRole('row', { name: /^3 Needs a ride/ })).toContainText('maybe');
    await expect(problems.getByRole('row', { name: /^4 Voter ID/ })).toContainText('universe');
    await expect(page.getByText('4 of 5 universe voters have a plan')).toBeVisible();
    await expectNoSeriousViolations(page);
    await screenshot(page, 'gotv-plans-import');

    // A GOTV shift's walk packet and call sheet print each voter's plan in Notes.
    await page.goto(`/#/outreach/canvass/${listId}/T001`);
    await page.getByLabel('Get out the vote: print vote plans for').selectOption({
      label: 'General election (2026-11-03)',
    });
    await page.getByRole('button', { name: 'Save walk packet (PDF)…' }).click();
    await expect(page.getByText(/Saved walk-packet-T001/)).toBeVisible();
    const packet = harness.saved.at(-1) ?? '';
    const packetText = pdfText(packet);
    expect(packetText).toContain('GOTV — vote plans in Notes');
    expect(packetText).toContain('By mail');
    expect(packetText).toContain('Needs a ride 10:30');
    renderForLooking(packet, 'gotv-walk-packet');
    await page.getByRole('button', { name: 'Save call sheet (PDF)…' }).click();
    await expect(page.getByText(/Saved call-sheet-T001/)).toBeVisible();
    expect(pdfText(harness.saved.at(-1) ?? '')).toContain('GOTV — vote plans in Notes');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
