import type { Page } from '@playwright/test';
import { test, expect, type Harness } from './fixtures';
import { addMemberViaApi, screenshot, seedChapter } from './helpers';

const CANDIDATES = [
  'Ana Diaz',
  'Ben Cole',
  'Cam Fox',
  'Dee Moreno-Whitfield',
  'Eli Park',
  'Fay Nguyen',
  'Gus Okafor',
  'Hana Lindqvist',
  'Ivo Petrov',
  'Jo Alvarez',
  'Kit Brennan',
  'Lou Sato',
];

/** Certifies an IRV election whose candidates have 12, 11 … 1 first preferences: 11 rounds. */
async function certifiedElection(harness: Harness): Promise<string> {
  const ballots = CANDIDATES.flatMap((_, i) =>
    Array.from({ length: CANDIDATES.length - i }, () => String(i + 1)),
  );
  for (let i = 1; i <= ballots.length; i++) await addMemberViaApi(harness, `Member ${i}`);
  const call = async (channel: string, input: unknown) => {
    const r = await harness.dispatch(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r)}`);
    return r.value as { id: string };
  };
  const { id } = await call('votes.open', {
    kind: 'election',
    title: 'County coordinator',
    method: 'irv',
    candidates: CANDIDATES,
    doubleEntry: false,
  });
  await call('votes.freezePresence', { id, present: ballots.length });
  for (const text of ballots) await call('votes.enterBallot', { id, teller: 1, text });
  await call('votes.reconcile', { id, issued: ballots.length, spoiled: 0 });
  await call('votes.certify', { id, expectedBallots: ballots.length });
  return id;
}

/** Nothing scrolls, and every box inside the view stays inside its padding. */
async function expectNoOverflow(page: Page): Promise<void> {
  const sizes = await page.evaluate(() =>
    [document.documentElement, document.querySelector('main')!].map((el) => ({
      scrollHeight: el.scrollHeight,
      clientHeight: el.clientHeight,
      scrollWidth: el.scrollWidth,
      clientWidth: el.clientWidth,
    })),
  );
  for (const s of sizes) {
    expect(s.scrollHeight).toBeLessThanOrEqual(s.clientHeight);
    expect(s.scrollWidth).toBeLessThanOrEqual(s.clientWidth);
  }
  const outside = await page.evaluate(() => {
    const main = document.querySelector('main')!;
    const box = main.getBoundingClientRect();
    const style = getComputedStyle(main);
    const right = box.right - parseFloat(style.paddingRight) + 1;
    const bottom = box.bottom - parseFloat(style.paddingBottom) + 1;
    return Array.from(main.querySelectorAll('*'))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.right > right || r.bottom > bottom);
      })
      .map((el) => el.textContent?.slice(0, 40) ?? el.tagName);
  });
  expect(outside).toEqual([]);
}

test('projector: an 11-round IRV count fits 1920×1080 and 1366×768, revealed a round at a time', async ({
  page,
  harness,
}) => {
  await seedChapter(harness);
  const id = await certifiedElection(harness);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`/#/projector/vote/${id}`);
  await expect(page.getByRole('heading', { name: 'County coordinator' })).toBeVisible();

  // Round 1 only: no winner named yet.
  await expect(page.getByText('Round 1 of 11')).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Round 1' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Round 2' })).toHaveCount(0);
  await expect(page.getByText(/Elected: Ana Diaz/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: '← Previous round' })).toBeDisabled();
  await expectNoOverflow(page);

  // The chair steps with the button, then the keyboard (a clicker sends PageDown).
  await page.getByRole('button', { name: 'Next round →' }).click();
  await expect(page.getByText('Round 2 of 11')).toBeVisible();
  await expect(page.getByRole('row', { name: /^Lou Sato/ })).toContainText('✗ out');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('PageDown');
  await expect(page.getByText('Round 4 of 11')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByText('Round 3 of 11')).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Round 4' })).toHaveCount(0);
  await screenshot(page, 'projector-irv-1920-round3');
  await expectNoOverflow(page);

  await page.keyboard.press('End');
  await expect(page.getByText(/Elected: Ana Diaz/)).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Round 11' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Next round →' })).toBeDisabled();
  await expectNoOverflow(page);
  await screenshot(page, 'projector-irv-1920');

  await page.setViewportSize({ width: 1366, height: 768 });
  await expect(page.getByRole('columnheader', { name: 'Round 11' })).toBeVisible();
  await expectNoOverflow(page);
  await screenshot(page, 'projector-irv-1366');

  await page.keyboard.press('Home');
  await expect(page.getByText('Round 1 of 11')).toBeVisible();
  await expectNoOverflow(page);
});
