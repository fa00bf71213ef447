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
  {
    kind: 'newer-version',
    bytes: (good) => good.replace('"schemaVersion":1', '"schemaVersion":99'),
    says: /newer version|newer Chapterhouse/,
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
    const kept = await readdir(join(harness.dataDir, 'damaged'));
    expect(kept).toHaveLength(1);
    expect(await readFile(join(harness.dataDir, 'damaged', kept[0] ?? ''))).toEqual(
      Buffer.from(bad),
    );
    const row = page.getByRole('row', { name: /Riverbend Egalitarians · 1 member\b/ }).first();
    await expect(row).toBeVisible();
    if (damage.kind === 'truncated') await screenshot(page, 'recovery');

    await row.getByRole('button', { name: /Restore the backup/ }).click();
    await expect(page.locator('.chapter-name')).toHaveText('Riverbend Egalitarians');
    await expect(page.getByRole('row', { name: /June Jordan/ })).toBeVisible();
  });
}

test('recovery: with no usable backup, a new chapter file can be started on purpose', async ({
  page,
  harness,
}) => {
  await writeFile(join(harness.dataDir, 'chapter.json'), '{"schemaVersion":1');
  await harness.restart();
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'No usable backup' })).toBeVisible();
  await page.getByRole('button', { name: 'Start a new chapter file' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome to Chapterhouse' })).toBeVisible();
  expect(await readdir(join(harness.dataDir, 'damaged'))).toHaveLength(1);
});
