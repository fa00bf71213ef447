import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { screenshot, seedChapter } from './helpers';

interface OnDisk {
  members: {
    name: string;
    email?: string;
    active: boolean;
    roles: string[];
    deactivation?: { reason: string };
  }[];
}

const readStore = async (dir: string) =>
  JSON.parse(await readFile(join(dir, 'chapter.json'), 'utf8')) as OnDisk;

test('members: add, edit with inline errors, deactivate with a reason, reload', async ({
  page,
  harness,
}) => {
  await seedChapter(harness);
  await page.goto('/#/members');
  await page.getByRole('button', { name: 'Add member' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add member' });
  await dialog.getByLabel('Email (optional)').fill('not-an-email');
  await dialog.getByRole('button', { name: 'Add member' }).click();
  await expect(dialog.getByText('Name is required')).toBeVisible();
  await expect(dialog.getByText('Enter an email like name@example.org')).toBeVisible();
  expect((await readStore(harness.dataDir)).members).toHaveLength(0);

  await dialog.getByLabel('Name').fill('Rosa Parks');
  await dialog.getByLabel('Email (optional)').fill('rosa@example.org');
  await dialog.getByLabel('Teller').check();
  await dialog.getByRole('button', { name: 'Add member' }).click();
  await expect(page.getByRole('row', { name: /Rosa Parks/ })).toContainText('teller');

  await page.getByRole('button', { name: 'Edit Rosa Parks' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Rosa Parks' });
  await edit.getByLabel('Name').fill('Rosa L. Parks');
  await edit.getByLabel('Chair').check();
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('row', { name: /Rosa L\. Parks/ })).toContainText('chair, teller');

  await page.getByRole('button', { name: 'Deactivate Rosa L. Parks' }).click();
  const deactivate = page.getByRole('dialog', { name: 'Deactivate Rosa L. Parks' });
  await deactivate.getByRole('button', { name: 'Deactivate' }).click();
  await expect(deactivate.getByText('Give a reason')).toBeVisible();
  await deactivate.getByLabel('Reason').fill('Moved away');
  await deactivate.getByRole('button', { name: 'Deactivate' }).click();
  await expect(page.getByRole('row', { name: /Rosa L\. Parks/ })).toHaveCount(0);
  await page.getByLabel('Everyone').check();
  await expect(page.getByRole('row', { name: /Rosa L\. Parks/ })).toContainText(
    'Inactive: Moved away',
  );

  await page.reload();
  await page.getByLabel('Everyone').check();
  await expect(page.getByRole('row', { name: /Rosa L\. Parks/ })).toContainText(
    'Inactive: Moved away',
  );
  const disk = await readStore(harness.dataDir);
  expect(disk.members).toMatchObject([
    {
      name: 'Rosa L. Parks',
      active: false,
      roles: ['chair', 'teller'],
      deactivation: { reason: 'Moved away' },
    },
  ]);
});

test('members: CSV import with column mapping, preview and line-numbered errors', async ({
  page,
  harness,
}) => {
  await seedChapter(harness);
  await page.goto('/#/members');
  const csv = [
    'Full Name,E-mail,County,Role,Member Since',
    'Ada Lovelace,ada@example.org,Cuyahoga,teller,2024-02-01',
    'Grace Hopper,grace@example.org,39093,,3/15/2023',
    ',nobody@example.org,Cuyahoga,,',
    'Alan Turing,alan@example.org,Atlantis,,',
    'Katherine Johnson,kj@example.org,Lorain County,treasurer,',
    'Dorothy Vaughan,dv@example.org,Lorain,,yesterday',
    'Ada Lovelace,ada2@example.org,Cuyahoga,,',
    'Mary Jackson,mary@,Atlantis,treasurer,someday',
  ].join('\n');
  await page
    .getByLabel('Member CSV file')
    .setInputFiles({ name: 'members.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByText('2 rows are ready to import; 6 rows have problems')).toBeVisible();
  // The mapping was guessed from the headers and can be changed.
  await expect(page.getByRole('combobox', { name: 'Name' })).toHaveValue('Full Name');
  await expect(page.getByRole('combobox', { name: 'Joined' })).toHaveValue('Member Since');
  // Every problem of every row, each with its line and column.
  const problems = page.getByRole('region', { name: 'Rows with problems' });
  const problemRows = problems.getByRole('row');
  await expect(problemRows).toHaveText([
    ['Line', 'Column', 'Problem'].join(''),
    ['4', 'Name', 'Name is required'].join(''),
    ['5', 'County', 'unknown county "Atlantis" in OH'].join(''),
    ['6', 'Roles', 'unknown role "treasurer" (use chair, secretary, teller)'].join(''),
    ['7', 'Joined', 'joined date "yesterday" is not a date like 2024-03-01 or 3/1/2024'].join(''),
    ['8', 'Name', 'Ada Lovelace is already a member (or appears twice in the file)'].join(''),
    ['9', 'County', 'unknown county "Atlantis" in OH'].join(''),
    ['9', 'Joined', 'joined date "someday" is not a date like 2024-03-01 or 3/1/2024'].join(''),
    ['9', 'Roles', 'unknown role "treasurer" (use chair, secretary, teller)'].join(''),
    ['9', 'Email', 'Enter an email like name@example.org'].join(''),
  ]);
  await screenshot(page, 'members-import-preview');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual(
    [],
  );

  await page.getByRole('button', { name: 'Import 2 members' }).click();
  await expect(page.getByText('Imported 2 members; 6 skipped.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Grace Hopper/ })).toContainText('2023-03-15');
  await expect(problems.getByRole('row', { name: /^5 County/ })).toBeVisible();
  await screenshot(page, 'members');
  expect((await readStore(harness.dataDir)).members.map((m) => m.name).sort()).toEqual([
    'Ada Lovelace',
    'Grace Hopper',
  ]);
});
