/**
 * This laptop's place in a chapter that syncs: which chapter, which device, its role, the keys
 * it holds, and its own token. Kept in `<dataDir>/sync/identity.json` (folder 0700, file 0600);
 * no file means sync was never turned on, and then nothing leaves the laptop.
 *
 * The chapter laptop (role `chapter`) alone holds the chapter secret (every device's token is
 * derived from it with HMAC) and the chapter's Ed25519 private key (it signs published
 * snapshots). Every device holds the chapter's public key, the transport key (USB files) and an
 * Ed25519 key pair of its own.
 */
import { createHmac, generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { LIMITS } from '../../shared/limits';
import { IdSchema, TimestampSchema, trimmed } from '../../shared/schema/common';
import { AppError } from '../../shared/errors';
import { DeviceRoleSchema, type DeviceRole } from '../../shared/sync/protocol';
import { writeFileDurable } from '../store/durable';

export const SYNC_DIR = 'sync';
const IDENTITY_FILE = 'identity.json';

/** Base64 of a few hundred bytes at most: keys, secrets, tokens' MACs. */
const Base64Schema = z
  .string()
  .max(LIMITS.id * 4)
  .regex(/^[A-Za-z0-9+/_-]+={0,2}$/, 'Not base64');
const Key32Schema = Base64Schema.refine(
  (s) => Buffer.from(s, 'base64').length === 32,
  'A key of 32 bytes',
);
export const TokenSchema = z
  .string()
  .max(LIMITS.short)
  .regex(/^chs1\.[\w-]+\.[\w-]+\.[\w-]+$/, 'Not a device token');
export const DeviceNameSchema = trimmed('A device name', LIMITS.name);

export const SyncIdentitySchema = z.object({
  version: z.literal(1),
  chapterId: IdSchema,
  deviceId: IdSchema,
  deviceName: DeviceNameSchema,
  role: DeviceRoleSchema,
  /** Shared by the chapter's devices: encrypts USB files (AES-256-GCM). */
  transportKey: Key32Schema,
  /** The chapter's Ed25519 public key, SPKI DER as base64: verifies published snapshots. */
  chapterPublicKey: Base64Schema,
  /** This device's Ed25519 key pair (PKCS8 / SPKI DER as base64): signs its USB files. */
  devicePrivateKey: Base64Schema,
  devicePublicKey: Base64Schema,
  /** This device's own token, derived from the chapter secret: what servers check. */
  token: TokenSchema,
  /** Chapter laptop only: the secret every device token derives from. */
  secret: Key32Schema.optional(),
  /** Chapter laptop only: signs published snapshots. */
  chapterPrivateKey: Base64Schema.optional(),
  /** The sync server this laptop connects to, when one is set (ws:// or wss://). */
  server: z.object({ url: z.string().max(LIMITS.short) }).optional(),
  /** Chapter laptop only: serving the chapter on the local network (off unless turned on). */
  lan: z
    .object({ enabled: z.boolean(), host: z.string().max(LIMITS.name), port: z.number().int() })
    .optional(),
  createdAt: TimestampSchema,
});
export type SyncIdentity = z.infer<typeof SyncIdentitySchema>;

export function syncDir(dataDir: string): string {
  return join(dataDir, SYNC_DIR);
}

/** null = sync was never turned on for this data folder. */
export async function readIdentity(dataDir: string): Promise<SyncIdentity | null> {
  let text: string;
  try {
    text = await readFile(join(syncDir(dataDir), IDENTITY_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const parsed = SyncIdentitySchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    throw new AppError(
      'damaged',
      `This laptop's sync identity (sync/identity.json) is not valid: ${parsed.error.issues[0]?.message ?? 'unknown'}.`,
    );
  }
  return parsed.data;
}

export async function writeIdentity(dataDir: string, identity: SyncIdentity): Promise<void> {
  const dir = syncDir(dataDir);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await writeFileDurable(
    join(dir, IDENTITY_FILE),
    JSON.stringify(SyncIdentitySchema.parse(identity), null, 2),
  );
}

/** A fresh Ed25519 key pair as base64 DER (private PKCS8, public SPKI). */
export function newKeyPair(): { privateKey: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
  };
}

/**
 * A device's token: `chs1.<chapterId>.<deviceId>.<mac>` where mac = HMAC-SHA256 of the chapter
 * id, device id and role under the chapter secret. Only the chapter laptop can make one.
 */
export function deviceToken(secret: string, chapterId: string, deviceId: string, role: DeviceRole) {
  const mac = createHmac('sha256', Buffer.from(secret, 'base64'))
    .update(`chapterhouse-token|${chapterId}|${deviceId}|${role}`)
    .digest('base64url');
  return `chs1.${chapterId}.${deviceId}.${mac}`;
}

/** The chapter and device a token names (not checked: servers check it against their list). */
export function tokenParts(token: string): { chapterId: string; deviceId: string } | null {
  const parts = token.split('.');
  if (parts.length !== 4 || parts[0] !== 'chs1') return null;
  return { chapterId: parts[1]!, deviceId: parts[2]! };
}

export function newDeviceId(): string {
  return randomUUID();
}

/** Turning sync on, on the chapter laptop: a new chapter secret, chapter keys and device keys. */
export function newChapterIdentity(deviceName: string, now: Date): SyncIdentity {
  const chapter = newKeyPair();
  const device = newKeyPair();
  const secret = randomBytes(32).toString('base64');
  const chapterId = randomUUID();
  const deviceId = newDeviceId();
  return {
    version: 1,
    chapterId,
    deviceId,
    deviceName,
    role: 'chapter',
    transportKey: randomBytes(32).toString('base64'),
    chapterPublicKey: chapter.publicKey,
    chapterPrivateKey: chapter.privateKey,
    devicePrivateKey: device.privateKey,
    devicePublicKey: device.publicKey,
    secret,
    token: deviceToken(secret, chapterId, deviceId, 'chapter'),
    createdAt: now.toISOString(),
  };
}
