/**
 * Areas, print documents and projector views are lazy chunks: they load from the app's own
 * files under its Content Security Policy, and while one loads the page says it is busy.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { AREAS } from '../../src/renderer/src/features/shell/areas';
import { seedChapter } from './helpers';

/** Records every CSP violation of each document the page loads. */
async function watchCsp(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}

/**
 * CSP violations other than zod's probe for eval (`new Function('')` in a try, which the CSP
 * blocks as it should; zod then validates without it): a blocked chunk, stylesheet or font
 * would show here.
 */
const violations = async (page: Page): Promise<string[]> =>
  (
    await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)
  ).filter((v) => v !== 'script-src eval');

test('lazy chunks: a busy fallback while an area loads; every area, a print document and the projector load under the CSP', async ({
  page,
  harness,
}) => {
  await watchCsp(page);
  await seedChapter(harness);

  // Hold the Members chunk back: the shell marks the page busy until it arrives.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/MembersPage-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/#/members');
  const busy = page.getByRole('main').locator('[aria-busy="true"]');
  await expect(busy).toBeVisible();
  await expect(busy).toHaveText('Loading…');
  release();
  await expect(page.getByRole('heading', { name: 'Members', exact: true })).toBeVisible();
  await expect(busy).toHaveCount(0);

  for (const { label: area } of AREAS.filter((a) => a.label !== 'Members')) {
    await page.getByRole('link', { name: new RegExp(`^${area}`) }).click();
    await expect(page.getByRole('heading', { level: 1, name: area })).toBeVisible();
  }
  expect(await violations(page)).toEqual([]);

  await page.goto(`/#/print/sign-in-sheet?p=${encodeURIComponent('{}')}`);
  await page.locator('html[data-print-ready="true"]').waitFor({ state: 'attached' });
  await expect(page.getByRole('heading', { name: 'Lakeside Egalitarians' })).toBeVisible();
  expect(await violations(page)).toEqual([]);

  const created = await harness.dispatch('meetings.create', {
    title: 'March meeting',
    date: '2026-03-05',
    startTime: '19:00',
    place: '',
    county: null,
    template: 'standard',
  });
  if (!created.ok) throw new Error(created.error.message);
  await page.goto(`/#/projector/meeting/${(created.value as { id: string }).id}`);
  await expect(page.getByText('March meeting')).toBeVisible();
  expect(await violations(page)).toEqual([]);

  // The chunks came from the app's own files (the fixture checks no request left the origin).
  const chunks = harness.requests.filter((url) => /\/assets\/[^/]+\.js$/.test(url));
  expect(chunks.length).toBeGreaterThan(8);
});
