/**
 * Two laptops of one chapter in the harness: the chapter laptop (the harness's backend and
 * page) turns sync on, serves the chapter on 127.0.0.1 and pairs a second laptop — a second
 * backend on its own temp data folder, bridged to a second page — with the code it shows.
 * Canvass results entered on the second laptop are counted on the first. Only the main
 * processes talk to each other: the pages make no request beyond the app's origin.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startBackend } from '../../src/main/dispatch';
import type { Host } from '../../src/main/host';
import { syncHub } from '../../src/main/sync/syncHub';
import { generateOhioFixture } from '../unit/canvass/generate';
import { bridge, expect, test, type Harness } from './fixtures';
import {
  apiOk,
  expectNoSeriousViolations,
  importedVoterList,
  screenshot,
  seedChapter,
} from './helpers';

/** A host double for the second laptop: it is never asked to print or save here. */
function quietHost(openPaths: (string | null)[]): Host {
  const no = () => Promise.reject(new Error('not in this test'));
  return {
    quit: () => undefined,
    chooseOpenPath: () => Promise.resolve(openPaths.shift() ?? null),
    chooseSavePath: () => Promise.resolve(null),
    printToPdf: no,
    captureImage: no,
    openExternal: () => Promise.resolve(false),
    openProjector: no,
  };
}

async function openTurf(page: Page): Promise<void> {
  await page.goto('/#/outreach/canvass');
  await page.getByRole('link', { name: 'Franklin County, OH' }).click();
  await page.getByRole('link', { name: 'T001' }).click();
}

test('sync: pair a second laptop, enter canvass results there, see them counted on the first', async ({
  page,
  harness,
  browser,
  baseURL,
}) => {
  const tmp = await mkdtemp(join(tmpdir(), 'sync-e2e-'));
  const csv = generateOhioFixture(60, 7).csv;
  await seedChapter(harness);
  await importedVoterList(harness, join(tmp, 'franklin.csv'), csv, 10);

  // The chapter laptop: sync on, serving on 127.0.0.1, a pairing code for a volunteer.
  await page.goto('/#/settings');
  const devices = page.getByRole('region', { name: 'Devices' });
  await expect(devices).toContainText('Sync is off: nothing leaves this laptop.');
  await devices.getByLabel('This laptop’s name').fill('Office laptop');
  await devices.getByRole('button', { name: 'Turn sync on' }).click();
  await expect(devices.getByRole('status', { name: 'Sync status' })).toContainText(
    'No sync server set',
  );
  await devices.getByLabel('Serve the chapter on the local network').check();
  await devices.getByLabel('Address to listen on').selectOption('127.0.0.1');
  await devices.getByLabel('Port').fill('0');
  await devices.getByRole('button', { name: 'Save local network setting' }).click();
  await expect(devices.getByText(/^Listening at ws:\/\/127\.0\.0\.1:\d+\.$/)).toBeVisible();
  await devices.getByLabel('The new laptop’s name').fill('Ana’s laptop');
  await devices.getByLabel('Role', { exact: true }).selectOption('volunteer');
  await devices.getByRole('button', { name: 'Make a pairing code' }).click();
  const pairing = devices.getByRole('region', { name: 'Pairing code' });
  const code = (await pairing.locator('.pairing-code').textContent()) ?? '';
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  const address = (await pairing.locator('.pairing-address').textContent()) ?? '';
  await expect(pairing.getByRole('img', { name: /QR code for/ })).toBeVisible();
  await screenshot(page, 'sync-devices-pairing');
  await expectNoSeriousViolations(page);

  // The second laptop: its own data folder, backend and page.
  const dir = await mkdtemp(join(tmpdir(), 'sync-e2e-second-'));
  const openPaths: (string | null)[] = [];
  const second = await startBackend(dir, quietHost(openPaths));
  const context = await browser.newContext({ baseURL });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await bridge(context, () => second.dispatch);
  const page2 = await context.newPage();
  try {
    await page2.goto('/');
    const join2 = page2.getByRole('region', { name: 'Join a chapter from another laptop' });
    await join2.getByLabel('Address shown with the code').fill(address);
    await join2.getByLabel('Pairing code').fill(code.toLowerCase());
    await join2.getByLabel('This laptop’s name').fill('Ana’s laptop');
    await screenshot(page2, 'sync-join');
    await join2.getByRole('button', { name: 'Join the chapter' }).click();
    await expect(page2.getByText('Lakeside Egalitarians').first()).toBeVisible();

    // The volunteer has the same voter file; results entered here count on the chapter laptop.
    const secondHarness = { dispatch: second.dispatch, openPaths } as unknown as Harness;
    await importedVoterList(secondHarness, join(tmp, 'franklin-2.csv'), csv, 10);
    await openTurf(page2);
    await page2.getByRole('grid', { name: /Results for turf T001/ }).focus();
    await page2.keyboard.press('Shift+N'); // the whole first door: Not Home
    await page2.getByRole('button', { name: /^Save \d+ results?$/ }).click();
    await expect(page2.getByText(/Recorded \d+ results?\./)).toBeVisible();

    await page2.goto('/#/settings');
    await expect(page2.getByRole('status', { name: 'Sync status' })).toContainText('Connected');
    await screenshot(page2, 'sync-devices-volunteer');

    await openTurf(page);
    const knocked = page
      .getByRole('region', { name: 'Results in this turf' })
      .getByRole('definition')
      .first();
    await expect(knocked).toHaveText(/^1 of \d+$/);
    await page.goto('/#/settings');
    await expect(devices.getByRole('row', { name: /Ana’s laptop/ })).toContainText('Volunteer');
    await screenshot(page, 'sync-devices-list');
    expect(
      requests.filter((url) => !url.startsWith(`${baseURL ?? ''}/`) && !url.startsWith('data:')),
    ).toEqual([]);
  } finally {
    await context.close();
    await syncHub(second.session).close();
    await second.session.close();
    await apiOk(harness, 'devices.setLan', { enabled: false, host: '127.0.0.1', port: 0 });
    await rm(dir, { recursive: true, force: true });
    await rm(tmp, { recursive: true, force: true });
  }
});
