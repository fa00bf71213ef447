/**
 * Phone banking from home, end to end on the sample chapter: a turf's call sheet as a PDF
 * (pdftotext-checked, pages rendered to look at) and as a CSV, the CSV filled in and
 * imported back (a contradictory row refused by line), the call in the turf's results grid
 * and credited to the phone bank and its volunteer; and the walk sheets' density.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import type { ResultEntry } from '../../src/shared/canvass/results';
import type { WalkList } from '../../src/shared/canvass/schema';
import { test, expect } from './fixtures';
import { apiOk, expectNoSeriousViolations, screenshot } from './helpers';

const pdfText = (path: string, pageNo?: number): string =>
  execFileSync(
    'pdftotext',
    [...(pageNo ? ['-f', String(pageNo), '-l', String(pageNo)] : []), path, '-'],
    { encoding: 'utf8' },
  ).replace(/\s+/g, ' ');

const pdfPages = (path: string): number =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);

function renderForLooking(path: string, name: string): void {
  mkdirSync('test-results/screens', { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', path, `test-results/screens/${name}`]);
}

const TURF = { listId: 'oh-franklin', turfId: 'T001' };

test('phone bank: call sheet PDF and CSV, the filled CSV back into the results, credited to the shift and volunteer', async ({
  page,
  harness,
}) => {
  await apiOk(harness, 'sample.open');
  const calls = await apiOk<WalkList>(harness, 'canvass.callList', TURF);
  const walk = await apiOk<WalkList>(harness, 'canvass.walkList', TURF);
  const noPhone = walk.households.flatMap((h) => h.occupants).filter((v) => !v.phone);
  expect(calls.people).toBeGreaterThan(10);
  expect(noPhone.length).toBeGreaterThan(0);

  await page.goto('/#/outreach/canvass/oh-franklin/T001');
  const panel = page.getByRole('region', { name: 'Call sheet (phone banking from home)' });
  await expect(panel).toContainText(`People to call: ${calls.people}`);
  await expectNoSeriousViolations(page);
  await screenshot(page, 'phonebank-turf');

  // The PDF, saved from the keyboard.
  await page.getByLabel('Caller (optional)').fill('Lucía Fernández');
  await panel.getByRole('button', { name: 'Save call sheet (PDF)…' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Saved call-sheet-T001-\d{4}-\d{2}-\d{2}\.pdf/)).toBeVisible();
  const pdf = harness.saved.at(-1) ?? '';
  renderForLooking(pdf, 'phonebank-call-sheet');
  const text = pdfText(pdf);
  expect(text).toContain('Call sheet OH-FRANKLIN-T001-CALLS (sample)');
  expect(text).toContain('may I speak with');
  expect(text).toContain('Lucía Fernández');
  expect(text).toContain('wrong number');
  for (const v of calls.households.flatMap((h) => h.occupants)) {
    expect(text).toContain(v.id);
    expect(text).toContain(v.phone);
  }
  for (const v of noPhone) expect(text).not.toContain(v.id);
  expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+792 x 612/);

  // The CSV, filled in at home: one call with answers, one contradictory row.
  await panel.getByRole('button', { name: 'Save call sheet as CSV…' }).click();
  await expect(page.getByText(/Saved oh-franklin-t001-call-sheet\.csv/)).toBeVisible();
  const csv = readFileSync(harness.saved.at(-1) ?? '', 'utf8');
  const lines = csv.trimEnd().split('\r\n');
  expect(lines[0]).toBe(
    'turf,seq,voter_id,name,phone,address,result,support,volunteer,yard_sign,needs_ride,language,notes,caller,called_at',
  );
  const before = await apiOk<ResultEntry[]>(harness, 'canvass.results', TURF);
  const reachedBefore = new Set(before.map((e) => e.voterId));
  const fresh = lines
    .map((line, i) => ({ line, n: i + 1, id: line.split(',')[2] ?? '' }))
    .filter((l) => l.n > 1 && !reachedBefore.has(l.id));
  const [good, bad] = fresh;
  if (!good || !bad) throw new Error('the sample has too few voters left to call');
  const filled = lines
    .map((line, i) =>
      i + 1 === good.n
        ? line.replace(/,{9}$/, ',,2,Y,,,,Call back after 6,Lucía Fernández,')
        : i + 1 === bad.n
          ? line.replace(/,{9}$/, ',REF,1,,,,,,,')
          : line,
    )
    .join('\r\n');
  await page
    .getByLabel('Filled call sheet (CSV)')
    .setInputFiles({ name: 'filled.csv', mimeType: 'text/csv', buffer: Buffer.from(filled) });
  await expect(page.getByText('1 row is ready to import; 1 row has problems')).toBeVisible();
  const problems = page.getByRole('region', { name: 'Rows with problems' });
  await expect(problems.getByRole('row', { name: new RegExp(`^${bad.n} `) })).toContainText(
    'Support 1 is an answer from a conversation, but “Refused” says none happened',
  );
  await expectNoSeriousViolations(page);
  await screenshot(page, 'phonebank-import-preview');
  await page.getByRole('button', { name: 'Record 1 call' }).click();
  await expect(
    page.getByText('Recorded 1 call; skipped 0 calls imported before and 1 row with problems.'),
  ).toBeVisible();

  // In the same grid as the doors, marked as by phone.
  const grid = page.getByRole('grid', { name: /Results for turf T001/ });
  await expect(grid.getByRole('row', { name: new RegExp(good.id) })).toContainText(
    'Support 2, Volunteer, Note: Call back after 6 (by phone)',
  );
  await expect(page.getByRole('region', { name: 'Results in this turf' })).toContainText(
    'Calls · reached by phone',
  );
  await screenshot(page, 'phonebank-grid');

  // Importing the same sheet again records nothing twice.
  const again = await apiOk<{ recorded: number; duplicates: number }>(
    harness,
    'canvass.importCalls',
    {
      ...TURF,
      csv: filled,
    },
  );
  expect(again).toMatchObject({ recorded: 0, duplicates: 1 });

  // Credited to the phone bank that called this list, and to its volunteer.
  await page.goto('/#/volunteers/shifts/sample-shift-4');
  await expect(page.getByText('9 calls, 6 conversations counted for this shift')).toBeVisible();
  await expectNoSeriousViolations(page);
  await screenshot(page, 'phonebank-shift');
  await page.getByRole('link', { name: 'Lucía Fernández' }).click();
  const did = page.getByRole('region', { name: 'What they did' });
  await expect(did).toContainText('Calls9');
  await expect(did).toContainText('9 calls (6)');
  await screenshot(page, 'phonebank-volunteer');
});

test('canvass grid refuses “Refused” with a support answer; walk sheets hold 12+ voters a page', async ({
  page,
  harness,
}) => {
  await apiOk(harness, 'sample.open');
  await page.goto('/#/outreach/canvass/oh-franklin/T002');
  const grid = page.getByRole('grid', { name: /Results for turf T002/ });
  await grid.focus();
  await page.keyboard.press('r'); // Refused, and on to the next row
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('1');
  await page.getByRole('button', { name: 'Save 1 result' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Support 1 is an answer from a conversation, but “Refused” says none happened',
  );
  expect(
    await apiOk<ResultEntry[]>(harness, 'canvass.results', { ...TURF, turfId: 'T002' }),
  ).toEqual([]);
  const refused = await harness.dispatch('canvass.recordResults', {
    listId: 'oh-franklin',
    entries: [{ voterId: 'OHSAMPLE000001', code: 'REF', support: 1 }],
  });
  expect(refused.ok).toBe(false);

  await page.getByRole('button', { name: 'Save walk packet (PDF)…' }).click();
  await expect(page.getByText(/Saved walk-packet-T002-.*\.pdf/)).toBeVisible();
  const pdf = harness.saved.at(-1) ?? '';
  renderForLooking(pdf, 'phonebank-walk-density');
  const perPage = Array.from(
    { length: pdfPages(pdf) },
    (_, i) => (pdfText(pdf, i + 1).match(/OHSAMPLE\d{6}/g) ?? []).length,
  );
  // The cover has none; every full sheet holds at least 12 voters.
  expect(perPage[0]).toBe(0);
  expect(Math.max(...perPage)).toBeGreaterThanOrEqual(12);
  for (const n of perPage.slice(1, -1)) expect(n).toBeGreaterThanOrEqual(12);
});
