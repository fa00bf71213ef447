/**
 * The chapter's devices, kept by the chapter laptop in `<dataDir>/sync/devices.json`: who was
 * paired, with which role and public key, and who was revoked when. A revoked device stays in
 * the list: what it wrote before stays attributed to it.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { LIMITS } from '../../shared/limits';
import { listOf } from '../../shared/schema/common';
import type { ServerDevice } from '../../shared/sync/protocol';
import { PublishedDeviceSchema, type PublishedDevice } from '../../shared/sync/published';
import { AppError } from '../../shared/errors';
import { writeFileDurable } from '../store/durable';
import { deviceToken, syncDir, type SyncIdentity } from './identity';

const DEVICES_FILE = 'devices.json';

/** A device as the registry lists it (the same record the published snapshot carries). */
export type Device = PublishedDevice;
const DevicesFileSchema = z.object({
  devices: listOf(PublishedDeviceSchema, LIMITS.id * 16, 'devices'),
});

/** Every device ever paired to this chapter (the chapter laptop's list; [] elsewhere). */
export async function deviceList(dataDir: string): Promise<Device[]> {
  let text: string;
  try {
    text = await readFile(join(syncDir(dataDir), DEVICES_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return DevicesFileSchema.parse(JSON.parse(text)).devices;
}

async function writeDevices(dataDir: string, devices: Device[]): Promise<void> {
  await writeFileDurable(
    join(syncDir(dataDir), DEVICES_FILE),
    JSON.stringify(DevicesFileSchema.parse({ devices }), null, 2),
  );
}

export async function addDevice(dataDir: string, device: Device): Promise<Device[]> {
  const devices = [...(await deviceList(dataDir)).filter((d) => d.id !== device.id), device];
  await writeDevices(dataDir, devices);
  return devices;
}

/** Revokes a device: its token stops working; it stays listed with the time. */
export async function revokeDevice(dataDir: string, id: string, now: Date): Promise<Device[]> {
  const devices = await deviceList(dataDir);
  const device = devices.find((d) => d.id === id);
  if (!device) throw new AppError('not-found', 'No such device.');
  if (device.role === 'chapter') {
    throw new AppError('conflict', 'The chapter laptop cannot revoke itself.');
  }
  device.revokedAt ??= now.toISOString();
  await writeDevices(dataDir, devices);
  return devices;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The device list as a server needs it: tokens only as hashes (the chapter laptop's view). */
export function serverDevices(identity: SyncIdentity, devices: Device[]): ServerDevice[] {
  const secret = identity.secret;
  if (!secret) return [];
  return devices.map((d) => ({
    chapterId: identity.chapterId,
    deviceId: d.id,
    role: d.role,
    tokenSha256: sha256Hex(deviceToken(secret, identity.chapterId, d.id, d.role)),
    revokedAt: d.revokedAt,
  }));
}
