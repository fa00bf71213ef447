/**
 * The chapter sync protocol, shared by the sync server, the chapter laptop's LAN server and
 * the client: one WebSocket per device, binary messages `[kind, ...]` (lib0 encoding).
 *
 * - `sync`: `[0, doc name, y-protocols sync message]` — step 1, step 2 or an update of one doc.
 * - `refused`: `[1, doc name, reason]` — the token may not reach that doc; nothing of it is sent.
 * - `devices`: `[2, JSON]` — the chapter laptop tells a server its device list (tokens hashed),
 *   so a newly paired device is let in and a revoked one is shut out at once.
 * - `pairRequest` / `pairReply`: `[3|4, request id, JSON]` — a sync server relays a new laptop's
 *   pairing request to the connected chapter laptops and the sealed answer back (only the
 *   laptop that made the code can answer it; the answer opens only with the code).
 *
 * The token travels in the upgrade request (`Authorization: Bearer …`); a bad or revoked token
 * gets HTTP 401 and no socket; a token revoked while connected is closed with CLOSE_REVOKED.
 */
import { z } from 'zod';
import { LIMITS } from '../limits';

export const DOC_NAMES = ['field', 'roster'] as const;
export type DocName = (typeof DOC_NAMES)[number];
export const DEVICE_ROLES = ['chapter', 'officer', 'volunteer'] as const;
/** `chapter`: the chapter laptop (holds the secret, publishes); `officer`: field + roster; `volunteer`: field. */
export const DeviceRoleSchema = z.enum(DEVICE_ROLES);
export type DeviceRole = z.infer<typeof DeviceRoleSchema>;

export const MESSAGE = { sync: 0, refused: 1, devices: 2, pairRequest: 3, pairReply: 4 } as const;
export const CLOSE_REVOKED = 4001;
export const SYNC_PATH = '/sync';
export const PAIR_PATH = '/pair';

/** Which documents a device of this role may hold, send and receive. */
export function docsForRole(role: DeviceRole): DocName[] {
  return role === 'volunteer' ? ['field'] : ['field', 'roster'];
}

export function isDocName(name: string): name is DocName {
  return (DOC_NAMES as readonly string[]).includes(name);
}

/** A device as a server knows it: its token only as a SHA-256 hash. */
export const ServerDeviceSchema = z.object({
  chapterId: z.string().min(1).max(LIMITS.id),
  deviceId: z.string().min(1).max(LIMITS.id),
  role: DeviceRoleSchema,
  tokenSha256: z.string().regex(/^[0-9a-f]{64}$/),
  revokedAt: z.string().max(LIMITS.id).nullable().default(null),
});
export type ServerDevice = z.infer<typeof ServerDeviceSchema>;
export const ServerDeviceListSchema = z.array(ServerDeviceSchema).max(LIMITS.id * 16);

/** The connection as a person reads it. */
export type SyncState = 'off' | 'connecting' | 'connected' | 'offline' | 'refused';

export function syncStateWords(state: SyncState, detail?: string | null): string {
  switch (state) {
    case 'off':
      return 'Sync is off: nothing leaves this laptop.';
    case 'connecting':
      return 'Connecting…';
    case 'connected':
      return 'Connected: changes are shared as they are made.';
    case 'offline':
      return `Offline: changes are kept here and shared when the connection is back.${detail ? ` (${detail})` : ''}`;
    case 'refused':
      return `Refused: this laptop's token was not accepted (wrong or revoked). Pair it again.${detail ? ` (${detail})` : ''}`;
  }
}
