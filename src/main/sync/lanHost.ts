/**
 * The chapter laptop as a server: what its LAN server (and the pairing it answers) needs.
 * Tokens are checked against the chapter secret and the device list, so a revoked device is
 * refused at its next message and closed at once (SyncServer.recheck).
 */
import { timingSafeEqual } from 'node:crypto';
import { networkInterfaces } from 'node:os';
import { AppError } from '../../shared/errors';
import { addDevice, deviceList } from './devices';
import { deviceToken, newDeviceId, tokenParts, type SyncIdentity } from './identity';
import { PairRequestSchema, sealBundle, type PairingCodes } from './pairing';
import type { SyncDocs } from './peer';
import type { Access, SyncServerHost } from './server';

/** This laptop's IPv4 addresses a person can choose to serve on (loopback first). */
export function localAddresses(): string[] {
  const found = Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4')
    .map((a) => a!.address);
  return [...new Set(['127.0.0.1', ...found])];
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export interface ChapterHostOptions {
  dataDir: string;
  /** The identity as it is now (the sync server's address may change while serving). */
  identity: () => SyncIdentity;
  docs: SyncDocs;
  codes: PairingCodes;
  chapterName: () => string;
  clock: () => Date;
  /** Told after a device was paired (the hub tells the sync server). */
  onPaired: () => void;
}

export function chapterHost(
  opts: ChapterHostOptions,
): SyncServerHost & Required<Pick<SyncServerHost, 'pair'>> {
  const identity = opts.identity();
  const secret = identity.secret;
  if (!secret) throw new AppError('conflict', 'Only the chapter laptop serves the chapter.');
  return {
    async authorize(token: string): Promise<Access | null> {
      const parts = tokenParts(token);
      if (!parts || parts.chapterId !== identity.chapterId) return null;
      const device = (await deviceList(opts.dataDir)).find((d) => d.id === parts.deviceId);
      if (!device || device.revokedAt) return null;
      if (!same(token, deviceToken(secret, identity.chapterId, device.id, device.role)))
        return null;
      return { chapterId: identity.chapterId, deviceId: device.id, role: device.role };
    },
    docs: () => Promise.resolve(opts.docs),
    async pair(request: unknown) {
      const parsed = PairRequestSchema.safeParse(request);
      if (!parsed.success) return { ok: false, message: 'That is not a pairing request.' };
      let pending;
      try {
        pending = opts.codes.redeem(parsed.data.proof);
      } catch (error) {
        return { ok: false, message: (error as Error).message };
      }
      const deviceId = newDeviceId();
      await addDevice(opts.dataDir, {
        id: deviceId,
        name: pending.deviceName,
        role: pending.role,
        publicKey: parsed.data.publicKey,
        pairedAt: opts.clock().toISOString(),
        revokedAt: null,
      });
      opts.onPaired();
      return sealBundle(pending.code, {
        chapterId: identity.chapterId,
        chapterName: opts.chapterName(),
        deviceId,
        role: pending.role,
        token: deviceToken(secret, identity.chapterId, deviceId, pending.role),
        transportKey: identity.transportKey,
        chapterPublicKey: identity.chapterPublicKey,
        serverUrl: opts.identity().server?.url ?? null,
      });
    },
  };
}
