/**
 * Election day, from a canvass with results: a 300-voter Ohio list canvassed through the real
 * dispatch and an election on it; a state's voted file imported on the screen with its diff;
 * poll checkers' strike-offs by voter ID and by name, one undone; the strike and chase lists
 * printed with the rides list (pdftotext-checked, pages rendered to PNG); the progress board
 * in the tab and on the projector at 1920×1080 and 1366×768.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Voter } from '../../src/shared/canvass/schema';
import type { Election } from '../../src/shared/gotv/election';
import { localToday } from '../../src/shared/dates';
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
  execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });

/** Every voter of the list's turfs, door by door; the first 24 doors' first voters answer 1. */
async function electionDay(harness: Harness, dir: string) {
  const listId = await importedVoterList(
    harness,
    join(dir, 'franklin.csv'),
    generateOhioCsv(300, 9, { badRows: false }),
    40,
  );
  const doors: Voter[][] = [];
  for (const turfId of ['T001', 'T002']) {
    const walk = await apiOk<{ households: { occupants: Voter[] }[] }>(
      harness,
      'canvass.walkList',
      { listId, turfId },
    );
    doors.push(...walk.households.map((h) => h.occupants));
  }
  const supporters = doors.slice(0, 24).map((o) => o[0] as Voter);
  await apiOk(harness, 'canvass.recordResults', {
    listId,
    entries: supporters.map((v) => ({ voterId: v.id, support: 1 })),
  });
  const election = await apiOk<Election>(harness, 'gotv.createElection', {
    name: 'County general',
    date: localToday(),
    counties: ['39049'],
    listId,
  });
  return { election, supporters };
}

test('GOTV election day: voted file, strike-offs, strike and chase lists, the board', async ({
  page,
  harness,
}) => {
  await seedChapter(harness);
  const dir = await mkdtemp(join(tmpdir(), 'gotv-day-'));
  try {
    const { election, supporters } = await electionDay(harness, dir);
    const [early1, early2, atPolls, byName, undone] = supporters as [
      Voter,
      Voter,
      Voter,
      Voter,
      Voter,
    ];
    const voted = join(dir, 'absentee.csv');
    await writeFile(
      voted,
      `SOS_VOTERID,COUNTY,DATE_RETURNED\n${early1.id},25,10/20/2026\n${early2.id},25,10/21/2026\nOH0000000,25,10/21/2026\n${supporters[9]?.id},25,\n`,
    );
    harness.openPaths.push(voted);

    await page.goto(`/#/gotv/voted?election=${election.id}`);
    await page.getByRole('button', { name: 'Choose a voted file…' }).click();
    await expect(page.getByText('read as the ohio layout')).toBeVisible();
    await page.getByRole('button', { name: 'Import absentee.csv' }).click();
    const diff = page.getByRole('list', { name: 'Import diff' });
    await expect(diff).toContainText('2 newly voted (2 in the universe)');
    await expect(diff).toContainText('0 already voted');
    await expect(diff).toContainText('1 not in the voter file');
    await expect(diff).toContainText('4 rows, 3 ballots cast');
    await expect(page.getByRole('table', { name: /Universe voters newly voted/ })).toContainText(
      early1.id,
    );
    await expect(page.getByRole('row', { name: /absentee\.csv/ })).toBeVisible();
    await expectNoSeriousViolations(page);
    await screenshot(page, 'gotv-voted-import');

    // Strike-offs: an exact voter ID strikes at once; a name lists matches to strike from.
    const query = page.getByLabel('Voter ID or name');
    await page.getByLabel('Poll checker (optional)').fill('Pat');
    const latest = page.getByRole('table', { name: 'Latest strike-offs' });
    for (const [i, v] of [atPolls, undone].entries()) {
      await query.fill(v.id);
      await page.getByRole('button', { name: 'Strike off / find' }).click();
      await expect(latest.getByRole('row')).toHaveCount(i + 2);
      await expect(query).toHaveValue('');
    }
    await query.fill(`${byName.lastName}, ${byName.firstName}`);
    await page.getByRole('button', { name: 'Strike off / find' }).click();
    const matches = page.getByRole('table', { name: /^Matches/ });
    await expect(matches).toContainText(byName.id);
    await matches
      .getByRole('row', { name: new RegExp(byName.id) })
      .getByRole('button', { name: /^Strike off/ })
      .click();
    await expect(page.getByRole('status')).toContainText('struck off.');
    await expect(latest.getByRole('row')).toHaveCount(4);
    await latest
      .getByRole('row', { name: new RegExp(undone.id) })
      .getByRole('button', { name: /^Undo/ })
      .click();
    await expect(page.getByRole('status')).toContainText('strike-off undone');
    await expect(latest.getByRole('row')).toHaveCount(3);
    await expect(page.getByRole('list', { name: 'Who has voted' })).toContainText(
      '4 of 24 in the universe have voted',
    );
    await expectNoSeriousViolations(page);
    await screenshot(page, 'gotv-voted-strikes');

    // The lists: remaining voters only, with the snapshot's time.
    await page.getByRole('link', { name: 'Election-day lists' }).click();
    await page.getByLabel('Only those still to vote (remaining)').check();
    await page.getByRole('button', { name: 'Save strike list (PDF)…' }).click();
    await expect(page.getByText(/Saved strike-list-remaining.*\.pdf/)).toBeVisible();
    const strikePdf = harness.saved.at(-1) ?? '';
    const strike = pdfText(strikePdf);
    expect(strike).toContain('Strike list — precinct');
    expect(strike).toMatch(/Remaining — still to vote as of \d+\/\d+\/\d{4}, \d\d:\d\d/);
    expect(strike).toContain(undone.id);
    for (const v of [early1, early2, atPolls, byName]) expect(strike).not.toContain(v.id);
    execFileSync('pdftoppm', ['-png', '-r', '60', strikePdf, 'test-results/screens/gotv-strike']);

    await page.getByLabel('Doors per turf').fill('8');
    await page.getByRole('button', { name: 'Save chase lists (PDF)…' }).click();
    await expect(page.getByText(/Saved chase-list.*\.pdf/)).toBeVisible();
    const chasePdf = harness.saved.at(-1) ?? '';
    const chase = pdfText(chasePdf);
    expect(chase).toContain('Chase list — turf T001');
    expect(chase).toContain('Chase list — turf T003');
    expect(chase).toMatch(/\d+ to reach at \d+ doors/);
    expect(chase.match(/OH\d{10}/g)).toHaveLength(20);
    expect(chase).toContain(undone.id);
    for (const v of [early1, early2, atPolls, byName]) expect(chase).not.toContain(v.id);
    execFileSync('pdftoppm', ['-png', '-r', '60', chasePdf, 'test-results/screens/gotv-chase']);
    await expectNoSeriousViolations(page);

    // Rides: a remaining supporter's plan asks for one at 10:30.
    await apiOk(harness, 'gotv.savePlans', {
      electionId: election.id,
      plans: [{ voterId: undone.id, plan: 'election-day', needsRide: true, rideTime: '10:30' }],
    });
    await page.getByRole('button', { name: 'Save rides list (PDF)…' }).click();
    await expect(page.getByText(/Saved rides-list.*\.pdf/)).toBeVisible();
    const ridesPdf = harness.saved.at(-1) ?? '';
    const rides = pdfText(ridesPdf);
    expect(rides).toContain('Rides to the polls');
    expect(rides).toContain('1 ride to give');
    expect(rides).toMatch(/10:30\s+\S/);
    execFileSync('pdftoppm', ['-png', '-r', '60', ridesPdf, 'test-results/screens/gotv-rides']);

    // The board, in the tab and on the projector.
    await page.getByRole('link', { name: 'Board' }).click();
    await expect(page.getByText(/4 of 24\s+have voted \(17%\); 20 still to vote/)).toBeVisible();
    await expectNoSeriousViolations(page);
    await screenshot(page, 'gotv-board-tab');
    await page.getByRole('button', { name: 'Show on the projector' }).click();
    await expect.poll(() => harness.projectors.length).toBe(1);
    const projector = harness.projectors[0];
    if (!projector) throw new Error('no projector');
    await expect(projector.getByText(/4 of 24 have voted/)).toBeVisible();
    await expect(projector.getByRole('region', { name: 'By precinct' })).toBeVisible();
    for (const [width, height] of [
      [1920, 1080],
      [1366, 768],
    ] as const) {
      await projector.setViewportSize({ width, height });
      await expect(projector.getByText(/4 of 24 have voted/)).toBeInViewport();
      await projector.screenshot({ path: `test-results/screens/gotv-board-${width}.png` });
    }
    // A strike-off keyed in now shows on the projector by itself.
    await apiOk(harness, 'gotvVoted.strike', { electionId: election.id, voterId: undone.id });
    await expect(projector.getByText(/5 of 24 have voted/)).toBeVisible();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
