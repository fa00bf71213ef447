/**
 * Every kind of vote starts from the live meeting: an election and an endorsement, with the
 * check-in as their presence; the projector follows what is on the floor; the minutes record
 * the election under its item with who was elected.
 */
import { test, expect } from './fixtures';
import { addMemberViaApi, apiOk, screenshot, seedChapter } from './helpers';

type Vote = { presence: { present: number } | null; definition: { link: Record<string, string> } };

test('live meeting: an election and an endorsement from the floor, on the projector and in the minutes', async ({
  page,
  harness,
}) => {
  await seedChapter(harness);
  for (const name of ['Ann Lee', 'Bo Diaz', 'Cy Park', 'Di Roy'])
    await addMemberViaApi(harness, name);
  const members = await apiOk<{ id: string }[]>(harness, 'members.list');
  const { id } = await apiOk<{ id: string }>(harness, 'meetings.create', {
    title: 'Annual meeting',
    date: '2026-06-04',
    startTime: '19:00',
    place: 'Library',
    county: null,
    template: 'standard',
  });
  const event = (e: unknown) => apiOk(harness, 'meetings.event', { id, event: e });
  for (const m of members.slice(0, 3)) await event({ type: 'member-checked-in', memberId: m.id });
  await event({ type: 'guests-set', count: 2 });
  await event({ type: 'meeting-started' });
  const view = await apiOk<{ meeting: { agenda: { id: string; title: string }[] } }>(
    harness,
    'meetings.get',
    { id },
  );
  const item = view.meeting.agenda.find((a) => a.title === 'New business')!;
  await event({ type: 'item-started', itemId: item.id });
  const rosa = await apiOk<{ id: string }>(harness, 'candidates.add', {
    name: 'Rosa Lind',
    office: 'City Council',
    jurisdiction: { kind: 'district', name: 'District 4' },
    electionDate: '2026-11-03',
    contact: {},
  });
  await apiOk(harness, 'candidates.setStatus', { id: rosa.id, to: 'interviewed', reason: '' });

  // An election from the item on the floor: no presence to retype.
  await page.goto(`/#/meetings/${id}/live`);
  await page.getByRole('button', { name: 'New election…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New election at this meeting' });
  await dialog.getByLabel('Title').fill('Chair');
  await dialog.getByLabel('Candidates, one per line').fill('Ann Lee\nBo Diaz');
  await dialog.getByRole('button', { name: 'Open the vote' }).click();
  await expect(page).toHaveURL(/#\/votes\//);
  const voteId = page.url().split('/').at(-1)!;
  const vote = await apiOk<Vote>(harness, 'votes.get', { id: voteId });
  expect(vote.presence?.present).toBe(3);
  expect(vote.definition.link).toMatchObject({ meetingId: id, itemId: item.id });

  // The projector follows the floor: the election, not an earlier motion.
  await page.goto(`/#/projector/meeting/${id}`);
  await expect(page.getByText('Election on the floor')).toBeVisible();
  await expect(page.locator('.projector-motion')).toHaveText('Chair');
  await screenshot(page, 'projector-election-on-floor');

  for (const text of ['1', '1 2', '2 1']) {
    await apiOk(harness, 'votes.enterBallot', { id: voteId, teller: 1, text });
    await apiOk(harness, 'votes.enterBallot', { id: voteId, teller: 2, text });
  }
  await apiOk(harness, 'votes.reconcile', { id: voteId, issued: 3, spoiled: 0 });
  await apiOk(harness, 'votes.certify', { id: voteId, expectedBallots: 3 });
  await expect(page.getByText('Election: Chair')).toBeVisible();
  await expect(page.getByText('Election on the floor')).toBeHidden();

  // An endorsement moved from the floor: the candidate's vote, linked to the meeting.
  await page.goto(`/#/meetings/${id}/live`);
  await page
    .getByLabel('Motion', { exact: true })
    .selectOption({ label: 'Endorse Rosa Lind (City Council)' });
  await expect(page.getByLabel('Motion text')).toHaveValue(/endorse Rosa Lind/);
  await page.getByLabel('Moved by').fill('Bo Diaz');
  await page.getByRole('button', { name: 'Open the vote' }).click();
  await expect(page).toHaveURL(/#\/votes\//);
  const endorse = await apiOk<Vote>(harness, 'votes.get', { id: page.url().split('/').at(-1)! });
  expect(endorse.presence?.present).toBe(3);
  expect(endorse.definition.link).toMatchObject({ meetingId: id, candidateId: rosa.id });
  await page.goto(`/#/projector/meeting/${id}`);
  await expect(page.getByText('Motion on the floor')).toBeVisible();
  await expect(page.locator('.projector-motion')).toContainText('endorse Rosa Lind');

  // The minutes: the election under its item, with who was elected.
  const { markdown } = await apiOk<{ markdown: string }>(harness, 'meetings.minutesMarkdown', {
    id,
  });
  const section = markdown.split('### ').find((s) => s.includes('New business'))!;
  expect(section).toContain('- **Election**: Chair');
  expect(section).toContain('  - Elected: Ann Lee');
  expect(section).toContain('endorse Rosa Lind');
  await page.goto(`/#/meetings/${id}/minutes`);
  await expect(page.getByText('Elected: Ann Lee').first()).toBeVisible();
  await screenshot(page, 'minutes-election');
});
