/**
 * Chapter sync (Yjs replica), each figure beside JSON.parse of the same data in the same run:
 *
 * - open: Replica.open of a chapter whose documents hold 200,000 canvass results and 2,000
 *   members (snapshot + a log holding the last session's 5,000 results: read and applied;
 *   then seeding from and rebuilding the view, which has the same 2,000 members) vs
 *   readFile + JSON.parse of the same records as one JSON file. Goal: ratio ≤ 3. Memory:
 *   the heap it adds, goal ≤ +300 MB. A log under a quarter of the snapshot is not
 *   compacted; the compaction an open does past that is timed on its own row.
 * - apply: Replica.applyRemote of a peer's batch of 5,000 results (Yjs apply, append to
 *   the log with fsync, rebuild: no local voter list holds them here) vs JSON.parse of the
 *   batch as JSON. Goal: ≤ 100 ms.
 * - converge: two replicas of that chapter each add 5,000 results offline, then exchange
 *   y-protocols sync step 1 / step 2 messages (encode, decode, applyRemote with fsync) until
 *   both hold the same state; vs JSON.parse of the 10,000 results. Goal: ≤ 1 s.
 */
import { randomUUID } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as sync from 'y-protocols/sync';
import * as Y from 'yjs';
import { Session } from '../src/main/session';
import { encodeFrame } from '../src/main/sync/docLog';
import { Replica } from '../src/main/sync/replica';
import { writeFileDurable } from '../src/main/store/durable';
import type { ResultEntry } from '../src/shared/canvass/results';
import type { Member } from '../src/shared/schema/member';
import { resultValue } from '../src/shared/sync/layout';
import { printRow, timeOnce, withPeakHeap } from './lib';

const RESULTS = 200_000;
const MEMBERS = 2_000;
const BATCH = 5_000;
const CODES = ['NH', 'REF', 'CB', 'LIT', null] as const;

function result(i: number, device: string): { id: string; value: string } {
  const entry: ResultEntry = {
    id: randomUUID(),
    voterId: `OH${String(i).padStart(10, '0')}`,
    householdKey: `${i % 9000} N HIGH ST||43215`,
    turfId: `T${String(i % 400).padStart(3, '0')}`,
    mode: i % 5 === 0 ? 'phone' : 'door',
    code: CODES[i % CODES.length] ?? null,
    support: i % 5 === 4 ? (i % 5) + 1 : null,
    volunteer: i % 97 === 0,
    yardSign: false,
    needsRide: i % 113 === 0,
    language: '',
    issues: i % 11 === 0 ? { housing: 'Y' } : {},
    notes: i % 13 === 0 ? 'Call after 6' : '',
    canvasser: `Canvasser ${i % 60}`,
    at: new Date(Date.UTC(2026, 8, 1) + i * 1000).toISOString(),
  };
  return { id: entry.id, value: resultValue('OH', 'oh-franklin', device, entry) };
}

function member(i: number): Member {
  return {
    id: `m-${i}`,
    name: `Member ${i}`,
    county: '39049',
    email: `member${i}@example.org`,
    phone: i % 3 === 0 ? `(614) 555-${String(i % 10000).padStart(4, '0')}` : undefined,
    roles: i < 3 ? ['chair'] : [],
    joined: '2024-05-01',
    active: true,
    history: [],
  };
}

async function openReplica(dataDir: string): Promise<Replica> {
  const session = new Session(dataDir);
  await session.open('real');
  return Replica.open({ dataDir, session, deviceId: 'bench', docs: ['field', 'roster'] });
}

/** Adds `n` results to the replica's field doc in batches (local writes, logged). */
async function addResults(replica: Replica, from: number, n: number, device: string) {
  const results = replica.doc('field').getMap('results');
  for (let at = from; at < from + n; at += BATCH) {
    replica.doc('field').transact(() => {
      for (let i = at; i < Math.min(at + BATCH, from + n); i++) {
        const r = result(i, device);
        results.set(r.id, r.value);
      }
    });
    await replica.flush();
  }
}

/** A chapter folder: chapter.json with the members, docs with the members and 200,000 results. */
async function buildChapter(dir: string): Promise<unknown[]> {
  const session = new Session(dir);
  await session.open('real');
  await session.current().update((d) => ({
    data: {
      ...d,
      chapter: {
        id: 'chapter-1',
        name: 'Franklin County Egalitarians',
        state: 'OH',
        counties: ['39049'],
        quorum: { kind: 'majority' },
        defaultThreshold: 'majority-cast',
        createdAt: '2026-01-01T00:00:00.000Z',
      },
      members: Array.from({ length: MEMBERS }, (_, i) => member(i)),
    },
  }));
  await session.close();
  let replica = await openReplica(dir);
  await addResults(replica, 0, RESULTS - BATCH, 'bench');
  await replica.close();
  // Compacted into the snapshot; the last session's batch stays in the log.
  replica = await openReplica(dir);
  await addResults(replica, RESULTS - BATCH, BATCH, 'bench');
  const records: unknown[] = [
    ...[...replica.doc('field').getMap('results').values()].map(
      (v) => JSON.parse(String(v)) as unknown,
    ),
    ...replica.doc('roster').getMap<unknown>('members').values(),
  ];
  await replica.close();
  return records;
}

/** What `from` lacks of `to`, by y-protocols sync step 1 then step 2, applied durably. */
async function syncOnce(from: Replica, to: Replica): Promise<number> {
  let bytes = 0;
  for (const name of ['field', 'roster'] as const) {
    const step1 = encoding.createEncoder();
    sync.writeSyncStep1(step1, from.doc(name));
    const reply = encoding.createEncoder();
    const d1 = decoding.createDecoder(encoding.toUint8Array(step1));
    decoding.readVarUint(d1);
    sync.writeSyncStep2(reply, to.doc(name), decoding.readVarUint8Array(d1));
    const message = encoding.toUint8Array(reply);
    bytes += message.byteLength;
    const d2 = decoding.createDecoder(message);
    if (decoding.readVarUint(d2) !== sync.messageYjsSyncStep2) throw new Error('not step 2');
    await from.applyRemote(name, decoding.readVarUint8Array(d2), 'peer');
  }
  return bytes;
}

export async function run(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'chapterhouse-sync-bench-'));
  try {
    const dir = join(work, 'a');
    const records = await buildChapter(dir);
    const jsonFile = join(work, 'records.json');
    await writeFile(jsonFile, JSON.stringify(records));

    // Open (once: it compacts the log, so a second open would not be the same work).
    const parse = async () => JSON.parse(await readFile(jsonFile, 'utf8')) as unknown;
    const baselines: number[] = [];
    for (let i = 0; i < 3; i++) baselines.push(await timeOnce(parse, true));
    const opened = await withPeakHeap(() => openReplica(dir));
    const a = opened.value;
    printRow({
      name: 'sync open',
      size: `${RESULTS.toLocaleString('en')} results, ${MEMBERS.toLocaleString('en')} members`,
      figureMs: opened.ms,
      baselineName: 'readFile + JSON.parse',
      baselineMs: Math.min(...baselines),
      goal: 3,
      extra: `heap +${opened.peakHeapMb.toFixed(0)} MB (goal ≤ +300 MB)`,
      includes:
        'figure: Replica.open = snapshot read + applied, log of 5,000 results read + applied (under ¼ of the snapshot: not compacted), seeding from and rebuilding the 2,000-member view; baseline: the same records as one JSON file read and parsed (fastest of 3)',
      headline: true,
    });

    // Compaction, as an open does once the log reaches a quarter of the snapshot.
    const compactMs = await timeOnce(() =>
      writeFileDurable(join(work, 'compacted.ydoc'), encodeFrame(a.encodeState('field'))),
    );
    printRow({
      name: 'sync compaction',
      size: `${RESULTS.toLocaleString('en')} results`,
      figureMs: compactMs,
      baselineName: 'readFile + JSON.parse',
      baselineMs: Math.min(...baselines),
      includes:
        'figure: encode the field document whole + framed durable write (temp file, fsync, rename), what open adds when the log has reached ¼ of the snapshot',
    });

    // Apply a peer's batch.
    const peer = new Y.Doc();
    Y.applyUpdate(peer, a.encodeState('field'));
    const batches: Uint8Array[] = [];
    const batchJson: string[] = [];
    peer.on('update', (u: Uint8Array) => batches.push(u));
    for (let b = 0; b < 4; b++) {
      const values: string[] = [];
      peer.transact(() => {
        for (let i = 0; i < BATCH; i++) {
          const r = result(RESULTS + b * BATCH + i, 'peer');
          values.push(r.value);
          peer.getMap('results').set(r.id, r.value);
        }
      });
      batchJson.push(`[${values.join(',')}]`);
    }
    await a.applyRemote('field', batches[0]!, 'peer');
    const applyMs: number[] = [];
    const parseMs: number[] = [];
    for (let b = 1; b < 4; b++) {
      parseMs.push(await timeOnce(() => JSON.parse(batchJson[b]!)));
      applyMs.push(await timeOnce(() => a.applyRemote('field', batches[b]!, 'peer')));
    }
    const mid = (v: number[]) => [...v].sort((x, y) => x - y)[1] ?? 0;
    printRow({
      name: 'sync apply peer batch',
      size: `${BATCH.toLocaleString('en')} results`,
      figureMs: mid(applyMs),
      baselineName: 'JSON.parse of the batch',
      baselineMs: mid(parseMs),
      extra: `goal ≤ 100 ms: ${mid(applyMs) <= 100 ? 'met' : 'NOT met'}; update ${(batches[1]!.byteLength / 1024).toFixed(0)} KB`,
      includes:
        'figure: applyRemote = Yjs apply + append to the log + fsync + rebuild (no local voter list: nothing appended); median of 3 after one warm-up',
    });

    // Converge: a second laptop with the same chapter; each adds 5,000 results offline.
    await rm(join(work, 'b'), { recursive: true, force: true });
    await cp(dir, join(work, 'b'), { recursive: true });
    await a.flush();
    const b = await openReplica(join(work, 'b'));
    await syncOnce(b, a);
    await addResults(a, 1_000_000, BATCH, 'a');
    await addResults(b, 2_000_000, BATCH, 'b');
    const exchanged = JSON.stringify([
      ...batchJson.slice(0, 2).map((j) => JSON.parse(j) as unknown),
    ]);
    const parse10k = await timeOnce(() => JSON.parse(exchanged));
    let bytes = 0;
    const convergeMs = await timeOnce(async () => {
      bytes += await syncOnce(a, b);
      bytes += await syncOnce(b, a);
    });
    const same =
      Buffer.from(a.stateVector('field')).equals(Buffer.from(b.stateVector('field'))) &&
      a.doc('field').getMap('results').size === b.doc('field').getMap('results').size;
    printRow({
      name: 'sync converge',
      size: `2 × ${BATCH.toLocaleString('en')} results offline`,
      figureMs: convergeMs,
      baselineName: 'JSON.parse of the 10,000 results',
      baselineMs: parse10k,
      extra: `goal ≤ 1,000 ms: ${convergeMs <= 1000 && same ? 'met' : 'NOT met'}; converged: ${same}; ${(bytes / 1024).toFixed(0)} KB exchanged`,
      includes:
        'figure: both directions of y-protocols sync step 1 + step 2 for both documents, each step 2 applied with applyRemote (log append + fsync + rebuild)',
    });
    await Promise.all([a.close(), b.close()]);
  } finally {
    if (!process.env.KEEP_BENCH) await rm(work, { recursive: true, force: true });
    else console.log(work);
  }
}
