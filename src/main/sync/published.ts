/**
 * The published snapshot (src/shared/sync/published.ts) in the field document's Y.Map
 * `published`, key `snapshot`: the chapter laptop signs what it keeps with the chapter's Ed25519
 * key and puts it there; every other device verifies it against the chapter's public key, takes
 * those collections into its view, and remembers when the copy was published
 * (`<dataDir>/sync/published.json`, read by the refusal in readOnly.ts).
 */
import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type * as Y from 'yjs';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { StoreData } from '../../shared/schema/store';
import {
  PublishedSnapshotSchema,
  publisherName,
  sameKept,
  snapshotText,
  withPublished,
  type PublishedDevice,
  type PublishedSnapshot,
} from '../../shared/sync/published';
import type { Session } from '../session';
import { writeFileDurable } from '../store/durable';
import { readSettled, updateSettled } from '../services/settled';
import { deviceList } from './devices';
import type { SyncIdentity } from './identity';
import type { Replica } from './replica';

/** What publishing and verifying need of this device's identity. */
export type PublishIdentity = Pick<
  SyncIdentity,
  'chapterId' | 'deviceId' | 'role' | 'chapterPublicKey' | 'chapterPrivateKey'
>;

const SignedSchema = z.object({
  snapshot: z.string().max(200_000_000),
  signature: z.base64().max(200),
});

/** The bytes stored in the field document: the snapshot's text and its signature. */
export function signSnapshot(text: string, chapterPrivateKey: string): Uint8Array {
  const key = createPrivateKey({
    key: Buffer.from(chapterPrivateKey, 'base64'),
    format: 'der',
    type: 'pkcs8',
  });
  const signature = sign(null, Buffer.from(text), key).toString('base64');
  return new TextEncoder().encode(JSON.stringify({ snapshot: text, signature }));
}

const REFUSED = 'The copy published by the chapter laptop could not be trusted';

/** The snapshot, once its signature and chapter are checked; an AppError says why not. */
export function verifySnapshot(bytes: Uint8Array, identity: PublishIdentity): PublishedSnapshot {
  let signed: z.infer<typeof SignedSchema>;
  try {
    signed = SignedSchema.parse(JSON.parse(new TextDecoder().decode(bytes)));
  } catch {
    throw new AppError('invalid-input', `${REFUSED}: it is damaged.`);
  }
  let ok: boolean;
  try {
    const key = createPublicKey({
      key: Buffer.from(identity.chapterPublicKey, 'base64'),
      format: 'der',
      type: 'spki',
    });
    ok = verify(null, Buffer.from(signed.snapshot), key, Buffer.from(signed.signature, 'base64'));
  } catch {
    ok = false;
  }
  if (!ok) {
    throw new AppError(
      'invalid-input',
      `${REFUSED}: its signature does not match the chapter’s key.`,
    );
  }
  const snapshot = PublishedSnapshotSchema.safeParse(JSON.parse(signed.snapshot));
  if (!snapshot.success) {
    throw new AppError(
      'invalid-input',
      `${REFUSED}: it was made by another version of Chapterhouse.`,
    );
  }
  if (snapshot.data.chapterId !== identity.chapterId) {
    throw new AppError('invalid-input', `${REFUSED}: it is another chapter’s.`);
  }
  return snapshot.data;
}

function publishedMap(field: Y.Doc): Y.Map<Uint8Array> {
  return field.getMap<Uint8Array>('published');
}

/** Snapshots already verified, by the bytes that held them (verifying a big one takes time). */
const verified = new WeakMap<Uint8Array, PublishedSnapshot>();

/** The verified snapshot in the field document; null when none was published yet. */
export function readPublished(field: Y.Doc, identity: PublishIdentity): PublishedSnapshot | null {
  const bytes = publishedMap(field).get('snapshot');
  if (!bytes) return null;
  const known = verified.get(bytes);
  if (known?.chapterId === identity.chapterId) return known;
  const snapshot = verifySnapshot(bytes, identity);
  verified.set(bytes, snapshot);
  return snapshot;
}

/** The devices registry: the chapter laptop's own, elsewhere the published snapshot's. */
export async function deviceRegistry(
  dataDir: string,
  identity: PublishIdentity,
  replica: Pick<Replica, 'doc'>,
): Promise<PublishedDevice[]> {
  if (identity.role === 'chapter') return deviceList(dataDir);
  try {
    return readPublished(replica.doc('field'), identity)?.devices ?? [];
  } catch {
    return [];
  }
}

/**
 * The chapter laptop: signs what it keeps and the devices registry, and puts it into the field
 * document unless the copy there already says the same. True when a new copy was published.
 */
export function publishSnapshot(
  field: Y.Doc,
  identity: PublishIdentity,
  data: StoreData,
  devices: readonly PublishedDevice[],
  now: Date,
): boolean {
  if (identity.role !== 'chapter' || !identity.chapterPrivateKey) {
    throw new AppError('read-only', 'Only the chapter laptop publishes the chapter’s records.');
  }
  const current = readPublished(field, identity);
  if (
    current &&
    sameKept(data, current) &&
    JSON.stringify(current.devices) === JSON.stringify(devices)
  ) {
    return false;
  }
  const meta = {
    chapterId: identity.chapterId,
    publishedBy: identity.deviceId,
    publishedAt: now.toISOString(),
  };
  const bytes = signSnapshot(snapshotText(data, meta, devices), identity.chapterPrivateKey);
  field.transact(() => publishedMap(field).set('snapshot', bytes), 'published');
  return true;
}

/** What the refusal on a non-chapter laptop says about the copy here. */
export const PublishedCopySchema = z.object({
  publishedAt: z.string().max(64),
  publisher: z.string().max(200),
});
export type PublishedCopy = z.infer<typeof PublishedCopySchema>;

function copyFile(dataDir: string): string {
  return join(dataDir, 'sync', 'published.json');
}

export async function publishedCopy(dataDir: string): Promise<PublishedCopy | null> {
  try {
    return PublishedCopySchema.parse(JSON.parse(await readFile(copyFile(dataDir), 'utf8')));
  } catch {
    return null;
  }
}

/**
 * Any other device: takes the verified snapshot's collections into the view (one settled write,
 * skipped when they are already there) and remembers the copy. Returns the snapshot, or null
 * when none was published yet; an untrustworthy one throws and changes nothing.
 */
export async function applyPublished(
  session: Session,
  field: Y.Doc,
  identity: PublishIdentity,
): Promise<PublishedSnapshot | null> {
  if (identity.role === 'chapter') return null;
  const snapshot = readPublished(field, identity);
  if (!snapshot) return null;
  const known = await publishedCopy(session.dataDir);
  if (known?.publishedAt !== snapshot.publishedAt || !sameKept(session.current().data, snapshot)) {
    await updateSettled(session, (data) => ({ data: withPublished(data, snapshot) }));
    await mkdir(join(session.dataDir, 'sync'), { recursive: true, mode: 0o700 });
    const copy: PublishedCopy = {
      publishedAt: snapshot.publishedAt,
      publisher: publisherName(snapshot),
    };
    await writeFileDurable(copyFile(session.dataDir), JSON.stringify(copy));
  }
  return snapshot;
}

/** How long the chapter laptop waits after a write before republishing (a live meeting writes often). */
const PUBLISH_AFTER_MS = 1_000;

/**
 * Keeps the published copy current while sync runs: the chapter laptop republishes shortly
 * after its writes (and at once, for a registry that changed), any other laptop takes each new
 * snapshot into its view. Returns the stop function; `publishNow` is for the hub after a device
 * was paired or revoked.
 */
export function watchPublished(
  session: Session,
  identity: SyncIdentity,
  replica: Replica,
): { stop: () => void; publishNow: () => Promise<void> } {
  const field = replica.doc('field');
  const report = (error: unknown) => console.error('Published snapshot:', error);
  if (identity.role === 'chapter') {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const publishNow = async () => {
      if (timer) clearTimeout(timer);
      timer = null;
      const devices = await deviceList(session.dataDir);
      if (publishSnapshot(field, identity, readSettled(session), devices, session.clock())) {
        await replica.flush();
      }
    };
    const stopCommits = session.onCommit(() => {
      timer ??= setTimeout(() => void publishNow().catch(report), PUBLISH_AFTER_MS);
    });
    void publishNow().catch(report);
    return {
      stop: () => {
        stopCommits();
        if (timer) clearTimeout(timer);
      },
      publishNow,
    };
  }
  let applying = Promise.resolve();
  const apply = () => {
    applying = applying
      .then(() => applyPublished(session, field, identity))
      .then(() => undefined, report);
    return applying;
  };
  const map = publishedMap(field);
  const onChange = () => void apply();
  map.observe(onChange);
  onChange();
  return { stop: () => map.unobserve(onChange), publishNow: apply };
}
