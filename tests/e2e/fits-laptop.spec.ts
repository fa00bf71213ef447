/**
 * Every screen fits a laptop (issue 17): at 1366×768, every area, its tabs and sub-pages, the
 * detail pages reached from the sample chapter, the live meeting and the dialogs their buttons
 * open: no page scrolls sideways and nothing visible sticks out past the right edge (of the
 * window, or of the dialog it is in). A table wider than its box scrolls inside that box.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { AREAS } from '../../src/renderer/src/features/shell/areas';
import { apiOk } from './helpers';

test.use({ viewport: { width: 1366, height: 768 } });

/** Waits until the page has loaded its data: a heading, nothing busy, no change for 150 ms. */
async function settle(page: Page): Promise<void> {
  await expect(page.locator('main').locator('h1:visible, h2:visible').first()).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const done = () => {
          observer.disconnect();
          clearTimeout(quiet);
          clearTimeout(cap);
          resolve();
        };
        let quiet = setTimeout(done, 150);
        const cap = setTimeout(done, 3000);
        const observer = new MutationObserver(() => {
          clearTimeout(quiet);
          quiet = setTimeout(done, 150);
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      }),
  );
}

/**
 * What sticks out sideways on the page as it stands (folded sections opened): the page's own
 * scroll width, then each visible element past the right edge of the window or of its open
 * dialog, unless a box between them clips or scrolls it.
 */
async function overflows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
    const found: string[] = [];
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > root.clientWidth)
      found.push(`the page scrolls sideways (${root.scrollWidth} > ${root.clientWidth})`);
    const viewport = document.documentElement.clientWidth;
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const dialog = el.closest('dialog[open]');
      const edge = dialog && dialog !== el ? dialog.getBoundingClientRect().right : viewport;
      if (box.right <= edge + 1 || getComputedStyle(el).visibility === 'hidden') continue;
      let held = false;
      for (let up = el.parentElement; up && up !== dialog && up !== document.body;) {
        if (getComputedStyle(up).overflowX !== 'visible') held = true;
        up = held ? null : up.parentElement;
      }
      if (held) continue;
      const name = `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className)}` : ''}`;
      const text = (el.textContent ?? '').trim().slice(0, 40);
      found.push(`${name} “${text}” ends at ${Math.round(box.right)} > ${Math.round(edge)}`);
    }
    return found.slice(0, 5);
  });
}

/** A route's shape: ids become `:id`, so one of each kind of page is enough. */
function shapeOf(hash: string): string {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').map((s) => (/^[a-z-]*$/.test(s) ? s : ':id'));
  return [parts.join('/'), ...[...new URLSearchParams(query).keys()].sort()].join('?');
}

/** Pages of which every one is walked: each vote, meeting and policy shows something else. */
const EVERY_ONE = /^\/(votes|meetings|platform\/policy)\/:id/;
/** Buttons that open a dialog, a form or a table (the comparison) on the page. */
const OPENER = /^(New|Add|Edit|Propose|Deactivate|Adjourn|Show)\b/;

const SCREENS = 'test-results/screens';
const LOOKED_AT: Record<string, string> = {
  '/votes/:id': 'fits-vote',
  '/outreach/flyers/new?county?template': 'fits-flyer-editor',
  '/outreach/canvass/oh-franklin/:id': 'fits-turf',
  '/candidates/compare?q': 'fits-compare',
};

test('every screen of the sample chapter fits 1366×768 without sideways scrolling', async ({
  page,
  harness,
}) => {
  // A crawl of every route and every dialog (the Sync area added more): minutes on a busy CI machine.
  test.setTimeout(180_000);
  await apiOk(harness, 'sample.open');
  const problems: string[] = [];
  const check = async (where: string) => {
    await settle(page);
    for (const problem of await overflows(page)) problems.push(`${where}: ${problem}`);
  };
  /** Opens each kind of dialog or form the page's buttons open, one at a time, and checks it. */
  const tryOpeners = async (where: string) => {
    const openAll = () =>
      page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await openAll();
    // One of each: a row's "Edit <name>" stands for every row's.
    const names = await page.getByRole('button', { name: OPENER }).evaluateAll((buttons) =>
      buttons
        .filter((b) => !(b as HTMLButtonElement).disabled)
        .map((b) => {
          const label = b.getAttribute('aria-label');
          return label
            ? [label.split(' ')[0] ?? label, label]
            : [b.textContent ?? '', b.textContent ?? ''];
        }),
    );
    for (const name of new Map(names.map(([kind, name]) => [kind, name ?? ''])).values()) {
      await settle(page);
      await openAll();
      await page
        .getByRole('button', { name: name.trim(), exact: true })
        .first()
        .click({ timeout: 5000 });
      await check(`${where} → ${name}`);
      const dialog = page.locator('dialog[open]');
      if ((await dialog.count()) > 0) {
        // Each choice of what is decided (a motion, an election) lays the dialog out anew.
        for (const choice of await dialog.getByRole('radio').all()) {
          await choice.check();
          await check(
            `${where} → ${name} → ${await choice.evaluate((r) => r.closest('label')?.textContent)}`,
          );
        }
        await page.keyboard.press('Escape');
        await expect(dialog).toHaveCount(0);
      } else {
        await page.reload();
        await settle(page);
      }
    }
  };
  page.on('dialog', (d) => void d.accept());

  // The check finds what it is for: a box wider than the window.
  await page.goto('/#/members');
  await settle(page);
  await page.evaluate(() => {
    const wide = document.createElement('div');
    wide.style.width = '2000px';
    wide.id = 'too-wide';
    document.querySelector('main')?.append(wide);
  });
  const caught = (await overflows(page)).join(' ');
  expect(caught).toContain('the page scrolls sideways');
  expect(caught).toMatch(/main.content “.*” ends at \d+ > 1366/);
  await page.evaluate(() => document.getElementById('too-wide')?.remove());
  // And a field wider than its dialog.
  await page.getByRole('button', { name: 'Add member' }).click();
  await page.evaluate(() => {
    const wide = document.createElement('input');
    wide.style.width = '1200px';
    document.querySelector('dialog[open] form')?.append(wide);
  });
  expect((await overflows(page)).join(' ')).toMatch(/input “” ends at \d+ > \d+/);
  await page.keyboard.press('Escape');

  const queue = [
    ...AREAS.map((a) => `#${a.path}`),
    ...['letter', 'half-letter', 'door-hanger'].map(
      (t) => `#/outreach/flyers/new?template=${t}&county=39049`,
    ),
  ];
  const queued = new Set(queue);
  const shapes = new Set(queue.map(shapeOf));
  /** Kinds of page whose buttons were tried (once per kind), and every page walked. */
  const opened = new Set<string>();
  const walked: string[] = [];
  const visit = (hash: string) => page.evaluate((h) => (window.location.hash = h), hash);
  for (let hash = queue.shift(); hash !== undefined; hash = queue.shift()) {
    await visit(hash);
    await check(hash);
    const shape = shapeOf(hash);
    walked.push(hash);
    const shot = LOOKED_AT[shape];
    if (shot) {
      await page.screenshot({ path: `${SCREENS}/${shot}.png`, fullPage: true });
      delete LOOKED_AT[shape];
    }
    const links = await page
      .locator('a[href^="#/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const link of links) {
      const next = shapeOf(link);
      if (/^\/(print|projector)\//.test(next) || queued.has(link)) continue;
      if (shapes.has(next) && !EVERY_ONE.test(next)) continue;
      shapes.add(next);
      queued.add(link);
      queue.push(link);
    }
    if (!opened.has(shape)) {
      opened.add(shape);
      await tryOpeners(hash);
    }
  }

  // The planned meeting run live: check-in, then the chair's console and its dialogs.
  const meetings = await apiOk<{ id: string; phase: string }[]>(harness, 'meetings.list');
  const planned = meetings.find((m) => m.phase === 'not-started');
  expect(planned, 'the sample has a planned meeting').toBeDefined();
  await visit(`#/meetings/${planned?.id}/live`);
  await check('check-in');
  await page.getByRole('button', { name: 'Call the meeting to order' }).click();
  await check('the chair’s console');
  await page.screenshot({ path: `${SCREENS}/fits-console.png` });
  await tryOpeners('the chair’s console');
  await page.getByRole('button', { name: 'Discard the sample' }).click();
  await check('discard the sample');
  await page.screenshot({ path: `${SCREENS}/fits-confirm.png` });

  expect(problems).toEqual([]);
  expect(opened.size, 'kinds of screen walked').toBeGreaterThan(25);
  expect(walked.length, 'screens walked').toBeGreaterThan(35);
});
