/**
 * Nothing typed is lost (issue 17): a form with unsaved changes asks before the person leaves
 * it, a flyer's draft is kept and offered back, and removing things asks first. The platform
 * refuses adoption while a rights finding still needs discussion.
 */
import { test, expect } from './fixtures';
import { apiOk, screenshot, seedChapter } from './helpers';

test('flyer editor: leaving asks first, and the draft is offered back on return', async ({
  page,
  harness,
}) => {
  await seedChapter(harness);
  // The county has no profile yet: the editor links to County profiles.
  await page.goto('/#/outreach/flyers/new?template=half-letter&county=39035');
  const headline = page.getByLabel('Headline (English)');
  const profiles = page
    .getByText('This county has no profile yet')
    .getByRole('link', { name: 'County profiles' });
  await headline.fill('Neighbors deciding together');

  await profiles.click();
  const ask = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(ask).toBeVisible();
  await screenshot(page, 'unsaved-leave-prompt');
  await ask.getByRole('button', { name: 'Stay' }).click();
  await expect(ask).toHaveCount(0);
  await expect(headline).toHaveValue('Neighbors deciding together');

  await profiles.click();
  await ask.getByRole('button', { name: 'Leave without saving' }).click();
  await expect(page).toHaveURL(/#\/outreach\/counties$/);

  await page.goto('/#/outreach/flyers/new?template=half-letter&county=39035');
  await expect(page.getByText(/You have an unsaved draft from/)).toBeVisible();
  await screenshot(page, 'unsaved-draft-offer');
  await page.getByRole('button', { name: 'Restore your unsaved draft' }).click();
  await expect(page.getByLabel('Headline (English)')).toHaveValue('Neighbors deciding together');

  // Saved: leaving no longer asks, and no draft is offered again.
  await page.getByLabel('Flyer name').fill('Spring half-sheet');
  await page.getByLabel('Languages').selectOption('en');
  for (const [n, text] of ['Clinics open evenings', 'Free school meals', 'Fair rent'].entries())
    await page.getByLabel(`Highlight ${n + 1} (English)`).fill(text);
  await page.getByLabel('Call to action (English)').fill('Come to a meeting');
  await page.getByRole('button', { name: 'Save flyer' }).click();
  await expect(page.getByText('Flyer saved.')).toBeVisible();
  await profiles.click();
  await expect(page).toHaveURL(/#\/outreach\/counties$/);
  await page.goto('/#/outreach/flyers/new?template=half-letter&county=39035');
  await expect(page.getByLabel('Headline (English)')).toBeVisible();
  await expect(page.getByText(/You have an unsaved draft from/)).toHaveCount(0);
});

test('closing the window: unsaved changes hold it for the question, nothing unsaved closes at once', async ({
  page,
  context,
  harness,
}) => {
  // The renderer's half of the close question (the main process asks: mainWindow.test.ts).
  await seedChapter(harness);
  const editor = '/#/outreach/flyers/new?template=half-letter&county=39035';
  await page.goto(editor);
  const headline = page.getByLabel('Headline (English)');
  await headline.fill('Neighbors deciding together');

  // Stay: the page is held open as it was.
  let asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  let question = await asked;
  expect(question.type()).toBe('beforeunload');
  await question.dismiss();
  await expect(headline).toHaveValue('Neighbors deciding together');
  expect(page.isClosed()).toBe(false);

  // Leave: the window closes, and the flyer's draft is offered back next time.
  asked = page.waitForEvent('dialog');
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  question = await asked;
  await question.accept();
  await closed;
  const next = await context.newPage();
  await next.goto(editor);
  await expect(next.getByText(/You have an unsaved draft from/)).toBeVisible();

  // Nothing changed by the person: closing asks nothing.
  await next.getByLabel('Headline (English)').click();
  const questions: string[] = [];
  next.on('dialog', (d) => {
    questions.push(d.type());
    void d.accept();
  });
  const nextClosed = next.waitForEvent('close');
  await next.close({ runBeforeUnload: true });
  await nextClosed;
  expect(questions).toEqual([]);
});

test('agenda: removing an item asks first', async ({ page, harness }) => {
  await seedChapter(harness);
  const { id } = await apiOk<{ id: string }>(harness, 'meetings.create', {
    title: 'April meeting',
    date: '2026-04-02',
    startTime: '19:00',
    place: 'Library',
    county: null,
    template: 'standard',
  });
  await page.goto(`/#/meetings/${id}`);
  const items = page.getByRole('list', { name: 'Agenda items' }).getByRole('listitem');
  const remove = page.getByRole('button', { name: /^Remove / }).first();
  await expect(remove).toBeVisible();
  const before = await items.count();
  await remove.click();
  const ask = page.getByRole('dialog', { name: /^Remove “/ });
  await screenshot(page, 'unsaved-agenda-remove');
  await ask.getByRole('button', { name: 'Keep it' }).click();
  await expect(items).toHaveCount(before);
  await remove.click();
  await ask.getByRole('button', { name: 'Remove the item' }).click();
  await expect(items).toHaveCount(before - 1);
});

test('platform: no adoption while a rights finding still says Needs discussion', async ({
  page,
  harness,
}) => {
  await apiOk(harness, 'sample.open');
  await page.goto('/#/platform');
  await page.getByRole('link', { name: 'Apprenticeships at a living wage' }).click();
  await page.getByRole('button', { name: 'Mark ready for a vote' }).click();
  const adoption = page.getByRole('region', { name: 'Adoption vote' });
  await expect(adoption).toContainText('still says “Needs discussion”');
  await expect(adoption.getByRole('button', { name: 'Put to adoption vote' })).toHaveCount(0);
  await screenshot(page, 'platform-needs-discussion');
});

test('platform: removing a policy area asks first', async ({ page, harness }) => {
  await seedChapter(harness);
  await apiOk(harness, 'platform.addArea', { name: 'Transit', description: '' });
  await page.goto('/#/platform');
  await page.getByText('Edit policy areas').click();
  const area = page.getByRole('form', { name: 'Area Transit' });
  await area.getByRole('button', { name: 'Remove' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove the area “Transit”?' });
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  await expect(area).toBeVisible();
  await area.getByRole('button', { name: 'Remove' }).click();
  await dialog.getByRole('button', { name: 'Remove the area' }).click();
  await expect(page.getByText('Area removed.')).toBeVisible();
  await expect(area).toBeHidden();
});

test('members and votes: a search box filters the list', async ({ page, harness }) => {
  await apiOk(harness, 'sample.open');
  await page.goto('/#/members');
  const members = page.getByRole('table', { name: 'Members' });
  await expect(members.getByRole('row', { name: /Amara Okafor/ })).toBeVisible();
  await page.getByLabel('Search members').fill('amara');
  await expect(members.getByRole('row', { name: /Amara Okafor/ })).toBeVisible();
  await expect(members.getByRole('row')).toHaveCount(2);
  await page.getByLabel('Search members').fill('nobody by this name');
  await expect(page.getByText('No members to show.')).toBeVisible();

  await page.goto('/#/votes');
  const votes = page.getByRole('table', { name: 'Votes, newest first' });
  await expect(votes.getByRole('row').nth(2)).toBeVisible();
  const all = await votes.getByRole('row').count();
  await expect(votes).not.toContainText('(irv)');
  await page.getByLabel('Search votes').fill('zzz-no-such-vote');
  await expect(page.getByText('No votes match the search.')).toBeVisible();
  await page.getByLabel('Search votes').fill('');
  await expect(votes.getByRole('row')).toHaveCount(all);
  await screenshot(page, 'votes-search');
});
