/**
 * The live meeting: "Adjourn the meeting" asks first and names what it stops, and the last
 * action (next item, adjournment, a speaker removed…) can be undone, by button or Ctrl+Z.
 */
import { test, expect, type Harness } from './fixtures';
import { addMemberViaApi, screenshot, seedChapter } from './helpers';

async function ok<T>(harness: Harness, channel: string, input?: unknown): Promise<T> {
  const r = await harness.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as T;
}

test('live meeting: adjourning is confirmed, and the last action can be undone', async ({
  page,
  harness,
}) => {
  await seedChapter(harness);
  for (const name of ['Ann Lee', 'Bo Diaz', 'Cy Park']) await addMemberViaApi(harness, name);
  const { id } = await ok<{ id: string }>(harness, 'meetings.create', {
    title: 'April meeting',
    date: '2026-04-02',
    startTime: '19:00',
    place: 'Library',
    county: null,
    template: 'standard',
  });
  await page.goto(`/#/meetings/${id}/live`);
  for (const name of ['Ann Lee', 'Bo Diaz']) {
    // Each click records a check-in; the box shows it once saved.
    const box = page.getByRole('checkbox', { name });
    await box.click();
    await expect(box).toBeChecked();
  }
  await expect(page.getByRole('button', { name: 'Undo: check-in of Bo Diaz' })).toBeVisible();
  await page.getByRole('button', { name: 'Call the meeting to order' }).click();

  // "Next item" by mistake, then undone: between items again.
  const next = page.getByRole('button', { name: /^Next item: Call to order/ });
  await next.click();
  await expect(page.getByRole('heading', { name: 'Call to order', level: 2 })).toBeVisible();
  await page.getByRole('button', { name: 'Undo: start of “Call to order”' }).click();
  await expect(page.getByText('Undone: start of “Call to order”.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Between items', level: 2 })).toBeVisible();
  await next.click();

  // A speaker removed by mistake comes back to the queue.
  const add = page.getByRole('form', { name: 'Add a speaker' });
  await add.getByLabel('Member').selectOption({ label: 'Bo Diaz' });
  await add.getByRole('button', { name: 'Add to queue' }).click();
  await page.getByRole('button', { name: 'Remove Bo Diaz from the queue' }).click();
  await expect(page.getByRole('button', { name: 'Remove Bo Diaz from the queue' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo: Bo Diaz removed from the queue' }).click();
  await expect(page.getByRole('button', { name: 'Remove Bo Diaz from the queue' })).toBeVisible();

  // Adjourning asks first and says what stops; "Keep the meeting going" records nothing.
  await page.getByRole('button', { name: 'Adjourn the meeting…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Adjourn the meeting?' });
  await expect(dialog).toContainText('“Call to order” stops');
  await expect(dialog).toContainText('The speakers’ queue (1 person) is closed.');
  await expect(dialog).toContainText('Notes and action items can still be added');
  await screenshot(page, 'live-adjourn-confirm');
  await dialog.getByRole('button', { name: 'Keep the meeting going' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('The meeting is adjourned.')).toHaveCount(0);
  await expect(
    page.getByRole('button', { name: 'Undo: Bo Diaz added to the queue' }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Adjourn the meeting…' }).click();
  await dialog.getByRole('button', { name: 'Adjourn now' }).click();
  await expect(page.getByText('The meeting is adjourned.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo: adjournment' })).toBeVisible();
  // Ctrl+Z (outside a text field) takes the adjournment back; the item runs on.
  await page.locator('body').press('Control+z');
  await expect(page.getByText('Undone: adjournment.')).toBeVisible();
  await expect(page.getByText('The meeting is adjourned.')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Call to order', level: 2 })).toBeVisible();

  // A motion has its vote in the vote log: it cannot be undone, and the button says why.
  const motion = page.getByRole('form', { name: 'Make a motion' });
  await motion.getByLabel('Motion text').fill('That we meet monthly.');
  await motion.getByLabel('Moved by').fill('Ann Lee');
  await motion.getByRole('button', { name: 'Open the vote' }).click();
  await expect(page.getByRole('heading', { name: 'That we meet monthly.' })).toBeVisible();
  await page.goto(`/#/meetings/${id}/live`);
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await expect(undo).toBeDisabled();
  await expect(undo).toHaveAttribute('title', /motion: its vote is in the vote log/);
  await screenshot(page, 'live-undo');
});
