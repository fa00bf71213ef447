/**
 * Two laptops of one chapter whose only link is a USB stick: door results entered on the
 * chapter laptop are saved to a file there (Sync → USB stick), imported on an officer's laptop
 * in a second window, and counted there; the same file imported again changes nothing.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { startBackend } from '../../src/main/dispatch';
import type { Host } from '../../src/main/host';
import { syncHub } from '../../src/main/sync/syncHub';
import type { WalkList } from '../../src/shared/canvass/schema';
import { generateOhioCsv } from '../unit/canvass/generate';
import { bridge, expect, test, type Harness } from './fixtures';
import { apiOk, importedVoterList, screenshot, seedChapter } from './helpers';
import { pairLaptops } from './syncLaptops';

const LAKESIDE = {
  name: 'Lakeside Egalitarians',
  state: 'OH',
  counties: ['39035', '39093'],
  quorum: { kind: 'majority' },
  defaultThreshold: 'majority-cast',
};

/** The second laptop's desktop: files are "chosen" from `openPaths`, saved into `dir`. */
function secondHost(dir: string, openPaths: (string | null)[], saved: string[]): Host {
  const absent = () => Promise.reject(new Error('not used on the second laptop'));
  return {
    chooseOpenPath: () => Promise.resolve(openPaths.shift() ?? null),
    chooseSavePath: ({ defaultName }) => {
      saved.push(join(dir, defaultName));
      return Promise.resolve(join(dir, defaultName));
    },
    printToPdf: absent,
    captureImage: absent,
    openExternal: () => Promise.resolve(false),
    openProjector: absent,
    quit: () => undefined,
  };
}

/**
 * Laptop 1 is the harness (the chapter laptop, sync on after a restart); laptop 2, an
 * officer's, is a second backend on its own data folder with a second window.
 */
async function twoLaptops(harness: Harness, browser: Browser, baseURL: string | undefined) {
  const work = await mkdtemp(join(tmpdir(), 'usb-e2e-'));
  const dirTwo = join(work, 'two');
  await mkdir(dirTwo);
  const ids = await pairLaptops(harness.dataDir, dirTwo, new Date());
  await harness.restart();
  const openPaths: (string | null)[] = [];
  const saved: string[] = [];
  const backend = await startBackend(dirTwo, secondHost(work, openPaths, saved));
  const context = await browser.newContext({ baseURL });
  await bridge(context, () => backend.dispatch);
  const two = { dispatch: backend.dispatch, openPaths, saved, page: await context.newPage() };
  const close = async () => {
    await context.close();
    await syncHub(backend.session).close();
    await backend.session.close();
    await rm(work, { recursive: true, force: true });
  };
  return { work, ids, two, close };
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
  const { work, two, close } = await twoLaptops(harness, browser, baseURL);
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
  await apiOk(two, 'chapter.create', LAKESIDE);
  const listTwo = await importedVoterList(two, join(work, 'two.csv'), csv, 30);
  const pageTwo = two.page;
  const { openPaths } = two;

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
    // The page may also say, in a status of its own, which laptops it has heard from.
    await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toContainText(
      /Saved lakeside-egalitarians-for-kitchen-laptop-.*\.chsync/,
    );
    await screenshot(page, 'usb-stick-export');
    const file = harness.saved.at(-1) ?? '';

    openPaths.push(file, file);
    await pageTwo.goto('/#/sync');
    const fromOffice = pageTwo.getByRole('status').filter({ hasText: /file from “Office laptop”/ });
    await pageTwo.getByRole('button', { name: 'Import a file…' }).click();
    await expect(fromOffice).toHaveText(
      'Imported the file from “Office laptop”: its changes are here now.',
    );
    await screenshot(pageTwo, 'usb-stick-import');
    await pageTwo.getByRole('button', { name: 'Import a file…' }).click();
    await expect(fromOffice).toHaveText(
      'Nothing new in the file from “Office laptop”: everything in it was already here.',
    );

    await expect(await doorsKnocked(pageTwo, listTwo)).toHaveText(/^3 of /);
    await screenshot(pageTwo, 'usb-stick-counted');

    // Meetings are kept on the chapter laptop: here a new one is refused, saying so.
    await pageTwo.goto('/#/meetings');
    await pageTwo.getByRole('button', { name: 'New meeting' }).click();
    const form = pageTwo.getByRole('form', { name: 'New meeting' });
    await form.getByLabel('Date').fill('2026-03-05');
    await form.getByLabel('Place').fill('Public library');
    await form.getByRole('button', { name: 'Create meeting' }).click();
    await expect(form.getByRole('alert')).toContainText(
      /Meetings and minutes are kept on the chapter laptop: make this change there\. The copy here was published by “Office laptop” on /,
    );
    await screenshot(pageTwo, 'usb-stick-read-only');
  } finally {
    await close();
  }
});

test('Conflicts: an email changed on both laptops from the same value; the officer keeps one', async ({
  page,
  harness,
  browser,
  baseURL,
}) => {
  const { ids, two, close } = await twoLaptops(harness, browser, baseURL);
  /** Saves a delta file on one laptop and imports it on the other, through the channels. */
  const carry = async (
    from: Pick<Harness, 'dispatch'> & { saved: string[] },
    to: Pick<Harness, 'dispatch' | 'openPaths'>,
    toId: string,
  ) => {
    await apiOk(from, 'syncFiles.export', { to: toId, kind: 'delta' });
    to.openPaths.push(from.saved.at(-1) ?? null);
    await apiOk(to, 'syncFiles.import');
  };
  try {
    await seedChapter(harness);
    const ada = await apiOk<{ id: string }>(harness, 'members.add', {
      name: 'Ada Byron',
      county: '39035',
      roles: [],
      joined: '2025-01-10',
    });
    await carry(harness, two, ids.two.deviceId);
    await apiOk(harness, 'members.update', { id: ada.id, member: { email: 'ada@office.example' } });
    await apiOk(two, 'members.update', { id: ada.id, member: { email: 'ada@kitchen.example' } });
    await carry(two, harness, ids.one.deviceId);

    await page.goto('/#/sync/conflicts');
    const card = page.getByRole('region', { name: 'Ada Byron: Email' });
    await expect(card).toContainText('Both edits started from (empty).');
    await expect(card.getByRole('listitem')).toHaveCount(2);
    await expect(
      card.getByRole('listitem').filter({ hasText: 'ada@office.example' }),
    ).toContainText('on Office laptop');
    await expect(
      card.getByRole('listitem').filter({ hasText: 'ada@kitchen.example' }),
    ).toContainText('on Kitchen laptop');
    await screenshot(page, 'sync-conflicts');
    await card.getByRole('button', { name: 'Keep “ada@office.example”' }).click();
    await expect(page.getByRole('status').filter({ hasText: /^Kept/ })).toHaveText(
      'Kept “ada@office.example” for Ada Byron.',
    );
    await expect(page.getByText('No conflicts: every member’s details agree')).toBeVisible();
    const members = await apiOk<{ id: string; email?: string }[]>(harness, 'members.list');
    expect(members.find((m) => m.id === ada.id)?.email).toBe('ada@office.example');

    await page.goto('/#/sync/set-aside');
    await expect(page.getByText('Nothing was set aside.')).toBeVisible();
    await screenshot(page, 'sync-set-aside');
  } finally {
    await close();
  }
});
