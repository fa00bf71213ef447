/**
 * Canvassing end to end: a 2,000-voter Ohio-layout file (generated here, handed out by
 * the host double's file chooser) → import summary → turfs → a printed walk packet
 * (PDF text, pages rendered to PNG to look at, no household split across pages) →
 * results entered with the keyboard → re-printed remaining doors → re-import diff.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { appendFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WalkList } from '../../src/shared/canvass/schema';
import { generateOhioFixture } from '../unit/canvass/generate';
import { test, expect, type Harness } from './fixtures';
import { screenshot, seedChapter } from './helpers';

async function expectNoSeriousViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

function pdfText(path: string, pageNo?: number): string {
  const range = pageNo ? ['-f', String(pageNo), '-l', String(pageNo)] : [];
  return execFileSync('pdftotext', [...range, path, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
}

function pdfPages(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
}

function renderForLooking(path: string, name: string): void {
  const dir = 'test-results/screens';
  mkdirSync(dir, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', path, `${dir}/${name}`]);
}

async function ok<T>(harness: Harness, channel: string, input?: unknown): Promise<T> {
  const result = await harness.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

test('canvass: import 2,000 voters, cut turfs, print a packet, enter results with the keyboard, re-print remaining doors', async ({
  page,
  harness,
}) => {
  await seedChapter(harness);
  const tmp = await mkdtemp(join(tmpdir(), 'canvass-e2e-'));
  try {
    const fixture = generateOhioFixture(2000, 7);
    const file = join(tmp, 'franklin-2000.csv');
    await writeFile(file, fixture.csv);
    harness.openPaths.push(file);

    await page.goto('/#/outreach/canvass');
    await expect(page.getByRole('heading', { name: 'Canvassing' })).toBeVisible();
    await expect(page.getByRole('note')).toContainText('electoral purposes');
    await expectNoSeriousViolations(page);
    await page.getByLabel('Layout').selectOption('ohio');
    await page.getByLabel('File date (optional)').fill('2026-01-05');
    await page.getByRole('button', { name: 'Choose voter file…' }).click();
    const mapping = page.getByRole('region', { name: 'Column mapping' });
    await expect(mapping).toContainText('Ohio statewide voter file');
    await expect(mapping.getByRole('row', { name: 'State voter ID SOS_VOTERID' })).toBeVisible();
    await expect(
      mapping.getByRole('table', { name: 'The first rows, as they will be read' }),
    ).toContainText(fixture.voterIds[0] ?? '?');
    await screenshot(page, 'canvass-mapping');
    await expectNoSeriousViolations(page);
    await page.getByRole('button', { name: 'Import franklin-2000.csv' }).click();

    const summary = page.getByRole('region', { name: 'Import summary' });
    await expect(summary).toContainText('Imported franklin-2000.csv into Franklin County, OH');
    await expect(summary).toContainText('2026-01-05');
    await expect(summary).toContainText(`${fixture.bad.length} rows were skipped`);
    for (const bad of fixture.bad)
      await expect(
        summary.getByRole('cell', { name: String(bad.line), exact: true }),
      ).toBeVisible();
    await screenshot(page, 'canvass-import-summary');
    await expectNoSeriousViolations(page);

    await summary.getByRole('link', { name: 'Franklin County, OH' }).click();
    await expect(page.getByRole('heading', { name: 'Franklin County, OH' })).toBeVisible();
    await expect(page.getByLabel('Doors per turf')).toHaveValue('50');
    await page.getByLabel('Walk order').selectOption('odd-even');
    await page.getByRole('button', { name: 'Cut turfs' }).click();
    const turfTable = page.getByRole('table', { name: /turfs of up to 50 doors/ });
    await expect(turfTable).toBeVisible();
    await expect(turfTable.getByRole('link', { name: 'T001' })).toBeVisible();
    await page.getByLabel('Organiser’s phone').fill('(614) 555-0199');
    await page.getByRole('button', { name: 'Save packet settings' }).click();
    await expect(page.getByText('Saved.')).toBeVisible();
    await screenshot(page, 'canvass-turfs');
    await expectNoSeriousViolations(page);

    await turfTable.getByRole('link', { name: 'T001' }).click();
    await expect(
      page.getByRole('heading', { name: /Turf T001 — People: \d+ · Doors: \d+/ }),
    ).toBeVisible();
    const walk = await ok<WalkList>(harness, 'canvass.walkList', {
      listId: 'oh-franklin',
      turfId: 'T001',
    });
    expect(walk.doors).toBeLessThanOrEqual(50);
    await page.getByLabel('Canvasser (optional)').fill('Dolores Huerta');
    await page
      .getByRole('region', { name: 'Walk packet' })
      .getByLabel('Date (default today)')
      .fill('2026-03-14');
    await page.getByRole('button', { name: 'Save walk packet (PDF)…' }).click();
    await expect(page.getByText(/Saved walk-packet-T001-\d{4}-\d{2}-\d{2}\.pdf/)).toBeVisible();
    const pdf = harness.saved.at(-1) ?? '';
    renderForLooking(pdf, 'canvass-packet');
    const text = pdfText(pdf);
    for (const expected of [
      'Walk packet OH-FRANKLIN-T001',
      `People: ${walk.people} · Doors: ${walk.doors}`,
      'Dolores Huerta',
      '2026-03-14',
      '(614) 555-0199',
      'Never put literature in a mailbox',
      'Not Home',
      'Language Barrier',
      'Wrong Address / Vacant',
      'Literature left',
      '1 = Strong support',
      'Confidential voter data — return to the chapter',
      'Packet OH-FRANKLIN-T001',
      'Lakeside Egalitarians',
    ])
      expect(text).toContain(expected);
    const pages = pdfPages(pdf);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    // Every household's occupants print on one page, and every voter prints.
    const pageTexts = Array.from({ length: pages }, (_, i) => pdfText(pdf, i + 1));
    for (const h of walk.households) {
      const on = new Set<number>();
      for (const v of h.occupants)
        pageTexts.forEach((t, i) => {
          if (t.includes(v.id)) on.add(i);
        });
      expect(on.size, `household ${h.key} on one page`).toBe(1);
    }
    // The table header repeats on every walk-sheet page (every page after the cover).
    expect(pages).toBeGreaterThan(2);
    for (const [i, t] of pageTexts.entries())
      if (i > 0) {
        expect(t, `page ${i + 1} has the table header`).toContain('Address / name');
        expect(t, `page ${i + 1} has the table header`).toContain('Result (tick one');
      }

    await page.getByRole('button', { name: 'Save turf as CSV…' }).click();
    await expect(page.getByText('Saved oh-franklin-t001-walk-order.csv.')).toBeVisible();

    // Results with the keyboard, in walk order.
    const grid = page.getByRole('grid', { name: /Results for turf T001/ });
    await grid.focus();
    const [door1, door2, door3] = walk.households;
    if (!door1 || !door2 || !door3) throw new Error('expected three doors');
    await page.keyboard.press('Shift+N'); // the whole first door: Not Home
    for (const [i] of door2.occupants.entries()) {
      if (i === 0) {
        await page.keyboard.press('1');
        await page.keyboard.press('v');
      }
      await page.keyboard.press('Enter');
    }
    await page.keyboard.press('l'); // first person at door 3: Language Barrier
    await page.keyboard.press('ArrowUp'); // back to them, for the language and a note
    const bilingual = door3.occupants[0];
    if (!bilingual) throw new Error('expected someone at door 3');
    const details = page.getByRole('group', { name: /Language and notes for/ });
    await expect(details).toContainText(bilingual.lastName);
    await details.getByLabel('Language').fill('Spanish');
    await details.getByLabel('Notes').fill('Send a Spanish-speaking volunteer');
    const bilingualRow = grid.getByRole('row').filter({ hasText: bilingual.id });
    await expect(bilingualRow).toContainText(
      'Language Barrier, Language: Spanish, Note: Send a Spanish-speaking volunteer',
    );
    await expect(grid.getByRole('row', { selected: true })).toHaveCount(1);
    await expect(page.getByRole('button', { name: /^Save \d+ results$/ })).toBeVisible();
    await screenshot(page, 'canvass-results-grid');
    await expectNoSeriousViolations(page);
    await page.getByRole('button', { name: /^Save \d+ results$/ }).click();
    await expect(page.getByText(/Recorded \d+ results\./)).toBeVisible();
    // Saved: the row's earlier results now show the language and the note.
    await expect(bilingualRow.getByRole('gridcell').last()).toHaveText(
      'Language Barrier, Language: Spanish, Note: Send a Spanish-speaking volunteer',
    );
    const stats = page.getByRole('region', { name: 'Results in this turf' });
    await expect(stats).toContainText(`3 of ${walk.doors}`);
    await expect(stats).toContainText('Contacts1');
    await expect(stats).toContainText('Contact rate33%');

    await page.getByRole('button', { name: 'Re-print remaining doors (PDF)…' }).click();
    await expect(page.getByText(/Saved walk-packet-T001-remaining-.*\.pdf/)).toBeVisible();
    const again = harness.saved.at(-1) ?? '';
    renderForLooking(again, 'canvass-remaining');
    const againText = pdfText(again);
    expect(againText).toContain('Walk packet OH-FRANKLIN-T001-R');
    expect(againText).toContain('Re-print: only the doors still to knock');
    expect(againText).toContain(`Doors: ${walk.doors - 2}`);
    expect(againText).toContain(door1.occupants[0]?.id ?? '?');
    expect(againText).not.toContain(door2.occupants[0]?.id ?? '?');
    expect(againText).not.toContain(door3.occupants[0]?.id ?? '?');

    // A newer file: the re-import shows what changed and keeps the results.
    const newer = join(tmp, 'franklin-newer.csv');
    await writeFile(newer, generateOhioFixture(2100, 7).csv);
    harness.openPaths.push(newer);
    await page.getByRole('link', { name: '← Turfs of this list' }).click();
    await page.getByLabel('File date (optional)').fill('2026-02-02');
    await page.getByRole('button', { name: 'Choose voter file…' }).click();
    await page.getByRole('button', { name: 'Import franklin-newer.csv' }).click();
    const diff = page.getByRole('region', { name: 'Changes since the last file' }).last();
    await expect(diff).toContainText('Changes since the file dated 2026-01-05');
    await expect(diff).toContainText(/\d+ new voters/);
    await expect(page.getByText('The list changed since these turfs were cut')).toBeVisible();
    const results = await ok<unknown[]>(harness, 'canvass.results', {
      listId: 'oh-franklin',
      turfId: 'T001',
    });
    expect(results.length).toBeGreaterThan(2);
    expect(results).toContainEqual(
      expect.objectContaining({
        voterId: bilingual.id,
        code: 'LB',
        language: 'Spanish',
        notes: 'Send a Spanish-speaking volunteer',
      }),
    );
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
});

test('canvass: the sample chapter has a voter list, turfs and results', async ({
  page,
  harness,
}) => {
  expect(harness.dataDir).toBeTruthy();
  await page.goto('/');
  await page.getByRole('button', { name: 'Explore with a sample chapter' }).click();
  await page.goto('/#/outreach/canvass');
  await page.getByRole('link', { name: 'Franklin County, OH' }).click();
  await page.getByRole('link', { name: 'T001' }).click();
  const stats = page.getByRole('region', { name: 'Results in this turf' });
  await expect(stats).toContainText('12 of 25');
  await expectNoSeriousViolations(page);
  await screenshot(page, 'canvass-sample-turf');
  // The packet ends with the chapter's flyer for Franklin County.
  await page.getByRole('button', { name: 'Save walk packet (PDF)…' }).click();
  await expect(page.getByText(/Saved walk-packet-.*\.pdf/)).toBeVisible();
  const pdf = harness.saved.at(-1) ?? '';
  renderForLooking(pdf, 'canvass-sample-packet');
  const pages = pdfPages(pdf);
  expect(pdfText(pdf, 1)).toContain('(614) 555-0142');
  expect(pdfText(pdf, 1)).toContain('Walk packet OH-FRANKLIN-T001 (sample)');
  expect(pdfText(pdf, pages)).toContain('Neighbors deciding together');
  expect(pdfText(pdf, pages)).toContain('Vecinos que deciden juntos');
});

test('canvass: results lines that cannot be read are counted and said beside the results', async ({
  page,
  harness,
}) => {
  await ok(harness, 'sample.open');
  // A save cut off mid-line, as a pulled USB stick leaves it.
  const results = join(harness.dataDir, 'sample', 'voters', 'oh-franklin.results.ndjson');
  await appendFile(results, '{"id":"torn","voterId":"OH');
  await page.goto('/#/outreach/canvass/oh-franklin');
  await expect(
    page.getByText(
      /^1 line of the saved results could not be read .*what they held is not counted/,
    ),
  ).toBeVisible();
  await page.getByRole('link', { name: 'T001' }).click();
  await expect(page.getByRole('region', { name: 'Results in this turf' })).toContainText(
    '1 line of the saved results could not be read',
  );
  await screenshot(page, 'canvass-damaged-results');
});

test('canvass: a long import shows its progress and can be cancelled', async ({
  page,
  harness,
}) => {
  await seedChapter(harness);
  const tmp = await mkdtemp(join(tmpdir(), 'canvass-e2e-'));
  try {
    const file = join(tmp, 'statewide.csv');
    await writeFile(file, generateOhioFixture(250_000, 3, { badRows: false }).csv);
    harness.openPaths.push(file);
    await page.goto('/#/outreach/canvass');
    await page.getByRole('button', { name: 'Choose voter file…' }).click();
    await page.getByRole('button', { name: 'Import statewide.csv' }).click();
    const progress = page.getByRole('progressbar', { name: /Importing statewide\.csv/ });
    await expect(progress).toBeVisible();
    await screenshot(page, 'canvass-import-progress');
    await page.getByRole('button', { name: 'Cancel import' }).click();
    await expect(page.getByText('The import was cancelled; nothing changed.')).toBeVisible();
    await expect(page.getByText('No voter lists yet.')).toBeVisible();
    expect(await ok<unknown[]>(harness, 'canvass.lists')).toEqual([]);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
});
