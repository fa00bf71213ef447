import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, type Harness } from './fixtures';
import { addMemberViaApi, screenshot, seedChapter } from './helpers';

const MEMBERS = ['Ann Lee', 'Bo Diaz', 'Cy Park', 'Di Roy', 'Ed Fox', 'Flo Kim'];

async function ok<T>(harness: Harness, channel: string, input?: unknown): Promise<T> {
  const r = await harness.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as T;
}

async function expectNoSeriousViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** Counts and certifies a vote through the API (the vote screens have their own tests). */
async function certify(harness: Harness, id: string, yes: number, no: number) {
  const view = await ok<{ presence: unknown }>(harness, 'votes.get', { id });
  if (!view.presence) await ok(harness, 'votes.freezePresence', { id, present: 6 });
  await ok(harness, 'votes.recordCounts', { id, yes, no, abstain: 0 });
  await ok(harness, 'votes.certify', { id });
}

/** Two Secured Rights and one policy, reviewed and ready for a vote, with a proposed amendment. */
async function seedPlatform(harness: Harness) {
  for (const [title, text] of [
    ['Equal protection', 'Every person is equal before the law.'],
    ['Due process', 'No one loses liberty or property without fair process.'],
  ]) {
    const { voteId } = await ok<{ voteId: string }>(harness, 'platform.proposeRight', {
      change: 'adopt',
      title,
      text,
      mover: 'Ann Lee',
    });
    await certify(harness, voteId, 5, 1);
  }
  const { id: policyId } = await ok<{ id: string }>(harness, 'platform.createPolicy', {
    areaId: 'education',
    title: 'Free school meals',
    summary: 'Breakfast and lunch for every public-school pupil.',
    text: 'Every public school serves a free breakfast and lunch to every pupil.',
    sponsors: ['Ann Lee'],
  });
  await ok(harness, 'platform.transition', { policyId, to: 'rights-review' });
  await reviewAgainstEveryRight(harness, policyId);
  await ok(harness, 'platform.transition', { policyId, to: 'ready' });
  await ok(harness, 'platform.proposeAmendment', {
    policyId,
    newText: 'Every public school serves a free breakfast, lunch and summer meals to every pupil.',
    by: 'Ed Fox',
    rationale: 'Hunger does not stop in July',
  });
  return policyId;
}

/** The rights review: no conflict with any Secured Right. */
async function reviewAgainstEveryRight(harness: Harness, policyId: string) {
  const view = await ok<{ platform: { rights: { id: string }[] } }>(harness, 'platform.get');
  for (const right of view.platform.rights) {
    await ok(harness, 'platform.recordFinding', {
      policyId,
      rightId: right.id,
      finding: 'no-conflict',
      note: '',
      by: 'Cy Park',
    });
  }
}

/** On the vote page opened from a meeting: presence comes from the check-in; count and certify. */
async function countAndCertify(page: Page, yes: string, no: string) {
  await expect(page.getByText(/5 present of 6 members/)).toBeVisible();
  await page.getByLabel('Yes', { exact: true }).fill(yes);
  await page.getByLabel('No', { exact: true }).fill(no);
  await page.getByLabel('Abstain').fill('0');
  await page.getByRole('button', { name: 'Record counts' }).click();
  await page.getByRole('button', { name: 'Certify the result' }).click();
  await expect(page.getByRole('heading', { name: 'Certified result' })).toBeVisible();
  await page.getByRole('link', { name: '← Back to the meeting' }).click();
}

test('meeting: from the template to printed minutes, with queue, amendment, adoption and a point of order', async ({
  page,
  harness,
}) => {
  // A whole meeting, start to printed minutes: near a minute of steps on a loaded machine.
  test.slow();
  await seedChapter(harness);
  for (const name of MEMBERS) await addMemberViaApi(harness, name);
  const policyId = await seedPlatform(harness);

  // Create from the standard template.
  await page.goto('/#/meetings');
  await page.getByRole('button', { name: 'New meeting' }).click();
  const form = page.getByRole('form', { name: 'New meeting' });
  await form.getByLabel('Title').fill('March chapter meeting');
  await form.getByLabel('Date').fill('2026-03-05');
  await form.getByLabel('Place').fill('Public library, room B');
  await form.getByRole('button', { name: 'Create meeting' }).click();
  await expect(page.getByRole('heading', { name: 'March chapter meeting' })).toBeVisible();
  const items = page.getByRole('list', { name: 'Agenda items' }).getByRole('listitem');
  await expect(items).toHaveCount(10);

  // Link new business to the policy, and move it up one place by keyboard.
  await page.getByLabel('Item 6 link').selectOption({ label: 'Policy: Free school meals' });
  await page.getByLabel('Item 6 title').fill('Free school meals');
  await page.getByLabel('Item 6 title').press('Tab');
  await page.getByLabel('Item 6 title').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByLabel('Item 5 title')).toHaveValue('Free school meals');
  await page.getByRole('button', { name: 'Move Free school meals down' }).click();
  await expect(page.getByLabel('Item 6 title')).toHaveValue('Free school meals');
  await screenshot(page, 'meeting-agenda');
  await expectNoSeriousViolations(page);

  // The printed agenda.
  await page.getByRole('button', { name: 'Save agenda as PDF' }).click();
  await expect(page.getByText(/Saved agenda-.*\.pdf/)).toBeVisible();
  const agendaPdf = harness.saved.at(-1) ?? '';
  const agendaText = execFileSync('pdftotext', ['-layout', agendaPdf, '-'], { encoding: 'utf8' });
  expect(agendaText).toContain('Agenda — March chapter meeting');
  expect(agendaText).toMatch(/19:47–20:17\s+Free school meals/);
  expect(agendaText).toMatch(/Total\s+134/);
  mkdirSync('test-results/screens', { recursive: true });
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    agendaPdf,
    join('test-results/screens', 'agenda-pdf'),
  ]);

  // Live: check in five of six, call to order.
  await page.getByRole('button', { name: 'Run this meeting' }).click();
  for (const name of MEMBERS.slice(0, 5)) {
    const box = page.getByRole('checkbox', { name });
    await box.click();
    await expect(box).toBeChecked();
  }
  await expect(page.getByRole('status').filter({ hasText: 'Quorum' })).toContainText(
    '5 members present, 4 needed',
  );
  await page.getByLabel('Guests').fill('2');
  await page.getByRole('button', { name: 'Set guests' }).click();
  await page.getByLabel('Chair').fill('Ann Lee');
  await page.getByLabel('Secretary').fill('Bo Diaz');
  await page.getByRole('button', { name: 'Call the meeting to order' }).click();

  // One keystroke to the next item.
  await expect(page.getByRole('button', { name: /^Next item: Call to order/ })).toBeVisible();
  await page.locator('body').press('n');
  await expect(
    page.getByRole('button', { name: /^Next item: Attendance and quorum/ }),
  ).toBeVisible();
  await page.locator('body').press('n');
  await expect(
    page.getByRole('button', { name: /^Next item: Approval of the last minutes/ }),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Attendance and quorum', level: 2 }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Take up Free school meals' }).click();
  await expect(page.getByRole('heading', { name: 'Free school meals', level: 2 })).toBeVisible();

  // Speakers' queue: Cy speaks first; then Cy asks again and Di joins — Di (first time) goes ahead.
  const addSpeaker = async (name: string) => {
    const add = page.getByRole('form', { name: 'Add a speaker' });
    await add.getByLabel('Member').selectOption({ label: name });
    await add.getByRole('button', { name: 'Add to queue' }).click();
  };
  await addSpeaker('Cy Park');
  await page.getByRole('button', { name: 'Call Cy Park to speak' }).click();
  await expect(page.getByText('Speaking now: Cy Park')).toBeVisible();
  await page.getByRole('button', { name: 'Finish speaker' }).click();
  await addSpeaker('Cy Park');
  await addSpeaker('Di Roy');
  const queue = page.getByRole('list', { name: 'Queue' }).getByRole('listitem');
  await expect(queue.nth(0)).toContainText('Di Roy');
  await expect(queue.nth(0)).toContainText('first time');
  await expect(queue.nth(1)).toContainText('Cy Park');
  await expect(queue.nth(1)).toContainText('has spoken');
  await screenshot(page, 'meeting-live-queue');
  await expectNoSeriousViolations(page);

  // Point of order: violates a Secured Right; the chair rules it not well taken.
  const point = page.getByRole('form', { name: 'Raise a point' });
  await point
    .getByLabel('Kind of point')
    .selectOption({ label: 'Point of order: violates a Secured Right' });
  await point.getByLabel('Secured Right').selectOption({ label: '2. Due process' });
  await point.getByLabel('Raised by').fill('Ed Fox');
  await point.getByLabel('The point').fill('Means-testing hearings would deny due process');
  await point.getByRole('button', { name: 'Raise the point' }).click();
  await expect(queue.nth(0)).toContainText('Point of order');
  await page.getByRole('button', { name: 'Rule: not well taken' }).click();
  await expect(page.getByText('not well taken', { exact: false }).first()).toBeVisible();

  // Projector window: current item, queue, large type.
  await page.getByRole('button', { name: 'Open projector window' }).click();
  await expect.poll(() => harness.projectors.length).toBe(1);
  const projector = harness.projectors[0]!;
  await expect(projector.getByRole('heading', { name: 'Free school meals' })).toBeVisible();
  await expect(projector.getByText('Next to speak')).toBeVisible();

  // The amendment, voted by a majority.
  const motion = page.getByRole('form', { name: 'Make a motion' });
  await motion
    .getByLabel('Motion', { exact: true })
    .selectOption({ label: 'Amendment by Ed Fox to “Free school meals”' });
  await motion.getByLabel('Moved by').fill('Ed Fox');
  await motion.getByLabel('Seconded by').fill('Flo Kim');
  await motion.getByRole('button', { name: 'Open the vote' }).click();
  await expect(page.getByRole('heading', { name: 'Amend "Free school meals"' })).toBeVisible();
  await countAndCertify(page, '4', '1');
  await expect(page.getByText(/Adopted: 4 yes, 1 no/).first()).toBeVisible();
  await expect(page.getByText('Amendment by Ed Fox').first()).toBeHidden();
  // The amended text was never reviewed: the review committee reviews it again before adoption.
  await reviewAgainstEveryRight(harness, policyId);

  // Adoption by two-thirds.
  await motion
    .getByLabel('Motion', { exact: true })
    .selectOption({ label: 'Adopt the policy “Free school meals”' });
  await expect(motion.getByLabel('Threshold')).toHaveValue('two-thirds-cast');
  await motion.getByLabel('Moved by').fill('Ann Lee');
  await motion.getByRole('button', { name: 'Open the vote' }).click();
  await expect(projector.getByText('Motion on the floor')).toBeVisible();
  await countAndCertify(page, '4', '1');
  await expect(page.getByText(/Adopted: 4 yes, 1 no/)).toHaveCount(2);
  await expect(projector.getByText('Last result')).toBeVisible();
  await screenshot(projector, 'meeting-projector');
  await expectNoSeriousViolations(projector);

  await page.getByLabel('Note for this item').fill('Flo Kim will write to the school board.');
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByText('Flo Kim will write to the school board.')).toBeVisible();
  await page.getByRole('button', { name: 'Adjourn the meeting…' }).click();
  await page
    .getByRole('dialog', { name: 'Adjourn the meeting?' })
    .getByRole('button', { name: 'Adjourn now' })
    .click();
  await expect(page.getByText('The meeting is adjourned.')).toBeVisible();

  // Minutes: generated, printed, exported.
  await page.getByRole('button', { name: 'Minutes' }).click();
  await expect(
    page.getByRole('heading', { name: 'Minutes — March chapter meeting', level: 1 }),
  ).toBeVisible();
  await expect(page.getByText(/Point of order/).first()).toBeVisible();
  await screenshot(page, 'meeting-minutes');
  await expectNoSeriousViolations(page);
  await page.getByRole('button', { name: 'Save minutes as PDF' }).click();
  await expect(page.getByText(/Saved minutes-.*\.pdf/)).toBeVisible();
  const pdf = harness.saved.at(-1) ?? '';
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('Minutes — March chapter meeting');
  expect(text).toContain('Members present (5)');
  expect(text).toMatch(/Adopted: 4 yes, 1 no/);
  expect(text).toContain('violates Secured Right 2 (Due process)');
  expect(text).toContain('Flo Kim will write to the school board.');
  mkdirSync('test-results/screens', { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join('test-results/screens', 'minutes-pdf')]);
  await page.getByRole('button', { name: 'Export Markdown' }).click();
  await expect(page.getByText(/Saved minutes-.*\.md/)).toBeVisible();

  // The policy is adopted and the platform has a new version.
  await page.goto('/#/platform');
  await expect(page.getByRole('row', { name: /^Free school meals/ })).toContainText('Adopted');
  await expect(page.getByRole('cell', { name: 'Policy adopted: Free school meals' })).toBeVisible();
});

test('meeting: the item and speaker countdowns warn on overrun; the agenda reorders by drag', async ({
  page,
  harness,
}) => {
  await seedChapter(harness);
  for (const name of MEMBERS.slice(0, 3)) await addMemberViaApi(harness, name);
  const { id } = await ok<{ id: string }>(harness, 'meetings.create', {
    title: 'Short meeting',
    date: '2026-03-05',
    startTime: '19:00',
    place: '',
    county: null,
    template: 'standard',
  });

  // Drag "Reports" (4th) onto "Call to order" (1st), both on screen.
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.goto(`/#/meetings/${id}`);
  await expect(page.getByLabel('Item 4 title')).toHaveValue('Reports');
  await page
    .getByRole('listitem')
    .filter({ has: page.getByLabel('Item 4 title') })
    .locator('.drag-handle')
    .dragTo(
      page
        .getByRole('listitem')
        .filter({ has: page.getByLabel('Item 1 title') })
        .locator('.drag-handle'),
    );
  await expect(page.getByLabel('Item 1 title')).toHaveValue('Reports');
  await expect(page.getByLabel('Item 2 title')).toHaveValue('Call to order');

  // Time is the page's fake clock: start the meeting, then jump three minutes ahead.
  await page.clock.install({ time: new Date() });
  const view = await ok<{ meeting: { agenda: { id: string; title: string }[] } }>(
    harness,
    'meetings.get',
    { id },
  );
  const call = view.meeting.agenda.find((a) => a.title === 'Call to order')!;
  await ok(harness, 'meetings.event', { id, event: { type: 'meeting-started' } });
  await ok(harness, 'meetings.event', { id, event: { type: 'item-started', itemId: call.id } });
  await ok(harness, 'meetings.event', {
    id,
    event: { type: 'speaker-added', speakerId: 'guest:pat', name: 'Pat Guest' },
  });
  await page.goto(`/#/meetings/${id}/live`);
  await page.getByRole('button', { name: 'Call Pat Guest to speak' }).click();
  await expect(page.getByText('Speaking now: Pat Guest')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.clock.fastForward('03:00');
  await expect(page.getByRole('alert')).toContainText('Over time by');
  await expect(page.getByLabel('Time left on this item')).toHaveText(/^−/);
  await expect(page.getByLabel('Speaker time left')).toHaveText(/^−/);
});
