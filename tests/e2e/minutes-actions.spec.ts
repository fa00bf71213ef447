/**
 * Minutes: action items stay on the live screen once added and are carried, while open, to the
 * next meetings' old business (agenda page, printed agenda, live screen) until reported done;
 * the chair and secretary come filled in from the members with those roles; an adjournment
 * without its agenda item is not "not taken up"; the approved minutes print their approval date.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { localToday } from '../../src/shared/dates';
import { test, expect } from './fixtures';
import { addMemberViaApi, apiOk, screenshot, seedChapter } from './helpers';

const pdfText = (path: string) =>
  execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');

function look(path: string, name: string) {
  mkdirSync('test-results/screens', { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', path, `test-results/screens/${name}`]);
}

test('minutes: action items carried to old business, officers filled in, adjournment and approval date', async ({
  page,
  harness,
}) => {
  await seedChapter(harness);
  await addMemberViaApi(harness, 'Ann Lee', ['chair']);
  await addMemberViaApi(harness, 'Bo Diaz', ['secretary']);
  await addMemberViaApi(harness, 'Cy Park');
  const create = (title: string, date: string) =>
    apiOk<{ id: string }>(harness, 'meetings.create', {
      title,
      date,
      startTime: '19:00',
      place: 'Library',
      county: null,
      template: 'standard',
    });
  const { id: march } = await create('March meeting', '2026-03-05');

  // March, live: the officers are filled in from the members' roles.
  await page.goto(`/#/meetings/${march}/live`);
  for (const name of ['Ann Lee', 'Bo Diaz', 'Cy Park']) {
    const box = page.getByRole('checkbox', { name });
    await box.click();
    await expect(box).toBeChecked();
  }
  await expect(page.getByLabel('Chair')).toHaveValue('Ann Lee');
  await expect(page.getByLabel('Secretary')).toHaveValue('Bo Diaz');
  await page.getByRole('button', { name: 'Call the meeting to order' }).click();

  // An action item added is listed at once, not gone.
  const addAction = page.getByRole('form', { name: 'Add an action item' });
  const recorded = page.getByRole('list', { name: 'Action items recorded at this meeting' });
  for (const [what, who] of [
    ['Book the hall for May', 'Ann Lee'],
    ['Print 200 flyers', 'Bo Diaz'],
  ] as const) {
    await addAction.getByLabel('Action item').fill(what);
    await addAction.getByLabel('Who').fill(who);
    await addAction.getByRole('button', { name: 'Add action' }).click();
    await expect(recorded).toContainText(`${what} — ${who}`);
  }
  await screenshot(page, 'minutes-actions-live');
  await page.getByRole('button', { name: 'Adjourn the meeting…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Adjourn now' }).click();
  await expect(page.getByText('The meeting is adjourned.')).toBeVisible();

  await page.getByRole('button', { name: 'Minutes' }).click();
  const minutes = page.locator('main');
  await expect(minutes).toContainText(/Adjournment — the meeting adjourned at \d\d:\d\d/);
  await expect(minutes).not.toContainText('Adjournment — not taken up');
  await expect(minutes).toContainText('by Ann Lee, chair. Secretary: Bo Diaz.');

  // April: the open action items are old business, on screen and on the printed agenda.
  const { id: april } = await create('April meeting', '2026-04-02');
  await page.goto(`/#/meetings/${april}`);
  const carried = page.getByRole('list', { name: 'Open action items from earlier meetings' });
  await expect(carried).toContainText('Book the hall for May — Ann Lee');
  await expect(carried).toContainText('Print 200 flyers — Bo Diaz');
  await expect(carried).toContainText('(from March meeting, 2026-03-05)');
  await screenshot(page, 'minutes-actions-agenda');
  await page.getByRole('button', { name: 'Save agenda as PDF' }).click();
  await expect(page.getByText(/Saved .*\.pdf/)).toBeVisible();
  const agenda = harness.saved.at(-1) ?? '';
  expect(pdfText(agenda)).toContain('Book the hall for May — Ann Lee (from March meeting,');
  look(agenda, 'minutes-actions-agenda-pdf');

  // April, live: old business reports one done; the March minutes are approved.
  await page.getByRole('button', { name: 'Run this meeting' }).click();
  for (const name of ['Ann Lee', 'Bo Diaz']) {
    const box = page.getByRole('checkbox', { name });
    await box.click();
    await expect(box).toBeChecked();
  }
  await page.getByRole('button', { name: 'Call the meeting to order' }).click();
  await page.getByRole('button', { name: 'Take up Old business' }).click();
  await expect(page.getByRole('heading', { name: 'Old business', level: 2 })).toBeVisible();
  await page.getByRole('button', { name: 'Mark “Book the hall for May” done' }).click();
  await expect(carried.getByRole('listitem').filter({ hasText: 'Book the hall' })).toContainText(
    'done',
  );
  await expect(
    page.getByRole('button', { name: 'Undo: “Book the hall for May” marked done' }),
  ).toBeVisible();
  const { voteId } = await apiOk<{ voteId: string }>(harness, 'meetings.motion', {
    meetingId: april,
    text: 'That the minutes of the March meeting be approved.',
    mover: 'Cy Park',
    threshold: 'majority-cast',
    subject: { type: 'minutes-approval', meetingId: march },
  });
  await apiOk(harness, 'votes.freezePresence', { id: voteId, present: 2 });
  await apiOk(harness, 'votes.recordCounts', { id: voteId, yes: 2, no: 0, abstain: 0 });
  await apiOk(harness, 'votes.certify', { id: voteId });
  await apiOk(harness, 'meetings.event', { id: april, event: { type: 'meeting-adjourned' } });
  const aprilMinutes = await apiOk<{ markdown: string }>(harness, 'meetings.minutesMarkdown', {
    id: april,
  });
  expect(aprilMinutes.markdown).toContain('- Action item done: Book the hall for May — Ann Lee');

  // The approved March minutes print the day the approving vote was certified.
  await apiOk(harness, 'print.save', { document: 'meeting-minutes', params: { id: march } });
  const printed = harness.saved.at(-1) ?? '';
  const text = pdfText(printed);
  expect(text).toContain(`Date approved: ${localToday()}`);
  expect(text).toMatch(/Adjournment — the meeting adjourned at/);
  look(printed, 'minutes-actions-approved-pdf');

  // May carries only what is still open.
  const { id: may } = await create('May meeting', '2026-05-07');
  await page.goto(`/#/meetings/${may}`);
  await expect(carried.getByRole('listitem')).toHaveCount(1);
  await expect(carried).toContainText('Print 200 flyers — Bo Diaz');
});
