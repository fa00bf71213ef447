import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startBackend } from '../../../src/main/dispatch';
import {
  applyPublished,
  publishSnapshot,
  publishedCopy,
  readPublished,
  type PublishIdentity,
} from '../../../src/main/sync/published';
import { refuseKeptOnChapterLaptop } from '../../../src/main/sync/readOnly';
import { newChapterIdentity, newKeyPair, writeIdentity } from '../../../src/main/sync/identity';
import type { StoreData } from '../../../src/shared/schema/store';
import { keptCollections, type PublishedDevice } from '../../../src/shared/sync/published';
import { CHAPTER, call, failure, fakeHost, tempDir } from '../foundation/helpers';
import { MEETING } from './stickDevices';

const NOW = new Date('2026-03-02T10:00:00.000Z');
const chapterKeys = newKeyPair();
const chapterLaptop: PublishIdentity = {
  chapterId: 'chapter-1',
  deviceId: 'device-chapter',
  role: 'chapter',
  chapterPublicKey: chapterKeys.publicKey,
  chapterPrivateKey: chapterKeys.privateKey,
};
const officer: PublishIdentity = {
  chapterId: 'chapter-1',
  deviceId: 'device-officer',
  role: 'officer',
  chapterPublicKey: chapterKeys.publicKey,
};
const devices: PublishedDevice[] = [
  {
    id: 'device-chapter',
    name: 'Office laptop',
    role: 'chapter',
    publicKey: newKeyPair().publicKey,
    pairedAt: '2026-03-01T12:00:00.000Z',
    revokedAt: null,
  },
];
/** The sample chapter's data (votes, meetings, candidates…) as a chapter laptop's. */
async function chapterLaptopData(): Promise<StoreData> {
  const { session, dispatch } = await startBackend(await tempDir(), fakeHost(await tempDir()));
  await call(dispatch, 'sample.open');
  const data = { ...session.current().data, sample: false };
  await session.current().close();
  return data;
}

/** The field document as it travels: encoded and applied on another device. */
function carried(field: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(field));
  return copy;
}

describe('published snapshot', () => {
  let chapterData: StoreData;
  beforeAll(async () => {
    chapterData = await chapterLaptopData();
  });

  it('the chapter laptop signs it; another device verifies what it kept, registry included', () => {
    const field = new Y.Doc();
    expect(publishSnapshot(field, chapterLaptop, chapterData, devices, NOW)).toBe(true);
    const snapshot = readPublished(carried(field), officer);
    expect(snapshot).toMatchObject({ publishedAt: NOW.toISOString(), devices });
    expect(chapterData.votes.length).toBeGreaterThan(0);
    expect(keptCollections({ ...chapterData, ...snapshot! })).toEqual(keptCollections(chapterData));
    // Nothing changed: nothing republished.
    expect(publishSnapshot(field, chapterLaptop, chapterData, devices, NOW)).toBe(false);
  });

  it('a tampered snapshot is refused', () => {
    const field = new Y.Doc();
    publishSnapshot(field, chapterLaptop, chapterData, devices, NOW);
    const bytes = field.getMap<Uint8Array>('published').get('snapshot')!;
    const text = new TextDecoder().decode(bytes).replace('Office laptop', 'Office laptoq');
    field.getMap<Uint8Array>('published').set('snapshot', new TextEncoder().encode(text));
    expect(() => readPublished(field, officer)).toThrow(/signature does not match/);
  });

  it('a snapshot signed with another key, or for another chapter, is refused', () => {
    const other = newKeyPair();
    const field = new Y.Doc();
    publishSnapshot(
      field,
      { ...chapterLaptop, chapterPrivateKey: other.privateKey },
      chapterData,
      devices,
      NOW,
    );
    expect(() => readPublished(field, officer)).toThrow(/signature does not match/);
    const elsewhere = new Y.Doc();
    publishSnapshot(
      elsewhere,
      { ...chapterLaptop, chapterId: 'chapter-2' },
      chapterData,
      devices,
      NOW,
    );
    expect(() => readPublished(elsewhere, officer)).toThrow(/another chapter/);
  });

  it('only the chapter laptop publishes', () => {
    expect(() => publishSnapshot(new Y.Doc(), officer, chapterData, devices, NOW)).toThrow(
      /Only the chapter laptop/,
    );
  });

  it('another device takes the kept areas from it, and refuses to change them, naming the copy', async () => {
    const dir = await tempDir();
    const { session, dispatch } = await startBackend(dir, fakeHost(await tempDir()));
    await call(dispatch, 'chapter.create', CHAPTER);
    const field = new Y.Doc();
    publishSnapshot(field, chapterLaptop, chapterData, devices, NOW);
    await applyPublished(session, carried(field), officer);
    const view = session.current().data;
    expect(view.votes).toEqual(chapterData.votes);
    expect(view.meetings).toEqual(chapterData.meetings);
    expect(view.chapter?.name).toBe(CHAPTER.name);
    expect(await publishedCopy(dir)).toEqual({
      publishedAt: NOW.toISOString(),
      publisher: 'Office laptop',
    });

    const asOfficer = () => Promise.resolve('officer' as const);
    const refusal = refuseKeptOnChapterLaptop(session, 'votes.open', asOfficer);
    await expect(refusal).rejects.toThrow(
      /^Votes and their results are kept on the chapter laptop: make this change there\. The copy here was published by “Office laptop” on /,
    );
    await expect(refusal).rejects.toMatchObject({ code: 'read-only' });
    await expect(
      refuseKeptOnChapterLaptop(session, 'votes.list', asOfficer),
    ).resolves.toBeUndefined();
    await expect(
      refuseKeptOnChapterLaptop(session, 'members.add', asOfficer),
    ).resolves.toBeUndefined();
    const asChapter = () => Promise.resolve('chapter' as const);
    await expect(
      refuseKeptOnChapterLaptop(session, 'meetings.create', asChapter),
    ).resolves.toBeUndefined();
    const notSyncing = () => Promise.resolve(null);
    await expect(
      refuseKeptOnChapterLaptop(session, 'platform.addArea', notSyncing),
    ).resolves.toBeUndefined();
  });

  it('the dispatch refuses a kept area’s write on an officer laptop, and allows it on the chapter laptop', async () => {
    const dir = await tempDir();
    const { dispatch } = await startBackend(dir, fakeHost(await tempDir()));
    await call(dispatch, 'chapter.create', CHAPTER);
    const chapterIdentity = newChapterIdentity('Office laptop', NOW);
    await writeIdentity(dir, {
      ...chapterIdentity,
      role: 'officer',
      chapterPrivateKey: undefined,
      secret: undefined,
    });
    const refused = await failure(dispatch, 'meetings.create', MEETING);
    expect(refused).toMatchObject({ code: 'read-only' });
    expect(refused.message).toMatch(
      /^Meetings and minutes are kept on the chapter laptop: make this change there\. No copy has been published/,
    );
    expect(await call(dispatch, 'meetings.list')).toEqual([]);
    await writeIdentity(dir, chapterIdentity);
    await call(dispatch, 'meetings.create', MEETING);
  });
});
