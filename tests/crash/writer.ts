/**
 * Child process of the crash test: opens the chapter file in DIR and adds members one by
 * one through the real ChapterStore.update, printing each member's id only after its
 * update has resolved (the write is acknowledged). The parent kills it with SIGKILL.
 *
 *   node --import tsx tests/crash/writer.ts DIR RUN
 */
import { writeSync } from 'node:fs';
import { ChapterStore } from '../../src/main/store/chapterStore';
import type { Member } from '../../src/shared/schema/member';
import { emptyStore } from '../../src/shared/schema/store';

const [dir, run = '0'] = process.argv.slice(2);
if (!dir) {
  console.error('usage: writer.ts DIR [RUN]');
  process.exit(2);
}

/** Synchronous, so a line the parent reads was printed after its write resolved. */
function say(line: string): void {
  writeSync(1, `${line}\n`);
}

const opened = await ChapterStore.open(dir, () => emptyStore());
if (opened.kind !== 'ok') {
  console.error(`chapter file did not open: ${JSON.stringify(opened)}`);
  process.exit(3);
}
const store = opened.store;
say(`ready ${store.data.members.length}`);

for (let i = 0; ; i++) {
  const member: Member = {
    id: `r${run}-${i}`,
    name: `Crash Test ${run}-${i}`,
    county: '24005',
    email: `crash${run}.${i}@example.org`,
    phone: undefined,
    roles: i % 7 === 0 ? ['teller'] : [],
    joined: '2025-06-01',
    active: true,
    history: [],
  };
  await store.update((data) => ({ data: { ...data, members: [...data.members, member] } }));
  say(member.id);
}
