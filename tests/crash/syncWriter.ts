/**
 * Child process of the sync crash test: opens the replica of the chapter in DIR and applies
 * a peer's updates one by one (each adds one canvass result to the field document) through
 * the real Replica.applyRemote, printing each result's id only once applyRemote resolved
 * (the update is acknowledged). The parent kills it with SIGKILL, at times while the
 * replica opens (and compacts its log).
 *
 *   node --import tsx tests/crash/syncWriter.ts DIR RUN
 */
import { writeSync } from 'node:fs';
import * as Y from 'yjs';
import { Session } from '../../src/main/session';
import { Replica } from '../../src/main/sync/replica';
import { ResultEntrySchema } from '../../src/shared/canvass/results';
import { resultValue } from '../../src/shared/sync/layout';

const [dir, run = '0'] = process.argv.slice(2);
if (!dir) {
  console.error('usage: syncWriter.ts DIR [RUN]');
  process.exit(2);
}

function say(line: string): void {
  writeSync(1, `${line}\n`);
}

// Ready before the open, so that kills also land while the log is compacted.
say('ready');
const session = new Session(dir);
await session.open('real');
const replica = await Replica.open({ dataDir: dir, session, deviceId: 'crash', docs: ['field'] });

// The peer: a document of its own, each change sent as one update.
const peer = new Y.Doc();
let update: Uint8Array | null = null;
peer.on('update', (u: Uint8Array) => (update = u));
for (let i = 0; ; i++) {
  const id = `r${run}-${i}`;
  peer.getMap('results').set(
    id,
    resultValue(
      'OH',
      'oh-franklin',
      'peer',
      ResultEntrySchema.parse({
        id,
        voterId: `OH${i}`,
        householdKey: `${i} MAIN ST||43215`,
        code: 'NH',
        at: '2026-03-01T12:00:00.000Z',
      }),
    ),
  );
  await replica.applyRemote('field', update!, 'peer');
  say(id);
}
