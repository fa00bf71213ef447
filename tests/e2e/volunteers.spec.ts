import { execFileSync } from 'node:child_process';
import { localDateOf } from '../../src/shared/dates';
import { test, expect, type Harness } from './fixtures';
import { expectNoSeriousViolations, screenshot, seedChapter } from './helpers';

async function addVolunteer(harness: Harness, input: Record<string, unknown>): Promise<void> {
  const result = await harness.dispatch('volunteers.add', input);
  expect(result.ok).toBe(true);
}

function pdf(path: string, tool: 'pdftotext' | 'pdfinfo'): string {
  const args = tool === 'pdftotext' ? ['-layout', path, '-'] : [path];
  return execFileSync(tool, args, { encoding: 'utf8' });
}

const PIKE = '39131'; // Pike County, Ohio
const yesterday = () => localDateOf(new Date(Date.now() - 86_400_000));

test.use({ viewport: { width: 1366, height: 768 } });

test('volunteers: add a supporter and a member (whose details stay on the member record)', async ({
  page,
  harness,
}) => {
  await seedChapter(harness);
  await harness.dispatch('members.add', {
    name: 'Rosa Parks',
    email: 'rosa@example.org',
    phone: '(216) 555-0101',
    joined: '2025-01-10',
  });
  await page.goto('/#/volunteers');
  await expect(page.getByRole('heading', { level: 1, name: 'Volunteers' })).toBeVisible();

  // A supporter: the form says what is missing, in the main process's words.
  await page.getByRole('button', { name: 'Add volunteer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add volunteer' });
  await dialog.getByRole('button', { name: 'Add volunteer' }).click();
  await expect(dialog.getByText('Name is required')).toBeVisible();
  await dialog.getByLabel('Name', { exact: true }).fill('Lucía Fernández');
  await dialog.getByLabel('Phone (optional)').fill('(740) 555-0199');
  await dialog.getByRole('group', { name: 'Skills' }).getByLabel('Driving').check();
  await dialog.getByLabel('Languages').fill('Spanish');
  await dialog.getByLabel('Home county').selectOption({ label: 'Pike County' });
  await dialog.getByRole('group', { name: 'Available' }).getByLabel('Weekends').check();
  await screenshot(page, 'volunteers-add');
  await expectNoSeriousViolations(page);
  await dialog.getByRole('button', { name: 'Add volunteer' }).click();
  await expect(page.getByRole('row', { name: /Lucía Fernández/ })).toContainText('Pike County');

  // A member: their contact details come from the member record.
  await page.getByRole('button', { name: 'Add volunteer' }).click();
  await dialog.getByLabel('Member').selectOption({ label: 'Rosa Parks' });
  await expect(dialog.getByText('(216) 555-0101 · rosa@example.org')).toBeVisible();
  await expect(dialog.getByLabel('Name', { exact: true })).toHaveCount(0);
  await dialog.getByRole('group', { name: 'Skills' }).getByLabel('Tabling').check();
  await dialog.getByRole('button', { name: 'Add volunteer' }).click();
  await expect(page.getByRole('row', { name: /Rosa Parks/ })).toContainText('rosa@example.org');
  await expect(page.getByText('2 volunteers on record.')).toBeVisible();
  // Rosa has her volunteer record: she is not offered again.
  await page.getByRole('button', { name: 'Add volunteer' }).click();
  await expect(dialog.getByLabel('Member').getByRole('option')).toHaveText([
    'Not a member (a supporter)',
  ]);
});

test('volunteers: find Spanish speakers who drive in Pike County on weekends', async ({
  page,
  harness,
}) => {
  await seedChapter(harness);
  const spanishDriver = { languages: ['Spanish'], skills: ['driving'], availability: ['weekend'] };
  const volunteers = [
    { name: 'Lucía Fernández', ...spanishDriver, homeCounty: PIKE },
    { name: 'Carmen Delgado', ...spanishDriver, homeCounty: '39035', travelCounties: [PIKE] },
    { name: 'Hector Ramirez', ...spanishDriver, homeCounty: PIKE, availability: ['weekday'] },
    { name: 'Tom Becker', ...spanishDriver, homeCounty: PIKE, doNotContact: true },
    { name: 'Amara Okafor', ...spanishDriver, languages: ['English'], homeCounty: PIKE },
  ];
  for (const v of volunteers) await addVolunteer(harness, v);
  await page.goto('/#/volunteers');
  await expect(page.getByText('5 volunteers on record.')).toBeVisible();

  // Every condition must hold; a county matches where they live or will travel to.
  await page.getByLabel('Speaks').fill('Spanish');
  await page.getByRole('group', { name: 'Can do all of' }).getByLabel('Driving').check();
  await page.getByLabel('Lives in or travels to').selectOption({ label: 'Pike County' });
  await page.getByRole('group', { name: 'Available on all of' }).getByLabel('Weekends').check();
  await page.getByRole('button', { name: 'Find', exact: true }).click();
  await expect(page.getByText('2 volunteers found.')).toBeVisible();
  const table = page.getByRole('table', { name: 'Volunteers found' });
  await expect(table.getByRole('rowheader')).toHaveText(['Carmen Delgado', 'Lucía Fernández']);
  await screenshot(page, 'volunteers-find');
  await expectNoSeriousViolations(page);
  // Tom asked not to be contacted: found only when asked for.
  await page.getByLabel('Include volunteers who asked not to be contacted').check();
  await page.getByRole('button', { name: 'Find', exact: true }).click();
  await expect(table.getByRole('rowheader')).toHaveText([
    'Carmen Delgado',
    'Lucía Fernández',
    'Tom Becker',
  ]);
  await page.getByRole('button', { name: 'Show everyone' }).click();
  await expect(page.getByText('5 volunteers on record.')).toBeVisible();
});

test('volunteers: CSV import with a duplicate flagged and a bad line reported with every reason', async ({
  page,
  harness,
}) => {
  await seedChapter(harness);
  await addVolunteer(harness, { name: 'Lucía Fernández', phone: '(740) 555-0199' });
  await page.goto('/#/volunteers/import');
  const csv = [
    'Name,Email,Phone,Skills,Languages,County,Travel,Availability',
    'Carmen Delgado,carmen@example.org,,driving;canvassing,Spanish;English,Cuyahoga,Pike,weekends;evenings',
    'Lucy F.,,740.555.0199,phone banking,Spanish,Pike,,weekend',
    ',not-an-email,,,,Atlantis,,someday',
    'Hector Ramirez,hector@example.org,,canvassing,Spanish,Pike,,weekday',
  ].join('\n');
  await page
    .getByLabel('Volunteer CSV file')
    .setInputFiles({ name: 'volunteers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByText('3 rows are ready to import; 1 row has problems')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Travels to' })).toHaveValue('Travel');
  // Every problem of the bad row, each with its line and column.
  const problems = page.getByRole('region', { name: 'Rows with problems' });
  await expect(problems.getByRole('row')).toHaveText([
    ['Line', 'Column', 'Problem'].join(''),
    ['4', 'Home county', 'unknown county "Atlantis" in OH'].join(''),
    ['4', 'Availability', 'unknown availability "someday" (use weekday, evening or weekend)'].join(
      '',
    ),
    ['4', 'Email', 'Enter an email like name@example.org'].join(''),
    ['4', 'Name', 'Name is required'].join(''),
  ]);
  const flagged = page.getByRole('row', { name: /Lucy F\./ });
  await expect(flagged).toContainText('Same phone as volunteer Lucía Fernández');
  await expect(page.getByRole('combobox', { name: 'What to do with line 3' })).toHaveValue('skip');
  await screenshot(page, 'volunteers-import-preview');
  await expectNoSeriousViolations(page);
  await page.getByRole('button', { name: 'Import 2 volunteers' }).click();
  await expect(
    page.getByText(
      'Imported 2 volunteers (0 linked to members); skipped 1 duplicate and 1 row with problems.',
    ),
  ).toBeVisible();
  await expect(problems.getByRole('row', { name: /^4 Home county/ })).toBeVisible();
  await page.getByRole('link', { name: 'All volunteers' }).click();
  await expect(page.getByRole('rowheader')).toHaveText([
    'Carmen Delgado',
    'Hector Ramirez',
    'Lucía Fernández',
  ]);
});

test('shifts: create one, sign up past capacity (refused), mark attendance, see it on the volunteer’s page', async ({
  page,
  harness,
}) => {
  await seedChapter(harness);
  for (const name of ['Ana Ruiz', 'Ben Okafor', 'Cy Young'])
    await addVolunteer(harness, { name, phone: '(216) 555-0100', languages: ['English'] });

  await page.goto('/#/volunteers/shifts');
  await page.getByRole('button', { name: 'Add shift or event' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add shift or event' });
  await dialog.getByLabel('Title').fill('Saturday canvass');
  await dialog.getByLabel('Place').fill('Lakewood Public Library, 15425 Detroit Ave');
  await dialog.getByLabel('Date').fill(yesterday());
  await dialog.getByLabel('Starts').fill('10:00');
  await dialog.getByLabel('Ends').fill('09:00');
  await dialog.getByLabel('Capacity').fill('2');
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog.getByText('End after the start, the same day')).toBeVisible();
  await dialog.getByLabel('Ends').fill('13:00');
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Saturday canvass' })).toBeVisible();

  const volunteer = page.getByRole('combobox', { name: 'Volunteer' });
  for (const name of ['Ana Ruiz', 'Ben Okafor']) {
    await volunteer.selectOption({ label: name });
    await page.getByRole('button', { name: 'Sign up', exact: true }).click();
    await expect(page.getByText(`${name} signed up.`)).toBeVisible();
  }
  await expect(page.getByText('2 of 2 taken')).toBeVisible();
  await volunteer.selectOption({ label: 'Cy Young' });
  await page.getByRole('button', { name: 'Sign up', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(
    '“Saturday canvass” is full: all 2 places are taken. Raise its capacity, or mark someone withdrawn, to make room.',
  );

  await page.getByRole('button', { name: 'Mark Ana Ruiz attended' }).click();
  await expect(page.getByRole('row', { name: /Ana Ruiz/ })).toContainText('Attended');
  await page.getByRole('button', { name: 'Mark Ben Okafor a no-show' }).click();
  await expect(page.getByRole('row', { name: /Ben Okafor/ })).toContainText('No-show');
  await screenshot(page, 'volunteers-shift');
  await expectNoSeriousViolations(page);

  // What Ana did, on her page.
  await page.getByRole('link', { name: 'Ana Ruiz' }).click();
  // Cy Young's refused sign-up was one choice and its button: leaving loses nothing, asks nothing.
  await expect(page).toHaveURL(/#\/volunteers\/[^/]+$/);
  await expect(page.getByRole('dialog', { name: 'Leave without saving?' })).toHaveCount(0);
  const did = page.getByRole('region', { name: 'What they did' });
  await expect(did.getByRole('definition').first()).toHaveText('1');
  await expect(did).toContainText('Hours3');
  await expect(did.getByRole('row', { name: /Saturday canvass/ })).toContainText('Attended');
});

test('shifts: the roster and the sign-up sheet print (pdftotext, page size)', async ({
  page,
  harness,
}) => {
  await seedChapter(harness);
  const phone = '(216) 555-0100';
  for (const name of ['Ana Ruiz', 'Ben Okafor'])
    await addVolunteer(harness, { name, phone, languages: ['English', 'Spanish'] });
  await addVolunteer(harness, { name: 'Di Park', phone: '(216) 555-0177', doNotContact: true });
  const shift = await harness.dispatch('shifts.add', {
    kind: 'canvass',
    title: 'Saturday canvass',
    place: 'Lakewood Public Library, 15425 Detroit Ave',
    date: yesterday(),
    start: '10:00',
    end: '13:00',
    county: '39035',
    capacity: 6,
  });
  if (!shift.ok) throw new Error(shift.error.message);
  const { id } = shift.value as { id: string };
  const listed = await harness.dispatch('volunteers.list', { includeDoNotContact: true });
  for (const v of (listed.ok ? listed.value : []) as { id: string; name: string }[]) {
    await harness.dispatch('shifts.signUp', { shiftId: id, volunteerId: v.id });
    if (v.name === 'Ana Ruiz')
      await harness.dispatch('shifts.setStatus', {
        shiftId: id,
        volunteerId: v.id,
        status: 'attended',
      });
  }
  await page.goto(`/#/volunteers/shifts/${id}`);
  await expect(page.getByText('3 of 6 taken')).toBeVisible();

  await page.getByRole('button', { name: 'Save roster (PDF)' }).click();
  await expect(page.getByText(/Saved shift-roster-.*\.pdf/)).toBeVisible();
  const roster = harness.saved.at(-1) ?? '';
  const text = pdf(roster, 'pdftotext');
  for (const line of [
    'Lakeside Egalitarians',
    'Shift roster: Canvass shift — Saturday canvass',
    'Lakewood Public Library',
    '10:00 AM – 1:00 PM',
    'Cuyahoga County',
    'Ana Ruiz',
    'Attended',
    'Ben Okafor',
    'Signed up',
    phone,
    'Di Park',
    'Do not contact',
    'Page 1 of 1',
  ])
    expect(text).toContain(line);
  expect(text).not.toContain('(216) 555-0177'); // Di asked not to be contacted
  expect(pdf(roster, 'pdfinfo')).toMatch(/Page size:\s+792 x 612/);
  await screenshot(page, 'volunteers-shift-print');
  execFileSync('pdftoppm', ['-png', '-r', '60', roster, 'test-results/screens/shift-roster']);

  await page.getByRole('button', { name: 'Save sign-up sheet (PDF)' }).click();
  await expect(page.getByText(/Saved shift-sign-up-sheet-.*\.pdf/)).toBeVisible();
  const sheet = harness.saved.at(-1) ?? '';
  const sheetText = pdf(sheet, 'pdftotext');
  expect(sheetText).toContain('Sign-up sheet: Canvass shift — Saturday canvass');
  expect(sheetText).toContain('6 (3 taken, 3 open)');
  for (const name of ['Ana Ruiz', 'Ben Okafor', 'Di Park']) expect(sheetText).toContain(name);
  expect(sheetText).not.toContain(phone); // a sheet that goes round shows nobody's contacts
  expect(pdf(sheet, 'pdfinfo')).toMatch(/Page size:\s+612 x 792/);
  execFileSync('pdftoppm', ['-png', '-r', '60', sheet, 'test-results/screens/shift-signup-sheet']);
});

test('sample chapter: volunteers and a canvass shift credited with its turf’s doors', async ({
  page,
  harness,
}) => {
  await harness.dispatch('sample.open', undefined);
  await page.goto('/#/volunteers/shifts/sample-shift-1');
  await expect(page.getByRole('heading', { name: 'Saturday canvass, Columbus 1-A' })).toBeVisible();
  await expect(
    page.getByText('12 doors knocked, 3 conversations counted for this shift'),
  ).toBeVisible();
  await screenshot(page, 'volunteers-sample-shift');
  await page.getByRole('link', { name: 'Carmen Delgado' }).click();
  await expect(page.getByRole('region', { name: 'What they did' })).toContainText('Doors12');
  await screenshot(page, 'volunteers-sample-volunteer');
  await expectNoSeriousViolations(page);
  // Editing a member's volunteer record: the member is chosen, their details are not copied.
  await page.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Carmen Delgado' });
  await expect(edit.getByLabel('Member')).toHaveValue('sample-member-3');
  await expect(edit.getByText('carmen@example.org (from the member record)')).toBeVisible();
  await edit.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('row', { name: /Tom Becker/ })).toContainText('Do not contact');
  await screenshot(page, 'volunteers-sample-people');
});
