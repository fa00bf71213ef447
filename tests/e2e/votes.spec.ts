import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect } from './fixtures';
import { addMemberViaApi, screenshot, seedChapter } from './helpers';

test('votes: recount an official election from its cast vote records and export the rounds', async ({
  page,
  harness,
}) => {
  await seedChapter(harness);
  await page.goto('/#/votes');
  harness.openPaths.push(resolve('tests/fixtures/recount/ward3.cvr.json'));
  await page.getByRole('button', { name: 'Recount a file…' }).click();
  await expect(page.getByRole('heading', { name: 'Recount of ward3.cvr.json' })).toBeVisible();
  await expect(page.getByText('Counted under the rules file ward3.cvr.rules.json.')).toBeVisible();
  await expect(page.getByText(/Elected: Bob Baker — instant runoff, 3 rounds/)).toBeVisible();
  await expect(page.getByRole('row', { name: /^Bob Baker/ })).toContainText('5');
  await screenshot(page, 'vote-file-recount');
  await page.getByRole('button', { name: 'Export round summary (CSV)' }).click();
  await expect(page.getByText('Saved ward3-cvr.summary.csv.')).toBeVisible();
  expect(readFileSync(harness.saved.at(-1) ?? '', 'utf8')).toContain('Winner(s),Bob Baker');

  // A file it cannot count: the line and the reason, and nothing else changes.
  harness.openPaths.push(resolve('tests/fixtures/recount/ward3.rules.json'));
  await page.getByRole('button', { name: 'Recount a file…' }).click();
  await expect(page.getByText(/^invalid ballot file: .*format: unsupported format/)).toBeVisible();
  await page.getByRole('button', { name: 'Close the recount' }).click();
  await expect(page.getByRole('heading', { name: 'Recount of ward3.cvr.json' })).toBeHidden();
});

test('votes: a motion by counted show of hands, then one by roll call', async ({
  page,
  harness,
}) => {
  await seedChapter(harness);
  for (const name of ['Ann Lee', 'Bo Diaz', 'Cy Park', 'Di Roy', 'Ed Fox'])
    await addMemberViaApi(harness, name);
  await page.goto('/#/votes');
  await page.getByRole('button', { name: 'New vote' }).click();
  const dialog = page.getByRole('dialog', { name: 'New vote' });
  await dialog.getByLabel('Title').fill('Adopt the climate plank');
  await dialog
    .getByLabel('Motion text')
    .fill('That the chapter adopts the climate plank as drafted.');
  await dialog.getByLabel('Moved by').fill('Ann Lee');
  await dialog.getByLabel('Threshold').selectOption({ label: 'Two-thirds of votes cast' });
  await dialog.getByRole('button', { name: 'Open the vote' }).click();

  await expect(page.getByRole('heading', { name: 'Adopt the climate plank' })).toBeVisible();
  await page.getByLabel('Members present now').fill('5');
  await page.getByRole('button', { name: 'Freeze presence' }).click();
  await expect(page.getByText('5 present of 5 members · quorum 3')).toBeVisible();
  await page.getByLabel('Yes', { exact: true }).fill('3');
  await page.getByLabel('No', { exact: true }).fill('1');
  await page.getByLabel('Abstain').fill('1');
  await page.getByRole('button', { name: 'Record counts' }).click();
  await expect(page.getByText(/^Adopted: 3 yes, 1 no, 1 abstain/)).toBeVisible();
  await page.getByRole('button', { name: 'Certify the result' }).click();
  await expect(page.getByRole('heading', { name: 'Certified result' })).toBeVisible();

  await page.getByRole('link', { name: '← All votes' }).click();
  await expect(page.getByRole('row', { name: /Adopt the climate plank/ })).toContainText(
    'Adopted: 3 yes',
  );

  await page.getByRole('button', { name: 'New vote' }).click();
  await dialog.getByLabel('Title').fill('Endorse the transit levy');
  await dialog.getByLabel('How the room votes').selectOption({ label: 'Roll call' });
  await dialog.getByLabel('Threshold').selectOption({ label: 'Majority of members present' });
  await dialog.getByRole('button', { name: 'Open the vote' }).click();
  for (const name of ['Ann Lee', 'Bo Diaz', 'Cy Park', 'Di Roy'])
    await page.getByRole('checkbox', { name }).check();
  await page.getByRole('button', { name: 'Freeze presence (4 present)' }).click();
  const votes: [string, string][] = [
    ['Ann Lee', 'Yes'],
    ['Bo Diaz', 'Yes'],
    ['Cy Park', 'Yes'],
    ['Di Roy', 'No'],
  ];
  for (const [name, vote] of votes) {
    // Each click records a roll-call event; the radio shows the recorded vote once saved.
    const radio = page.getByRole('group', { name: `${name}'s vote` }).getByLabel(vote);
    await radio.click();
    await expect(radio).toBeChecked();
  }
  await expect(page.getByText('4 of 4 have voted.')).toBeVisible();
  await expect(page.getByText(/^Adopted \(roll call\): 3 yes, 1 no, 0 abstain/)).toBeVisible();
  await page.getByRole('button', { name: 'Certify the result' }).click();
  await expect(page.getByRole('heading', { name: 'Certified result' })).toBeVisible();
  await page.getByRole('link', { name: '← All votes' }).click();
  await page.getByRole('button', { name: 'Verify every count' }).click();
  await expect(
    page.getByText(/Verified: \d+ records in an unbroken chain; 2 certified results recomputed/),
  ).toBeVisible();
});

test('votes: IRV by double entry of 20 paper ballots, one mismatch resolved, printed and recounted', async ({
  page,
  harness,
}) => {
  await seedChapter(harness);
  for (let i = 1; i <= 22; i++)
    await addMemberViaApi(harness, `Member ${String(i).padStart(2, '0')}`);
  await page.goto('/#/votes');
  await page.getByRole('button', { name: 'New vote' }).click();
  const dialog = page.getByRole('dialog', { name: 'New vote' });
  await dialog.getByLabel('An election among candidates or options').check();
  await dialog.getByLabel('Title').fill('County coordinator');
  await dialog.getByLabel('Method').selectOption({ label: 'Instant runoff (ranked)' });
  await dialog.getByLabel('Candidates, one per line').fill('Ana Diaz\nBen Cole\nCam Fox');
  await dialog.getByRole('button', { name: 'Open the vote' }).click();
  await page.getByLabel('Members present now').fill('22');
  await page.getByRole('button', { name: 'Freeze presence' }).click();

  // First preferences: Ben 8, Ana 7, Cam 5. Cam's voters prefer Ana, so Ana wins in round 2:
  // the plurality leader loses.
  const stack = [
    ...Array.from({ length: 8 }, () => 'BC AD'),
    ...Array.from({ length: 7 }, () => 'AD BC'),
    ...Array.from({ length: 4 }, () => '3 1'),
    'CF',
  ];
  const one = page.getByLabel(/^Teller 1, ballot \d+$/);
  const two = page.getByLabel(/^Teller 2, ballot \d+$/);
  for (const [i, text] of stack.entries()) {
    await one.fill(text);
    await one.press('Enter');
    await expect(page.getByLabel(`Teller 1, ballot ${i + 2}`)).toBeVisible();
  }
  // Teller 2 keys on the same screen without seeing teller 1's entries or any mismatch.
  await expect(page.getByText('Mismatches between the tellers are shown once both')).toBeVisible();
  await page.getByRole('radio', { name: 'Teller 2' }).check();
  await expect(one).toBeHidden();
  await expect(page.getByRole('list', { name: "Teller 1's latest entries" })).toBeHidden();
  await expect(page.getByRole('list', { name: "Teller 2's latest entries" })).toBeEmpty();
  for (const [i, text] of stack.entries()) {
    await two.fill(i === 16 ? '3 2' : text); // teller 2 misreads ballot 17
    await two.press('Enter');
    await expect(page.getByLabel(`Teller 2, ballot ${i + 2}`)).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: '1 mismatch between the tellers' })).toBeVisible();
  await expect(page.getByRole('row', { name: /^17/ })).toContainText('1. Cam Fox  2. Ana Diaz');
  await screenshot(page, 'vote-ballot-entry');
  await page.getByLabel('Ballots issued').fill('20');
  await page.getByRole('button', { name: 'Record reconciliation' }).click();
  await expect(page.getByText('Resolve 1 mismatch between the tellers.')).toBeVisible();
  await page.getByRole('button', { name: 'Ballot 17: teller 1 is right' }).click();
  await expect(page.getByText('20 ballots agreed')).toBeVisible();

  // The reconciliation (20 issued, none spoiled) already said how many are expected: not asked again.
  await expect(page.getByLabel('How many ballots do you expect?')).toHaveCount(0);
  await expect(page.getByText(/Elected: Ana Diaz/)).toBeVisible();
  const roundOne = page.getByRole('row', { name: /^Ben Cole/ });
  await expect(roundOne).toContainText('8');
  await screenshot(page, 'vote-rounds');
  await page.getByRole('button', { name: 'Certify the result' }).click();
  await expect(page.getByRole('heading', { name: 'Certified result' })).toBeVisible();

  await page.getByRole('button', { name: 'Save result sheet as PDF' }).click();
  await expect(page.getByText(/Saved vote-result-.*\.pdf/)).toBeVisible();
  const pdf = harness.saved.at(-1) ?? '';
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('Result of the vote: County coordinator');
  expect(text).toContain('Round 2');
  expect(text).toMatch(/Elected: Ana Diaz/);
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, 'test-results/screens/vote-result']);

  await page.getByRole('button', { name: 'Export ballot file' }).click();
  await expect(page.getByText(/Saved county-coordinator\.ballots\.json/)).toBeVisible();
  const file = harness.saved.at(-1) ?? '';
  const recount = JSON.parse(
    execFileSync('npm', ['run', '--silent', 'recount', '--', file, '--json'], { encoding: 'utf8' }),
  ) as { outcome: string; winners: string[]; rounds: { tallies: Record<string, number> }[] };
  expect(recount.outcome).toBe('elected');
  expect(recount.winners).toEqual(['Ana Diaz']);
  expect(recount.rounds[0]?.tallies).toEqual({ 'Ana Diaz': 7, 'Ben Cole': 8, 'Cam Fox': 5 });

  await page.getByRole('button', { name: 'Export round summary (JSON)' }).click();
  await expect(page.getByText('Saved county-coordinator.summary.json.')).toBeVisible();
  const summary = JSON.parse(readFileSync(harness.saved.at(-1) ?? '', 'utf8')) as {
    jsonFormatVersion: string;
    results: { tally: Record<string, string> }[];
  };
  expect(summary.jsonFormatVersion).toBe('1');
  expect(summary.results[0]?.tally).toEqual({ 'Ana Diaz': '7', 'Ben Cole': '8', 'Cam Fox': '5' });

  await page.getByRole('button', { name: 'Projector view' }).click();
  await expect(page.getByRole('heading', { name: 'County coordinator' })).toBeVisible();
  // The rounds are revealed one at a time; the outcome comes with the last.
  await expect(page.getByText('Round 1 of 2')).toBeVisible();
  await page.getByRole('button', { name: 'Next round →' }).click();
  await expect(page.getByText(/Elected: Ana Diaz/)).toBeVisible();
  await screenshot(page, 'vote-projector');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Certified result' })).toBeVisible();
});

test('votes: rules set on the new-vote form (a withdrawn candidate, counting on to two) show in the result', async ({
  page,
  harness,
}) => {
  await seedChapter(harness);
  for (let i = 1; i <= 9; i++) await addMemberViaApi(harness, `Member ${i}`);
  await page.goto('/#/votes');
  await page.getByRole('button', { name: 'New vote' }).click();
  const dialog = page.getByRole('dialog', { name: 'New vote' });
  await dialog.getByLabel('An election among candidates or options').check();
  await dialog.getByLabel('Title').fill('Treasurer');
  await dialog.getByLabel('Method').selectOption({ label: 'Instant runoff (ranked)' });
  await dialog.getByLabel('Candidates, one per line').fill('Ana Diaz\nBen Cole\nCam Fox\nDee Lin');
  // STV shows its own rules; sequential IRV asks for seats.
  await dialog
    .getByLabel('Method')
    .selectOption({ label: 'Single transferable vote (ranked, several seats)' });
  await expect(dialog.getByLabel('Quota')).toHaveValue('droop');
  await expect(dialog.getByLabel('Surpluses move')).toBeVisible();
  await dialog.getByLabel('Method').selectOption({ label: 'Instant runoff (ranked)' });
  await expect(dialog.getByLabel('Seats', { exact: true })).toBeHidden();
  await dialog
    .getByLabel('How the seats are filled')
    .selectOption({ label: 'Sequential: one count per seat' });
  await expect(dialog.getByLabel('Seats', { exact: true })).toBeVisible();
  await screenshot(page, 'vote-new-rules-top');
  await dialog
    .getByLabel('How the seats are filled')
    .selectOption({ label: 'One seat, by majority' });
  await dialog.getByLabel('Withdrawn after the ballots were printed, one per line').fill('Dee Lin');
  await dialog.getByLabel('Count on until two remain (show the final head-to-head)').check();
  await dialog.getByLabel('Two tellers key every ballot (double entry)').uncheck();
  await screenshot(page, 'vote-new-rules');
  await dialog.getByRole('button', { name: 'Open the vote' }).click();
  await page.getByLabel('Members present now').fill('9');
  await page.getByRole('button', { name: 'Freeze presence' }).click();

  // Round 1: Ana 5 of 9 (a majority at once), Ben 1 + Dee's 2 passed on = 3, Cam 1. Then Cam
  // is eliminated anyway, to show the head-to-head: Ana 5, Ben 4.
  const stack = ['AD', 'AD', 'AD', 'AD', 'AD', 'DL BC', 'DL BC', 'CF BC', 'BC'];
  const one = page.getByLabel(/^Teller 1, ballot \d+$/);
  for (const [i, text] of stack.entries()) {
    await one.fill(text);
    await one.press('Enter');
    await expect(page.getByLabel(`Teller 1, ballot ${i + 2}`)).toBeVisible();
  }
  await page.getByLabel('Ballots issued').fill('9');
  await page.getByRole('button', { name: 'Record reconciliation' }).click();
  await expect(page.getByText(/^Elected: Ana Diaz — instant runoff, 2 rounds/)).toBeVisible();
  const rules = page.getByRole('list', { name: 'Rules of the count' });
  await expect(rules).toContainText('Withdrawn: Dee Lin — marks for them are skipped.');
  await expect(rules).toContainText('counting on until two remain');
  await expect(page.getByRole('row', { name: /^Dee Lin/ })).toContainText('withdrawn');
  await expect(page.getByRole('row', { name: /^Ben Cole/ })).toContainText('4');
  await screenshot(page, 'vote-result-rules');
});
