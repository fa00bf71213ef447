import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { addMemberViaApi, screenshot, seedChapter } from './helpers';

const DAMAGES: { kind: string; bytes: (good: string) => string | Buffer; says: RegExp }[] = [
  { kind: 'empty', bytes: () => '', says: /The file is empty/ },
  {
    kind: 'truncated',
    bytes: (good) => good.slice(0, Math.floor(good.length / 2)),
    says: /cut short/,
  },
  { kind: 'not-json', bytes: () => 'chapter: yes\n', says: /not valid JSON/ },
  {
    kind: 'nul-bytes',
    bytes: (good) => Buffer.concat([Buffer.from(good.slice(0, 40)), Buffer.alloc(64)]),
    says: /NUL bytes/,
  },
  {
    kind: 'schema-invalid',
    bytes: () => '{"schemaVersion":1,"sample":false,"chapter":{"name":5},"members":[]}',
    says: /do not match/,
  },
];

for (const damage of DAMAGES) {
  test(`recovery: a ${damage.kind} chapter file opens the recovery screen and a backup restores it`, async ({
    page,
    harness,
  }) => {
    await seedChapter(harness, 'Riverbend Egalitarians');
    await addMemberViaApi(harness, 'June Jordan');
    // Relaunch so an "open" backup holds the member, then damage the file.
    await harness.restart();
    const file = join(harness.dataDir, 'chapter.json');
    const good = await readFile(file, 'utf8');
    const bad = damage.bytes(good);
    await writeFile(file, bad);
    await harness.restart();

    await page.goto('/');
    await expect(
      page.getByRole('heading', { name: 'The chapter file needs attention' }),
    ).toBeVisible();
    await expect(page.getByText(damage.says).first()).toBeVisible();
    // The damaged bytes were moved aside, not overwritten.
    const kept = (await readdir(join(harness.dataDir, 'damaged'))).filter(
      (n) => !n.endsWith('.why.json'),
    );
    expect(kept).toHaveLength(1);
    expect(await readFile(join(harness.dataDir, 'damaged', kept[0] ?? ''))).toEqual(
      Buffer.from(bad),
    );
    const row = page.getByRole('row', { name: /Riverbend Egalitarians · 1 member\b/ }).first();
    await expect(row).toBeVisible();
    if (damage.kind === 'truncated') await screenshot(page, 'recovery');

    await row.getByRole('button', { name: /Restore: the backup/ }).click();
    await expect(page.locator('.chapter-name')).toHaveText('Riverbend Egalitarians');
    await expect(page.getByRole('row', { name: /June Jordan/ })).toBeVisible();
  });
}

test('recovery: with no usable backup, a new chapter file is started only on purpose', async ({
  page,
  harness,
}) => {
  await writeFile(join(harness.dataDir, 'chapter.json'), '{"schemaVersion":1');
  await harness.restart();
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'No usable backup' })).toBeVisible();
  await page.getByRole('button', { name: 'Set the damaged file aside…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Start a new chapter file?' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  // Relaunching without a decision shows the recovery screen again, never first-run.
  await harness.restart();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'No usable backup' })).toBeVisible();
  await page.getByRole('button', { name: 'Set the damaged file aside…' }).click();
  await confirm.getByRole('button', { name: 'Set it aside and start a new chapter file' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome to Chapterhouse' })).toBeVisible();
  const setAside = await readdir(join(harness.dataDir, 'damaged', 'set-aside'));
  expect(setAside.filter((n) => !n.endsWith('.why.json'))).toHaveLength(1);
});

test('recovery: a file from a newer version is left alone; a backup opens read-only', async ({
  page,
  harness,
}) => {
  await seedChapter(harness, 'Riverbend Egalitarians');
  await addMemberViaApi(harness, 'June Jordan');
  await harness.restart();
  const file = join(harness.dataDir, 'chapter.json');
  const newer = (await readFile(file, 'utf8'))
    .replace('"schemaVersion":1', '"schemaVersion":4')
    .replace('"writtenBy":"0.1.0"', '"writtenBy":"2.3.0"');
  await writeFile(file, newer);
  await harness.restart();

  await page.goto('/');
  await expect(
    page.getByRole('heading', { name: 'This chapter needs a newer Chapterhouse' }),
  ).toBeVisible();
  await expect(page.getByText(/written by Chapterhouse 2\.3\.0 \(data version 4\)/)).toBeVisible();
  await screenshot(page, 'recovery-newer-version');
  const row = page.getByRole('row', { name: /Riverbend Egalitarians · 1 member\b/ }).first();
  await row.getByRole('button', { name: /Open read-only/ }).click();
  await expect(page.getByRole('note').getByText('Backup opened read-only')).toBeVisible();
  await expect(page.getByRole('row', { name: /June Jordan/ })).toBeVisible();
  await screenshot(page, 'recovery-read-only');
  await page.getByRole('button', { name: 'Close the backup' }).click();
  await page.getByRole('button', { name: 'Quit Chapterhouse' }).click();
  await expect.poll(() => harness.quits).toBe(1);
  expect(await readFile(file, 'utf8')).toBe(newer);
  expect(await readdir(harness.dataDir)).not.toContain('damaged');
});

test('recovery: a file replaced outside the app is never overwritten; the person chooses', async ({
  page,
  harness,
}) => {
  await seedChapter(harness, 'Riverbend Egalitarians');
  await addMemberViaApi(harness, 'June Jordan');
  const file = join(harness.dataDir, 'chapter.json');
  // Another laptop's copy of the chapter arrives (a sync client, a copy by hand).
  const outside = (await readFile(file, 'utf8')).replace(
    '"name":"Riverbend Egalitarians"',
    '"name":"Riverbend (from the other laptop)"',
  );
  await page.goto('/#/members');
  await expect(page.getByRole('row', { name: /June Jordan/ })).toBeVisible();
  await writeFile(file, outside);

  await page.getByRole('button', { name: 'Add member' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add member' });
  await dialog.getByLabel('Name').fill('Fannie Lou Hamer');
  await dialog.getByRole('button', { name: 'Add member' }).click();
  await expect(
    page.getByRole('heading', { name: 'The chapter file was changed outside Chapterhouse' }),
  ).toBeVisible();
  await screenshot(page, 'recovery-outside-change');
  expect(await readFile(file, 'utf8')).toBe(outside);
  const [kept] = await readdir(join(harness.dataDir, 'conflicts'));
  await expect(page.getByText(`conflicts/${kept}`)).toBeVisible();

  await page.getByRole('button', { name: 'Open the outside file' }).click();
  await expect(page.locator('.chapter-name')).toHaveText('Riverbend (from the other laptop)');
  expect((await readdir(join(harness.dataDir, 'conflicts'))).sort()).toHaveLength(2);
});
