import { execFileSync } from 'node:child_process';
import type { Coverage } from '../../src/shared/outreach/coverage';
import { NONE_COLOUR } from '../../src/shared/outreach/coverageClasses';
import { test, expect } from './fixtures';
import { apiOk, expectNoSeriousViolations, screenshot, seedChapter } from './helpers';

test.use({ viewport: { width: 1366, height: 900 } });

const CUYAHOGA = '39035';
const LORAIN = '39093';

test('coverage: the map has one path per Ohio county, filled as its legend says', async ({
  page,
  harness,
}) => {
  await seedChapter(harness);
  for (const [i, county] of [CUYAHOGA, CUYAHOGA, CUYAHOGA, LORAIN].entries()) {
    await apiOk(harness, 'members.add', { name: `Member ${i}`, county, joined: '2025-01-10' });
  }
  await page.goto('/#/outreach/coverage');
  await expect(page.getByRole('heading', { level: 2, name: 'County coverage' })).toBeVisible();

  // Keyboard: the measure is picked from the keyboard.
  const measure = page.getByLabel('Colour the map by');
  await measure.focus();
  await measure.selectOption({ label: 'Members' });
  await expect(measure).toBeFocused();

  const map = page.getByRole('img', { name: 'Map of Ohio counties coloured by members' });
  const paths = map.locator('path');
  await expect(paths).toHaveCount(88);
  const legend = page.getByRole('figure').filter({ hasText: 'None (0)' });
  const colourOf = async (text: string) =>
    legend
      .getByRole('listitem')
      .filter({ hasText: new RegExp(`^${text}$`) })
      .getAttribute('data-colour');
  const one = await colourOf('1');
  const three = await colourOf('2–3');
  expect(await colourOf('None \\(0\\)')).toBe(NONE_COLOUR);
  expect(new Set([one, three, NONE_COLOUR]).size).toBe(3);
  await expect(map.locator(`path[data-fips="${CUYAHOGA}"]`)).toHaveAttribute('fill', three ?? '');
  await expect(map.locator(`path[data-fips="${LORAIN}"]`)).toHaveAttribute('fill', one ?? '');
  const fills = await paths.evaluateAll((ps) => ps.map((p) => p.getAttribute('fill')));
  expect(fills.filter((f) => f === NONE_COLOUR)).toHaveLength(86);
  await expect(map.locator(`path[data-fips="${CUYAHOGA}"] title`)).toHaveText(
    'Cuyahoga County: 3 members',
  );

  // The counties with nothing are named; the table is the map's accessible equivalent.
  await expect(
    page.getByRole('heading', { name: 'Counties with no activity (86 of 88)' }),
  ).toBeVisible();
  await expect(page.getByText(/Adams County, Allen County, Ashland County/)).toBeVisible();
  await expect(page.getByRole('row', { name: /Cuyahoga County/ })).toContainText('3');
  await expect(
    page
      .getByRole('row', { name: /All counties/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('4');
  await screenshot(page, 'coverage-members');
  await expectNoSeriousViolations(page);

  // Printed for a state meeting: Letter landscape, the map and the table.
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByText(/Saved county-coverage-.*\.pdf/)).toBeVisible();
  const file = harness.saved.at(-1) ?? '';
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+792 x 612/);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toContain('County coverage — Ohio');
  expect(text).toContain('Map coloured by members');
  expect(text).toMatch(/Cuyahoga County\s+3/);
  execFileSync('pdftoppm', ['-png', '-r', '60', file, 'test-results/screens/coverage-pdf']);
});

test('coverage: canvass results and flyer PDFs count in their county (sample chapter)', async ({
  harness,
}) => {
  await apiOk(harness, 'sample.open');
  const before = await apiOk<Coverage>(harness, 'outreach.coverage');
  const franklin = () => before.counties.find((c) => c.name === 'Franklin County');
  expect(franklin()?.doorsKnocked).toBeGreaterThan(0);
  expect(franklin()?.conversations).toBeGreaterThan(0);
  expect(franklin()?.flyersPrinted).toBe(3);
  await apiOk(harness, 'print.save', { document: 'flyer', params: { id: 'sample-flyer-1' } });
  const after = await apiOk<Coverage>(harness, 'outreach.coverage');
  expect(after.counties.find((c) => c.name === 'Franklin County')?.flyersPrinted).toBe(4);
  expect(after.totals.flyersPrinted).toBe(4);
});
