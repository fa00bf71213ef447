import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { addMemberViaApi, screenshot, seedChapter } from './helpers';
import { seedPlatform } from '../unit/candidates-app/platformSeed';

const MEMBERS = ['Ann Lee', 'Bo Diaz', 'Cy Park', 'Di Roy', 'Ed Fox'];

async function expectNoSeriousViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** Renders each page to test-results/screens/<name>-N.png (the folder may have been swept). */
function toPng(path: string, name: string): void {
  mkdirSync('test-results/screens', { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', path, `test-results/screens/${name}`]);
}

function pdf(path: string) {
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return {
    text,
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    size: /Page size:\s+([^\n]+)/.exec(info)?.[1] ?? '',
  };
}

async function addCandidate(page: Page, name: string, district: string): Promise<void> {
  await page.goto('/#/candidates');
  await page.getByRole('button', { name: 'Add candidate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add candidate' });
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await dialog.getByLabel('Office sought or held').fill('City Council');
  await dialog.getByLabel('District or place').fill(district);
  await dialog.getByLabel('Election date (optional)').fill('2026-11-03');
  await dialog.getByLabel('Email').fill(`${name.split(' ')[0]!.toLowerCase()}@example.org`);
  await dialog.getByRole('button', { name: 'Add candidate' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  // The date as people read it, not as stored.
  await expect(page.getByText('City Council, ' + district + ' · election 11/3/2026')).toBeVisible();
}

async function scoreAs(page: Page, panelist: string, scores: Record<number, [string, string]>) {
  const panel = page.locator('.interview').last();
  await panel.getByLabel('Scoring as').selectOption({ label: panelist });
  const form = panel.getByRole('form', { name: `Scores by ${panelist}` });
  for (const [n, [score, note]] of Object.entries(scores)) {
    await form.getByLabel(`Score for question ${n}`, { exact: true }).selectOption(score);
    await form.getByLabel(`Note for question ${n}`, { exact: true }).fill(note);
  }
  await form.getByRole('button', { name: `Save ${panelist}’s scores` }).click();
  await expect(
    page.getByText(`Saved ${Object.keys(scores).length} scores by ${panelist}.`),
  ).toBeVisible();
}

async function countVote(page: Page, yes: string, no: string): Promise<void> {
  await page.getByLabel('Members present now').fill('5');
  await page.getByRole('button', { name: 'Freeze presence' }).click();
  await page.getByLabel('Yes', { exact: true }).fill(yes);
  await page.getByLabel('No', { exact: true }).fill(no);
  await page.getByLabel('Abstain').fill('0');
  await page.getByRole('button', { name: 'Record counts' }).click();
  await page.getByRole('button', { name: 'Certify the result' }).click();
  await expect(page.getByRole('heading', { name: 'Certified result' })).toBeVisible();
}

test('candidates: questionnaire from six policies, two interviewed by a panel of three, comparison printed, endorsed by vote, five key votes, a recall motion on the next agenda', async ({
  page,
  harness,
}) => {
  test.setTimeout(240_000);
  await seedChapter(harness);
  for (const name of MEMBERS) await addMemberViaApi(harness, name);
  // The platform is built through the platform's own channels: two Secured Rights, six policies.
  await seedPlatform(harness.dispatch);

  // --- Questionnaire from the adopted platform -----------------------------------------------
  await page.goto('/#/candidates');
  await expect(page.getByRole('heading', { level: 1, name: 'Candidates' })).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.getByRole('link', { name: 'New questionnaire' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New questionnaire' })).toBeVisible();
  await page.getByLabel('Weight of Solar on public buildings').selectOption('core');
  await page.getByLabel('Weight of Parole reform').selectOption('minor');
  await page.getByLabel('Living wage must match').check();
  await page.getByLabel('Word limit per answer').fill('100');
  await page.getByLabel('Question type').selectOption({ label: 'Your record' });
  await page.getByLabel('Policy area').selectOption({ label: 'Career and economy' });
  await page
    .getByLabel('Question text')
    .fill('Cite a vote you cast or an action you took for working people.');
  await page.getByRole('button', { name: 'Add this question' }).click();
  await expectNoSeriousViolations(page);
  await screenshot(page, 'candidates-questionnaire-builder');
  await page.getByRole('button', { name: 'Create questionnaire' }).click();
  await expect(page.getByText(/Pinned to platform version \d+ · 9 questions/)).toBeVisible();
  const questionnaireUrl = page.url();
  await expectNoSeriousViolations(page);

  // --- Two candidates -------------------------------------------------------------------------
  await addCandidate(page, 'Rosa Vega', 'District 4');
  const rosaUrl = page.url();
  await expectNoSeriousViolations(page);
  await addCandidate(page, 'Tom Reed', 'District 4');
  const tomUrl = page.url();

  // Rosa's answers, typed in from her paper form.
  await page.goto(rosaUrl);
  await page.getByRole('button', { name: 'Enter answers from paper' }).click();
  const answers = page.getByRole('form', { name: 'Answers' });
  await answers.getByRole('radiogroup', { name: 'Question 1 answer' }).getByLabel('Yes').check();
  await answers.getByRole('radiogroup', { name: 'Question 2 answer' }).getByLabel('Yes').check();
  const scale: [number, string][] = [
    [3, 'Strongly support'],
    [4, 'Strongly support'],
    [5, 'Support'],
    [6, 'Strongly support'],
    [7, 'Neutral'],
    [8, 'Support'],
  ];
  for (const [n, label] of scale)
    await answers
      .getByRole('radiogroup', { name: `Question ${n} answer` })
      .getByLabel(label, { exact: true })
      .check();
  await answers
    .getByLabel('Question 9 answer text')
    .fill('I voted for the 2025 wage ordinance and walked the picket line.');
  await answers.getByRole('button', { name: 'Save answers' }).click();
  await expect(page.getByText('Answers saved.')).toBeVisible();
  await expect(page.locator('.alignment-figures')).toContainText('answered 100%');

  // Tom's answers come back on the Markdown form: a bad form first, then the good one.
  await page.goto(questionnaireUrl);
  await page.getByLabel('Candidate', { exact: true }).selectOption({ label: 'Tom Reed' });
  await page.getByRole('button', { name: 'Save fill-in form (Markdown)' }).click();
  await expect(page.getByText(/Saved questionnaire-tom-reed\.md/)).toBeVisible();
  const form = await readFile(harness.saved.at(-1)!, 'utf8');
  // Both Secured Right pledges: yes.
  let filled = form.replaceAll('- [ ] Yes\n', '- [x] Yes\n');
  for (const [title, label] of [
    ['Solar', 'Support'],
    ['Free school', 'Strongly support'],
    ['Living wage', 'Oppose'],
    ['Diplomacy', 'Support'],
  ] as const) {
    filled = filled.replace(
      new RegExp(`(${title}[\\s\\S]*?)- \\[ \\] ${label}\\n`),
      `$1- [x] ${label}\n`,
    );
  }
  const broken = filled.replace('- [ ] Neutral', '- [x] Maybe');
  const brokenLine = broken.split('\n').findIndex((l) => l === '- [x] Maybe') + 1;
  await page.getByLabel('Filled-in form to import (Markdown)').setInputFiles({
    name: 'tom.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(broken),
  });
  await expect(page.getByRole('alert')).toContainText('Nothing was changed');
  await expect(page.getByRole('list', { name: 'Problems in the form' })).toContainText(
    `Line ${brokenLine}: "Maybe" is not one of`,
  );
  await writeFile(`${harness.saveDir}/tom-filled.md`, filled);
  await page
    .getByLabel('Filled-in form to import (Markdown)')
    .setInputFiles(`${harness.saveDir}/tom-filled.md`);
  await expect(
    page.getByText(/Imported the answers of Tom Reed: 6 of 9 questions answered/),
  ).toBeVisible();
  await screenshot(page, 'candidates-questionnaire-import');
  await page.getByRole('button', { name: 'Save questionnaire as PDF' }).click();
  await expect(page.getByText(/Saved candidate-questionnaire-.*\.pdf/)).toBeVisible();
  const paper = pdf(harness.saved.at(-1)!);
  expect(paper.size).toContain('612 x 792');
  expect(paper.text).toContain('Tom Reed');
  expect(paper.text).toContain('Free expression');
  expect(paper.text).toContain('Strongly support');
  expect(paper.text).toContain(`Page 1 of ${paper.pages}`);
  toPng(harness.saved.at(-1)!, 'candidates-questionnaire-pdf');

  // --- Interviews by a panel of three ----------------------------------------------------------
  for (const [url, name] of [
    [rosaUrl, 'Rosa'],
    [tomUrl, 'Tom'],
  ] as const) {
    await page.goto(url);
    const setup = page.getByRole('form', { name: 'Interview panel' });
    for (const m of ['Ann Lee', 'Bo Diaz', 'Cy Park']) await setup.getByLabel(m).check();
    await setup.getByRole('button', { name: 'Save panel' }).click();
    await expect(page.getByText('The panel of 3 is set.')).toBeVisible();
    if (name === 'Rosa') {
      // Coming back to the page, the form shows the panel already set, not an empty one.
      await page.reload();
      await expect(setup.getByLabel('Bo Diaz')).toBeChecked();
      await expect(setup.getByLabel('Di Roy')).not.toBeChecked();
    }
    const record = name === 'Rosa' ? ['2', '2', '0'] : ['1', '1', '1'];
    await scoreAs(page, 'Ann Lee', { 3: ['2', 'Clear yes'], 9: [record[0]!, 'Strong record'] });
    await scoreAs(page, 'Bo Diaz', { 3: ['2', ''], 9: [record[1]!, 'Good'] });
    await scoreAs(page, 'Cy Park', {
      3: ['1', 'Hedged on timing'],
      9: [record[2]!, 'No vote cited'],
    });
  }
  await page.goto(rosaUrl);
  const panelTable = page.locator('.panel-table');
  await expect(panelTable.getByRole('row', { name: /^9 Cite a vote/ })).toContainText('1.33');
  await expect(panelTable.getByRole('row', { name: /^9 Cite a vote/ })).toContainText(
    'Disagreement',
  );
  await expect(page.getByText('The panel disagrees on 1 answer')).toBeVisible();
  // Dates as people read them: the interview was set for today.
  const today = new Date().toLocaleDateString('en-US');
  await expect(page.locator('.interview h3').first()).toContainText(`interviewed ${today} by`);
  await expectNoSeriousViolations(page);
  await screenshot(page, 'candidates-interview');

  // --- Side by side, printed landscape ---------------------------------------------------------
  await page.goto('/#/candidates/compare');
  await page.getByRole('button', { name: 'Show the comparison' }).click();
  const table = page.locator('table.comparison');
  await expect(table.getByRole('columnheader', { name: 'Rosa Vega' })).toBeVisible();
  await expect(table.getByRole('row', { name: /Must-match failures/ })).toContainText(
    'Living wage',
  );
  await expectNoSeriousViolations(page);
  await screenshot(page, 'candidates-comparison');
  await page.getByRole('button', { name: 'Save as PDF (landscape)' }).click();
  await expect(page.getByText(/Saved candidate-comparison-.*\.pdf/)).toBeVisible();
  const cmp = pdf(harness.saved.at(-1)!);
  expect(cmp.size).toContain('792 x 612');
  for (const text of [
    'Rosa Vega',
    'Tom Reed',
    'Secured Rights',
    'Climate',
    'Must-match failures',
    'Alignment',
  ])
    expect(cmp.text).toContain(text);
  expect(cmp.text).toContain(`Page 1 of ${cmp.pages}`);
  toPng(harness.saved.at(-1)!, 'candidates-comparison-pdf');

  // --- Endorsement by vote ---------------------------------------------------------------------
  await page.goto(rosaUrl);
  await page.getByLabel('Change status to').selectOption({ label: 'Interviewed' });
  await page.getByRole('button', { name: 'Change status' }).click();
  await expect(page.locator('.status-pill')).toHaveText('Interviewed');
  const endorse = page.getByRole('form', { name: 'Endorsement vote' });
  await expect(endorse).toContainText('Two-thirds of votes cast');
  await endorse.getByRole('button', { name: 'Open the endorsement vote' }).click();
  await page.getByRole('link', { name: 'Endorse Rosa Vega' }).click();
  await expect(page.getByRole('heading', { name: 'Endorse Rosa Vega' })).toBeVisible();
  await countVote(page, '4', '1');
  await page.goto(rosaUrl);
  await expect(page.locator('.status-pill')).toHaveText('Endorsed');
  await expect(page.getByText(/Endorsed \d.*Adopted: 4 yes, 1 no/)).toBeVisible();

  // --- Five key votes --------------------------------------------------------------------------
  await page.goto('/#/candidates/key-votes');
  const keyVotes: [string, string, string, string | null, 'yes' | 'no', string][] = [
    [
      'Ord. 2027-1',
      'Solar on city buildings',
      '2027-02-03',
      'Solar on public buildings',
      'yes',
      'No',
    ],
    ['Ord. 2027-2', 'School meals funding', '2027-03-03', 'Free school meals', 'yes', 'Yes'],
    ['Ord. 2027-3', 'Clinic zoning', '2027-04-07', 'Community clinics', 'yes', 'Yes'],
    ['Ord. 2027-4', 'Jail expansion', '2027-05-05', 'Parole reform', 'no', 'No'],
    ['Ord. 2027-5', 'Wage floor', '2027-06-02', 'Living wage', 'yes', 'Absent'],
  ];
  for (const [bill, title, date, policy, position] of keyVotes) {
    const f = page.getByRole('form', { name: 'Record a key vote in advance' });
    await f.getByLabel('Body').fill('Lakeside City Council');
    await f.getByLabel('Bill or measure').fill(bill);
    await f.getByLabel('Bill title').fill(title);
    await f.getByLabel('Vote date').fill(date);
    if (policy) await f.getByLabel('Linked policy').selectOption({ label: policy });
    await f.getByLabel('Chapter’s position').selectOption(position);
    await f.getByLabel('Rationale').fill(`Our platform: ${policy ?? 'general'}.`);
    await f.getByRole('button', { name: 'Record key vote' }).click();
    await expect(page.getByText(`Key vote ${bill} recorded.`)).toBeVisible();
  }
  await expectNoSeriousViolations(page);
  for (const [bill, , , , , vote] of keyVotes) {
    const card = page.getByRole('region', { name: `Key vote ${bill}` });
    await card
      .getByLabel(`Vote of Rosa Vega on ${bill}`, { exact: true })
      .selectOption({ label: vote });
    const note = vote === 'Absent' ? 'Missed the session (council minutes)' : '';
    await card.getByLabel(`Note on the vote of Rosa Vega on ${bill}`).fill(note);
    await card.getByRole('button', { name: `Record the vote of Rosa Vega on ${bill}` }).click();
    await expect(
      card
        .getByRole('row', { name: /Rosa Vega/ })
        .getByRole('cell')
        .first(),
    ).toHaveText(note ? `${vote} — ${note}` : vote);
  }
  const letterCard = page.getByRole('region', { name: 'Key vote Ord. 2027-1' });
  await expect(letterCard).toContainText('Lakeside City Council · 2/3/2027 · chapter’s position');
  await screenshot(page, 'candidates-key-votes');
  await letterCard
    .getByRole('button', { name: 'Save the key-vote letter to Rosa Vega as PDF' })
    .click();
  await expect(page.getByText(/Saved key-vote-letter-.*\.pdf/)).toBeVisible();
  const letter = pdf(harness.saved.at(-1)!);
  expect(letter.text).toContain('Ord. 2027-1');
  expect(letter.text).toMatch(/vote\s+YES/);
  toPng(harness.saved.at(-1)!, 'candidates-key-vote-letter');

  // --- Scorecard, triggers, and the motion on the next agenda ----------------------------------
  await page.goto(rosaUrl);
  const acc = page.getByRole('region', { name: 'Accountability: key votes and scorecard' });
  await expect(acc.getByRole('row', { name: /^Lifetime/ })).toContainText('60%');
  const triggers = acc.getByRole('list', { name: 'Triggers met' });
  await expect(triggers).toContainText('Below the bar');
  await expect(triggers).toContainText('Misaligned vote on Ord. 2027-1 (2/3/2027)');
  await expect(acc.getByRole('row', { name: /Ord\. 2027-1/ })).toContainText('2/3/2027');
  await expect(acc.locator('.drafted-motion')).toContainText(
    'That the chapter place its endorsement of Rosa Vega',
  );
  await acc.getByRole('button', { name: 'Place the motion on the next meeting’s agenda' }).click();
  await expect(page.getByText('The motion is on the next meeting’s agenda')).toBeVisible();
  await expect(acc).toContainText('On the agenda of the next meeting');
  await expectNoSeriousViolations(page);
  await screenshot(page, 'candidates-accountability');

  const meetings = await harness.dispatch('meetings.list', undefined);
  expect(meetings.ok).toBe(true);
  const next = (meetings as { ok: true; value: { id: string }[] }).value[0]!;
  const meeting = (await harness.dispatch('meetings.get', { id: next.id })) as {
    ok: true;
    value: { meeting: { agenda: { title: string; description: string }[] } };
  };
  const item = meeting.value.meeting.agenda.find((i) =>
    i.title.startsWith('Accountability: Rosa Vega'),
  );
  expect(item?.title).toBe('Accountability: Rosa Vega — review of endorsement');
  expect(item?.description).toContain("below the chapter's bar of 80%");

  // The one-page report card.
  await page.getByRole('button', { name: 'Save report card as PDF' }).click();
  await expect(page.getByText('Saved the report card as PDF.')).toBeVisible();
  const card = pdf(harness.saved.at(-1)!);
  expect(card.pages).toBe(1);
  expect(card.text).toContain('Rosa Vega');
  expect(card.text).toContain('60%');
  toPng(harness.saved.at(-1)!, 'candidates-report-card');
});

test('candidates: the sample official, and the chapter’s scorecard rule set in Settings', async ({
  page,
  harness,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Explore with a sample chapter' }).click();
  await page.getByRole('link', { name: /^Candidates/ }).click();
  const row = page.getByRole('row', { name: /Marisol Ortega/ });
  await expect(row).toContainText('Endorsed');
  await expect(row).toContainText('75%');
  await expectNoSeriousViolations(page);
  await screenshot(page, 'candidates-list');

  // A county candidate; an empty form is refused field by field and nothing is added.
  await page.getByRole('button', { name: 'Add candidate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add candidate' });
  await dialog.getByRole('button', { name: 'Add candidate' }).click();
  await expect(dialog.getByText('Name is required')).toBeVisible();
  await expect(dialog.getByText('Office is required')).toBeVisible();
  await expectNoSeriousViolations(page);
  await dialog.getByLabel('Name', { exact: true }).fill('Lena Brooks');
  await dialog.getByLabel('Office sought or held').fill('County Auditor');
  await dialog.getByLabel('Jurisdiction type').selectOption({ label: 'County' });
  await dialog.getByLabel('County', { exact: true }).selectOption({ label: 'Delaware County' });
  await dialog.getByRole('button', { name: 'Add candidate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lena Brooks' })).toBeVisible();
  await expect(page.getByText('County Auditor, Delaware County')).toBeVisible();
  await page.getByRole('link', { name: '← Candidates' }).click();

  // Keyboard: the Settings rules take the chapter's choice; the scorecard follows it.
  await page.getByRole('link', { name: 'Settings' }).click();
  const rules = page.getByRole('region', { name: 'Chapter rules' });
  await expect(rules.getByLabel('Endorsing a candidate needs')).toHaveValue('two-thirds-cast');
  await rules
    .getByLabel('On a key vote, absent, present and abstain')
    .selectOption({ label: 'Are left out of the score' });
  await expect(page.getByText('Rules saved.')).toBeVisible();
  const settings = await harness.dispatch('settings.get', undefined);
  expect(settings).toMatchObject({ ok: true, value: { scorecardNonVotes: 'excluded' } });
  await page.getByRole('link', { name: /^Candidates/ }).click();
  await expect(page.getByRole('row', { name: /Marisol Ortega/ })).toContainText('100%');
  await page.getByRole('link', { name: 'Marisol Ortega' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Marisol Ortega' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Triggers met' })).toHaveCount(0);
  await expectNoSeriousViolations(page);
});
