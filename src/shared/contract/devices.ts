/**
 * Devices and sync: this laptop's place in the chapter, pairing and revoking devices, the
 * sync server's address, the LAN server, and the connection's state in words. Sync is off
 * until a person turns it on (`devices.turnOn` on the chapter laptop, `devices.join` on another).
 */
import { z } from 'zod';
import { LIMITS } from '../limits';
import { boundedText, IdSchema, trimmed } from '../schema/common';
import { AppStatusSchema } from './app';
import { channels } from './define';
import { DeviceRoleSchema } from '../sync/protocol';

const text = (max: number) => z.string().max(max);

export const DeviceRowSchema = z.object({
  id: text(LIMITS.id),
  name: text(LIMITS.name),
  role: DeviceRoleSchema,
  pairedAt: text(LIMITS.id),
  revokedAt: text(LIMITS.id).nullable(),
});
export type DeviceRow = z.infer<typeof DeviceRowSchema>;

export const DevicesStatusSchema = z.object({
  /** false = sync was never turned on: nothing leaves this laptop. */
  on: z.boolean(),
  /** The sample chapter never syncs. */
  sample: z.boolean(),
  thisDevice: z
    .object({
      id: text(LIMITS.id),
      name: text(LIMITS.name),
      role: DeviceRoleSchema,
      chapterId: text(LIMITS.id),
    })
    .nullable(),
  connection: z.object({
    state: z.enum(['off', 'connecting', 'connected', 'offline', 'refused']),
    words: text(LIMITS.short),
  }),
  server: text(LIMITS.short).nullable(),
  lan: z.object({
    enabled: z.boolean(),
    host: text(LIMITS.name),
    port: z.number().int(),
    /** `ws://address:port` while it listens. */
    listening: text(LIMITS.short).nullable(),
    /** This laptop's own addresses a person can pick from. */
    choices: z.array(text(LIMITS.name)).max(LIMITS.id),
  }),
  /** The chapter laptop's list (empty on other devices). */
  devices: z.array(DeviceRowSchema).max(LIMITS.id * 16),
  /** Chapter laptop: its line for the sync server's tokens file. */
  serverTokenLine: text(LIMITS.short * 2).nullable(),
});
export type DevicesStatus = z.infer<typeof DevicesStatusSchema>;

export const PairingSchema = z.object({
  code: text(LIMITS.id),
  expiresAt: text(LIMITS.id),
  /** Where the new laptop connects to redeem it (the LAN server), when it listens. */
  address: text(LIMITS.short).nullable(),
  /** What the QR code holds: the address and the code. */
  qrText: text(LIMITS.short * 2),
});
export type Pairing = z.infer<typeof PairingSchema>;

const DeviceName = trimmed('The laptop’s name', LIMITS.name);
const Address = trimmed('The address', LIMITS.short);

export const devicesChannels = channels({
  'devices.status': { input: z.undefined(), output: DevicesStatusSchema },
  /** The chapter laptop turns sync on: the chapter gets its keys and secret. */
  'devices.turnOn': { input: z.object({ deviceName: DeviceName }), output: DevicesStatusSchema },
  'devices.pair': {
    input: z.object({ name: DeviceName, role: z.enum(['officer', 'volunteer']) }),
    output: PairingSchema,
  },
  'devices.revoke': { input: z.object({ id: IdSchema }), output: DevicesStatusSchema },
  'devices.setServer': {
    input: z.object({ url: boundedText('The address', LIMITS.short).nullable() }),
    output: DevicesStatusSchema,
  },
  'devices.setLan': {
    input: z.object({
      enabled: z.boolean(),
      host: trimmed('The address to listen on', LIMITS.name),
      /** 0 lets the system pick a free port. */
      port: z.number().int().min(0).max(65535),
    }),
    output: DevicesStatusSchema,
  },
  /** A new laptop joins a chapter with the code shown on the chapter laptop. */
  'devices.join': {
    input: z.object({
      address: Address,
      code: trimmed('The pairing code', LIMITS.id),
      deviceName: DeviceName,
    }),
    output: AppStatusSchema,
  },
});
