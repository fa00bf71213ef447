/**
 * The USB stick file: what another laptop of the chapter lacks (a delta against the state it
 * last told us it holds, remembered per device in `<dataDir>/sync/stick-peers.json`, or the
 * full state), encrypted with the chapter's transport key (AES-256-GCM, random IV, the header as
 * additional data) and signed by the sending device (Ed25519). Importing checks the chapter, the
 * sender (known and not revoked, from the devices registry), the signature, then decrypts and
 * applies the documents this laptop may hold. Yjs updates apply idempotently, so a file imported
 * twice changes nothing. The layout is src/shared/sync/stickFormat.ts.
 */
import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  randomBytes,
  sign,
  verify,
} from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as Y from 'yjs';
import { z } from 'zod';
import type { StickImport } from '../../shared/contract/syncFiles';
import { formatDateTime } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { docsForRole } from '../../shared/sync/protocol';
import type { PublishedDevice } from '../../shared/sync/published';
import {
  STICK_FORMAT,
  StickFormatError,
  decodePayload,
  docsBetween,
  encodeHeader,
  encodePayload,
  signedPart,
  splitStickFile,
  stickFileBytes,
  type StickHeader,
  type StickSection,
} from '../../shared/sync/stickFormat';
import { writeFileDurable } from '../store/durable';
import type { SyncIdentity } from './identity';
import { readPublished } from './published';
import type { Replica } from './replica';

/** What the stick needs of this device's sync identity. */
export type StickIdentity = Pick<
  SyncIdentity,
  | 'chapterId'
  | 'deviceId'
  | 'deviceName'
  | 'role'
  | 'transportKey'
  | 'devicePrivateKey'
  | 'chapterPublicKey'
>;

/** What the stick needs of the replica. */
export type StickReplica = Pick<Replica, 'stateVector' | 'encodeState' | 'applyRemote'>;

export interface StickContext {
  dataDir: string;
  chapterName: string;
  identity: StickIdentity;
  replica: StickReplica;
  /** The devices registry: the chapter laptop's own, or the published snapshot's. */
  devices: readonly PublishedDevice[];
}

/** The origin remote updates from a stick file carry (transports skip their own origin). */
export const STICK_ORIGIN = 'usb-stick';

const b64 = z.base64().max(4096);
const PeersSchema = z.record(
  z.string().max(64),
  z.object({
    lastFileAt: z.string().max(64),
    stateVectors: z.partialRecord(z.enum(['field', 'roster']), b64),
  }),
);
type Peers = z.infer<typeof PeersSchema>;

function peersFile(dataDir: string): string {
  return join(dataDir, 'sync', 'stick-peers.json');
}

export async function readPeers(dataDir: string): Promise<Peers> {
  try {
    return PeersSchema.parse(JSON.parse(await readFile(peersFile(dataDir), 'utf8')));
  } catch {
    // Missing or unreadable: every next file is a full one, which is always safe.
    return {};
  }
}

async function writePeers(dataDir: string, peers: Peers): Promise<void> {
  await mkdir(join(dataDir, 'sync'), { recursive: true, mode: 0o700 });
  await writeFileDurable(peersFile(dataDir), JSON.stringify(peers));
}

function transportKey(identity: StickIdentity): Buffer {
  const key = Buffer.from(identity.transportKey, 'base64');
  if (key.length !== 32) throw new AppError('internal', 'This laptop’s chapter key is damaged.');
  return key;
}

/** The file for laptop `toId`: `delta` (what it lacks since its last file here) or `full`. */
export async function makeStickFile(
  ctx: StickContext,
  toId: string,
  kind: 'delta' | 'full',
  now: Date,
): Promise<Uint8Array> {
  const { identity } = ctx;
  const to = ctx.devices.find((d) => d.id === toId);
  if (!to || to.id === identity.deviceId) {
    throw new AppError('not-found', 'Choose another laptop of this chapter.');
  }
  if (to.revokedAt) {
    throw new AppError('conflict', `“${to.name}” was revoked: no file can be made for it.`);
  }
  const known = kind === 'delta' ? (await readPeers(ctx.dataDir))[to.id] : undefined;
  const docs = docsBetween(identity.role, to.role);
  const sections = docs.map((doc) => {
    const since = known?.stateVectors[doc];
    return {
      doc,
      update: ctx.replica.encodeState(doc, since ? Buffer.from(since, 'base64') : undefined),
      stateVector: ctx.replica.stateVector(doc),
    };
  });
  const iv = randomBytes(12);
  const header: StickHeader = {
    format: STICK_FORMAT,
    chapterId: identity.chapterId,
    chapterName: ctx.chapterName,
    from: { id: identity.deviceId, name: identity.deviceName, role: identity.role },
    to: { id: to.id, name: to.name },
    kind,
    createdAt: now.toISOString(),
    iv: iv.toString('base64'),
    docs,
  };
  const headerBytes = encodeHeader(header);
  const cipher = createCipheriv('aes-256-gcm', transportKey(identity), iv);
  cipher.setAAD(headerBytes);
  const body = Buffer.concat([
    cipher.update(encodePayload(sections)),
    cipher.final(),
    cipher.getAuthTag(),
  ]);
  const signed = signedPart(headerBytes, body);
  const key = createPrivateKey({
    key: Buffer.from(identity.devicePrivateKey, 'base64'),
    format: 'der',
    type: 'pkcs8',
  });
  return stickFileBytes(signed, sign(null, signed, key));
}

function refuse(message: string): never {
  throw new AppError('invalid-input', message);
}

function signatureMatches(signed: Uint8Array, signature: Uint8Array, publicKey: string): boolean {
  try {
    const key = createPublicKey({
      key: Buffer.from(publicKey, 'base64'),
      format: 'der',
      type: 'spki',
    });
    return verify(null, signed, key, signature);
  } catch {
    return false;
  }
}

/** The payload, decrypted with the chapter's key (which also checks the header). */
function decrypt(
  identity: StickIdentity,
  header: StickHeader,
  headerBytes: Uint8Array,
  body: Uint8Array,
): StickSection[] {
  let payload: Buffer;
  try {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      transportKey(identity),
      Buffer.from(header.iv, 'base64'),
    );
    decipher.setAAD(headerBytes);
    decipher.setAuthTag(body.subarray(body.length - 16));
    payload = Buffer.concat([
      decipher.update(body.subarray(0, body.length - 16)),
      decipher.final(),
    ]);
  } catch {
    refuse(`This file was changed after “${header.from.name}” made it: it is refused.`);
  }
  return decodePayload(payload);
}

/**
 * The sending device in the registry. A laptop that has no registry yet (its first file from the
 * chapter laptop) finds it in the snapshot the file itself carries, trusted once the chapter's
 * own key has verified it.
 */
function senderOf(
  ctx: Pick<StickContext, 'identity' | 'devices'>,
  header: StickHeader,
  sections: readonly StickSection[],
): PublishedDevice {
  const known = ctx.devices.find((d) => d.id === header.from.id);
  if (known) return known;
  const field = sections.find((s) => s.doc === 'field');
  let carried: PublishedDevice[] = [];
  if (field) {
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, field.update);
      carried = readPublished(doc, ctx.identity)?.devices ?? [];
    } catch {
      carried = [];
    } finally {
      doc.destroy();
    }
  }
  const sender = carried.find((d) => d.id === header.from.id);
  if (!sender) {
    refuse(
      `This file comes from “${header.from.name}”, a device this laptop does not know yet. Sync with the chapter laptop first, then import it again.`,
    );
  }
  return sender;
}

/** Checks a file (chapter, addressee, sender, signature), decrypts it, and returns its parts. */
export function openStickFile(ctx: Omit<StickContext, 'replica' | 'dataDir'>, file: Uint8Array) {
  let parts: ReturnType<typeof splitStickFile>;
  try {
    parts = splitStickFile(file);
  } catch (error) {
    if (error instanceof StickFormatError) refuse(error.message);
    throw error;
  }
  const { header, headerBytes, body, signed, signature } = parts;
  const { identity } = ctx;
  if (header.chapterId !== identity.chapterId) {
    refuse(
      `This file is from another chapter (“${header.chapterName}”): it cannot be imported here.`,
    );
  }
  if (header.to.id !== identity.deviceId) {
    refuse(
      `This file was made for “${header.to.name}”, not for this laptop (“${identity.deviceName}”).`,
    );
  }
  const sections = decrypt(identity, header, headerBytes, body);
  const sender = senderOf(ctx, header, sections);
  if (sender.revokedAt) {
    refuse(
      `This file comes from “${sender.name}”, which was revoked on ${formatDateTime(sender.revokedAt)}: it is refused.`,
    );
  }
  if (!signatureMatches(signed, signature, sender.publicKey)) {
    refuse(
      `This file was changed after “${sender.name}” made it (its signature does not match): it is refused.`,
    );
  }
  const allowed = docsForRole(sender.role);
  if (sections.some((s) => !allowed.includes(s.doc) || !header.docs.includes(s.doc))) {
    refuse(
      `“${sender.name}” is a volunteer’s laptop and may not send the roster: this file is refused.`,
    );
  }
  return { header, sender, sections };
}

/** Applies a file: only the documents this laptop may hold; the sender's state is remembered. */
export async function importStickFile(ctx: StickContext, file: Uint8Array): Promise<StickImport> {
  const { header, sender, sections } = openStickFile(ctx, file);
  const mine = docsForRole(ctx.identity.role);
  let newChanges = false;
  for (const section of sections.filter((s) => mine.includes(s.doc))) {
    const before = Buffer.from(ctx.replica.stateVector(section.doc));
    await ctx.replica.applyRemote(section.doc, section.update, STICK_ORIGIN);
    if (!before.equals(ctx.replica.stateVector(section.doc))) newChanges = true;
  }
  const peers = await readPeers(ctx.dataDir);
  const known = peers[sender.id];
  if (!known || known.lastFileAt < header.createdAt) {
    peers[sender.id] = {
      lastFileAt: header.createdAt,
      stateVectors: Object.fromEntries(
        sections.map((s) => [s.doc, Buffer.from(s.stateVector).toString('base64')]),
      ),
    };
    await writePeers(ctx.dataDir, peers);
  }
  return {
    imported: true,
    from: sender.name,
    createdAt: header.createdAt,
    kind: header.kind,
    newChanges,
  };
}
