/**
 * Pairing a new laptop with a one-time code. The chapter laptop makes a code (shown as text and
 * as a QR code), good once and for ten minutes. The new laptop proves it knows the code without
 * sending it (a hash), and the chapter laptop's answer — the device's own token, its role, the
 * chapter id, the transport key, the chapter's public key — travels encrypted with a key derived
 * from the code (scrypt + AES-256-GCM), so someone listening on the network learns neither.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  randomBytes,
  randomInt,
  scryptSync,
  timingSafeEqual,
} from 'node:crypto';
import { z } from 'zod';
import { LIMITS } from '../../shared/limits';
import { AppError } from '../../shared/errors';
import { DeviceRoleSchema } from '../../shared/sync/protocol';
import { TokenSchema } from './identity';

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 12;
export const PAIRING_MINUTES = 10;

/** `ABCD-EFGH-JKMN`: 12 characters from 31 that are hard to mix up (about 59 bits). */
export function newPairingCode(): string {
  const chars = Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 4, 8].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/** What a person typed, as the code: case, spaces and dashes do not matter. */
export function normaliseCode(typed: string): string {
  const plain = typed.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return [0, 4, 8].map((i) => plain.slice(i, i + 4)).join('-');
}

export function codeProof(code: string): string {
  return createHash('sha256')
    .update(`chapterhouse-pair|${normaliseCode(code)}`)
    .digest('hex');
}

function codeKey(code: string, salt: Buffer): Buffer {
  return scryptSync(normaliseCode(code), salt, 32);
}

export const PairRequestSchema = z.object({
  proof: z.string().regex(/^[0-9a-f]{64}$/),
  /** The new laptop's Ed25519 public key (SPKI DER, base64). */
  publicKey: z.string().max(LIMITS.title),
});

export const PairingBundleSchema = z.object({
  chapterId: z.string().max(LIMITS.id),
  chapterName: z.string().max(LIMITS.name),
  deviceId: z.string().max(LIMITS.id),
  role: DeviceRoleSchema,
  token: TokenSchema,
  transportKey: z.string().max(LIMITS.id),
  chapterPublicKey: z.string().max(LIMITS.title),
  /** The chapter's sync server, when it has one; else the new laptop syncs with the address it paired with. */
  serverUrl: z.string().max(LIMITS.short).nullable(),
});
export type PairingBundle = z.infer<typeof PairingBundleSchema>;

const SealedSchema = z.object({
  ok: z.literal(true),
  salt: z.string().max(LIMITS.id),
  iv: z.string().max(LIMITS.id),
  tag: z.string().max(LIMITS.id),
  data: z.string().max(LIMITS.notes * 4),
});
const ReplySchema = z.union([
  SealedSchema,
  z.object({ ok: z.literal(false), message: z.string().max(LIMITS.short) }),
]);
export type PairReply = z.infer<typeof ReplySchema>;

export function sealBundle(code: string, bundle: PairingBundle): PairReply {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', codeKey(code, salt), iv);
  const data = Buffer.concat([cipher.update(JSON.stringify(bundle), 'utf8'), cipher.final()]);
  return {
    ok: true,
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
}

export function openReply(code: string, reply: unknown): PairingBundle {
  const parsed = ReplySchema.safeParse(reply);
  if (!parsed.success)
    throw new AppError('invalid-input', 'The chapter laptop gave an answer this app cannot read.');
  if (!parsed.data.ok) throw new AppError('conflict', parsed.data.message);
  const { salt, iv, tag, data } = parsed.data;
  try {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      codeKey(code, Buffer.from(salt, 'base64')),
      Buffer.from(iv, 'base64'),
    );
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    const text = Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]);
    return PairingBundleSchema.parse(JSON.parse(text.toString('utf8')));
  } catch {
    throw new AppError('invalid-input', 'The pairing answer could not be opened with that code.');
  }
}

export interface PendingPairing {
  code: string;
  deviceName: string;
  role: 'officer' | 'volunteer';
  expiresAt: Date;
}

/** The chapter laptop's codes waiting to be redeemed (kept in memory only). */
export class PairingCodes {
  private readonly pending = new Map<string, PendingPairing>();

  constructor(private readonly clock: () => Date) {}

  create(deviceName: string, role: 'officer' | 'volunteer'): PendingPairing {
    const code = newPairingCode();
    const expiresAt = new Date(this.clock().getTime() + PAIRING_MINUTES * 60_000);
    const pairing = { code, deviceName, role, expiresAt };
    this.pending.set(codeProof(code), pairing);
    return pairing;
  }

  /** Takes the code a proof names: once only, and only before it expires. */
  redeem(proof: string): PendingPairing {
    const now = this.clock().getTime();
    for (const [key, p] of this.pending) if (p.expiresAt.getTime() <= now) this.pending.delete(key);
    const match = [...this.pending.keys()].find((key) =>
      timingSafeEqual(Buffer.from(key), Buffer.from(proof.padEnd(key.length).slice(0, key.length))),
    );
    const pairing = match ? this.pending.get(match) : undefined;
    if (!match || !pairing) {
      throw new AppError(
        'not-found',
        'That pairing code is not valid: it was used, expired, or mistyped.',
      );
    }
    this.pending.delete(match);
    return pairing;
  }

  cancel(code: string): void {
    this.pending.delete(codeProof(code));
  }
}
