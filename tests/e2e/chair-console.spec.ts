/**
 * The live meeting as the chair's console at 1366×768: the current item with its clock, the
 * speakers' queue and the motions on one screen with no sideways scroll; check-in folds away
 * once the meeting is called to order; keys for next speaker, point of order, motion, adjourn.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { addMemberViaApi, apiOk, seedChapter } from './helpers';

const MEMBERS = ['Ann Lee', 'Bo Diaz', 'Cy Park', 'Di Roy', 'Ed Fox', 'Flo Ng'];

async function noSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const el = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: el.scrollWidth, clientWidth: el.clientWidth };
  });
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

async function inViewport(page: Page, locator: Locator) {
  const size = page.viewportSize()!;
  const box = await locator.boundingBox();
  expect(box, 'on the page').not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(size.width);
  expect(box!.y + box!.height).toBeLessThanOrEqual(size.height);
}

const view = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screens/${name}.png` });

test('chair console: one screen at 1366×768, check-in folds away, keys for the chair', async ({
  page,
  harness,
}) => {
  await seedChapter(harness);
  for (const name of MEMBERS) await addMemberViaApi(harness, name);
  const { id } = await apiOk<{ id: string }>(harness, 'meetings.create', {
    title: 'May chapter meeting',
    date: '2026-05-07',
    startTime: '19:00',
    place: 'Library',
    county: null,
    template: 'standard',
  });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`/#/meetings/${id}/live`);
  for (const name of MEMBERS.slice(0, 5)) {
    const box = page.getByRole('checkbox', { name });
    await box.click();
    await expect(box).toBeChecked();
  }
  await noSidewaysScroll(page);
  await view(page, 'console-checkin-1366');
  await page.getByRole('button', { name: 'Call the meeting to order' }).click();

  // Check-in folds away (its summary still counts the room); late arrivals open it again.
  await expect(page.getByRole('checkbox', { name: 'Ann Lee' })).toBeHidden();
  await expect(page.locator('summary')).toContainText('5 members present');
  await page.locator('body').press('n');
  await expect(page.getByRole('heading', { name: 'Call to order', level: 2 })).toBeVisible();
  const add = page.getByRole('form', { name: 'Add a speaker' });
  for (const name of ['Cy Park', 'Di Roy']) {
    await add.getByLabel('Member').selectOption({ label: name });
    await add.getByRole('button', { name: 'Add to queue' }).click();
  }
  await expect(page.getByRole('list', { name: 'Queue' }).getByRole('listitem')).toHaveCount(2);

  // One screen: item, clock, queue and motion together, nothing sideways.
  await page.evaluate(() => window.scrollTo(0, 0));
  await noSidewaysScroll(page);
  await view(page, 'console-1366');
  await inViewport(page, page.getByRole('heading', { name: 'Call to order', level: 2 }));
  await inViewport(page, page.getByLabel('Time left on this item'));
  await inViewport(page, page.getByRole('button', { name: /^Next item:/ }));
  await inViewport(page, page.getByRole('heading', { name: 'Speakers’ queue' }));
  await inViewport(page, page.getByRole('list', { name: 'Queue' }));
  await inViewport(page, page.getByRole('button', { name: 'Call Cy Park to speak' }));
  await inViewport(page, page.getByRole('heading', { name: 'Motions and votes' }));
  await inViewport(page, page.getByLabel('Motion', { exact: true }));
  await inViewport(page, page.getByRole('button', { name: 'Open the vote' }));
  await inViewport(page, page.getByLabel('Keyboard shortcuts'));
  await view(page, 'console-1366');

  // The keys, as the help line says.
  await expect(page.getByLabel('Keyboard shortcuts')).toContainText('S next speaker');
  await page.locator('body').press('s');
  await expect(page.getByText('Speaking now: Cy Park')).toBeVisible();
  await page.locator('body').press('m');
  await expect(page.getByLabel('Motion', { exact: true })).toBeFocused();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.locator('body').press('p');
  await expect(page.getByLabel('Kind of point')).toBeFocused();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.locator('body').press('a');
  const dialog = page.getByRole('dialog', { name: 'Adjourn the meeting?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep the meeting going' }).click();
  await expect(dialog).toBeHidden();
  expect(
    (await apiOk<{ log: { type: string }[] }>(harness, 'meetings.get', { id })).log.some(
      (e) => e.type === 'meeting-adjourned',
    ),
  ).toBe(false);

  // The new-election dialog fits: nothing sideways, the submit button on screen.
  await page.getByRole('button', { name: 'New election…' }).click();
  const election = page.getByRole('dialog', { name: 'New election at this meeting' });
  await expect(election).toBeVisible();
  await inViewport(page, election);
  await inViewport(page, election.getByRole('button', { name: 'Open the vote' }));
  const overflow = await election.evaluate((d) => d.scrollWidth - d.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await view(page, 'console-election-dialog-1366');
  await election.getByRole('button', { name: 'Cancel' }).click();

  await page.setViewportSize({ width: 1920, height: 1080 });
  await noSidewaysScroll(page);
  await view(page, 'console-1920');
});

test('new vote dialog fits 1366×768', async ({ page, harness }) => {
  await seedChapter(harness);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/#/votes');
  await page.getByRole('button', { name: 'New vote' }).click();
  const dialog = page.getByRole('dialog', { name: 'New vote' });
  for (const kind of [/A motion/, /An election/]) {
    await dialog.getByRole('radio', { name: kind }).check();
    await inViewport(page, dialog);
    await inViewport(page, dialog.getByRole('button', { name: 'Open the vote' }));
    expect(await dialog.evaluate((d) => d.scrollWidth - d.clientWidth)).toBeLessThanOrEqual(0);
    await noSidewaysScroll(page);
  }
  await view(page, 'new-vote-election-1366');
});
