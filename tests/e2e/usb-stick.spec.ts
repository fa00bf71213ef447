/**
 * Two laptops of one chapter whose only link is a USB stick: door results entered on the
 * chapter laptop are saved to a file there (Sync → USB stick), imported on an officer's laptop
 * in a second window, and counted there; the same file imported again changes nothing.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startBackend } from '../../src/main/dispatch';
import type { Host } from '../../src/main/host';
import { syncHub } from '../../src/main/sync/syncHub';
import type { WalkList } from '../../src/shared/canvass/schema';
import { generateOhioCsv } from '../unit/canvass/generate';
import { bridge, expect, test } from './fixtures';
import { apiOk, importedVoterList, screenshot, seedChapter } from './helpers';
import { pairLaptops } from './syncLaptops';

/** The second laptop's desktop: files are "chosen" from `openPaths`, saved into `dir`. */
function secondHost(dir: string, openPaths: (string | null)[]): Host {
  const absent = () => Promise.reject(new Error('not used on the second laptop'));
  return {
    chooseOpenPath: () => Promise.resolve(openPaths.shift() ?? null),
    chooseSavePath: ({ defaultName }) => Promise.resolve(join(dir, defaultName)),
    printToPdf: absent,
    captureImage: absent,
    openExternal: () => Promise.resolve(false),
    openProjector: absent,
    quit: () => undefined,
  };
}

async function doorsKnocked(page: Page, listId: string) {
  await page.goto(`/#/outreach/canvass/${listId}`);
  return page
    .getByRole('term')
    .filter({ hasText: 'Doors knocked' })
    .locator('xpath=..')
    .getByRole('definition');
}

test('USB stick: results entered on the chapter laptop are counted on the officer’s laptop', async ({
  page,
  harness,
  browser,
  baseURL,
}) => {
  const work = await mkdtemp(join(tmpdir(), 'usb-e2e-'));
  const dirTwo = join(work, 'two');
  await mkdir(dirTwo);
  await pairLaptops(harness.dataDir, dirTwo, new Date());
  await harness.restart();
  const csv = generateOhioCsv(120, 7, { badRows: false });

  // Laptop 1, the chapter laptop: a voter list and three doors answered.
  await seedChapter(harness);
  const listOne = await importedVoterList(harness, join(work, 'one.csv'), csv, 30);
  const walk = await apiOk<WalkList>(harness, 'canvass.walkList', {
    listId: listOne,
    turfId: 'T001',
  });
  await apiOk(harness, 'canvass.recordResults', {
    listId: listOne,
    entries: [1, 2, 1].map((support, i) => ({
      voterId: walk.households[i]?.occupants[0]?.id,
      turfId: 'T001',
      support,
    })),
  });

  // Laptop 2, an officer's: the same voter file, nothing knocked yet.
  const openPaths: (string | null)[] = [];
  const two = await startBackend(dirTwo, secondHost(work, openPaths));
  const laptopTwo = { dispatch: two.dispatch, openPaths };
  await apiOk(laptopTwo, 'chapter.create', {
    name: 'Lakeside Egalitarians',
    state: 'OH',
    counties: ['39035', '39093'],
    quorum: { kind: 'majority' },
    defaultThreshold: 'majority-cast',
  });
  const listTwo = await importedVoterList(laptopTwo, join(work, 'two.csv'), csv, 30);
  const context = await browser.newContext({ baseURL });
  await bridge(context, () => two.dispatch);
  const pageTwo = await context.newPage();

  try {
    await expect(await doorsKnocked(pageTwo, listTwo)).toHaveText(/^0 of /);

    await page.goto('/#/sync');
    const usb = page.getByRole('region', { name: 'USB stick' });
    await expect(usb.getByLabel('For the laptop')).toHaveValue(/.+/);
    await expect(usb.getByLabel('For the laptop').locator('option')).toHaveText([
      /^Kitchen laptop \(an officer’s laptop; no file from it yet\)$/,
    ]);
    await usb.getByLabel('Everything (when unsure what it has)').check();
    await usb.getByRole('button', { name: 'Save file…' }).click();
    await expect(page.getByRole('status')).toContainText(
      /Saved lakeside-egalitarians-for-kitchen-laptop-.*\.chsync/,
    );
    await screenshot(page, 'usb-stick-export');
    const file = harness.saved.at(-1) ?? '';

    openPaths.push(file, file);
    await pageTwo.goto('/#/sync');
    await pageTwo.getByRole('button', { name: 'Import a file…' }).click();
    await expect(pageTwo.getByRole('status')).toHaveText(
      'Imported the file from “Office laptop”: its changes are here now.',
    );
    await screenshot(pageTwo, 'usb-stick-import');
    await pageTwo.getByRole('button', { name: 'Import a file…' }).click();
    await expect(pageTwo.getByRole('status')).toHaveText(
      'Nothing new in the file from “Office laptop”: everything in it was already here.',
    );

    await expect(await doorsKnocked(pageTwo, listTwo)).toHaveText(/^3 of /);
    await screenshot(pageTwo, 'usb-stick-counted');
  } finally {
    await context.close();
    await syncHub(two.session).close();
    await two.session.close();
    await rm(work, { recursive: true, force: true });
  }
});
