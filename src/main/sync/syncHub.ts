/**
 * The glue between the session and sync: turning sync on (the chapter laptop) or joining a
 * chapter (another laptop), opening the Replica with the documents this device's role may
 * hold, and the connections — the client to the sync server or the chapter laptop, and the
 * chapter laptop's LAN server. One hub per session; nothing runs until a person turns sync on,
 * and the sample chapter never syncs.
 */
import { AppError } from '../../shared/errors';
import { docsForRole, syncStateWords } from '../../shared/sync/protocol';
import type { DevicesStatus, Pairing } from '../../shared/contract/devices';
import type { AppStatus } from '../../shared/contract/app';
import type { Session } from '../session';
import { SyncClient } from './client';
import { addDevice, deviceList, revokeDevice, serverDevices, type Device } from './devices';
import {
  newChapterIdentity,
  newKeyPair,
  readIdentity,
  writeIdentity,
  type SyncIdentity,
} from './identity';
import { redeemCode } from './join';
import { chapterHost, localAddresses } from './lanHost';
import { PairingCodes } from './pairing';
import { readPublished, watchPublished } from './published';
import { Replica } from './replica';
import { SyncServer } from './server';

const DEFAULT_LAN_PORT = 4780;
const FIRST_SYNC_MS = 10_000;

export class SyncHub {
  private identity: SyncIdentity | null = null;
  private replica: Replica | null = null;
  private client: SyncClient | null = null;
  private lan: SyncServer | null = null;
  /** Keeps the signed published snapshot current (usb: published.ts). */
  private published: ReturnType<typeof watchPublished> | null = null;
  private readonly codes: PairingCodes;
  /** The chapter's devices as this laptop knows them (the chapter laptop's own list). */
  private devices: Device[] = [];
  /** Why sync could not start, in words (shown in Settings → Devices). */
  private problem: string | null = null;

  constructor(private readonly session: Session) {
    this.codes = new PairingCodes(session.clock);
  }

  /** The open replica, when sync is on (the USB stick file and the published snapshot use it). */
  get openReplica(): Replica | null {
    return this.replica;
  }

  get thisIdentity(): SyncIdentity | null {
    return this.identity;
  }

  /** At start: picks up where sync was left (nothing happens if it was never turned on). */
  async resume(): Promise<void> {
    if (this.session.mode !== 'real') return;
    try {
      this.identity = await readIdentity(this.session.dataDir);
      if (this.identity) await this.start();
    } catch (error) {
      // The chapter opens all the same; Settings → Devices says what is wrong.
      this.problem = (error as Error).message;
    }
  }

  private async start(): Promise<void> {
    const identity = this.identity!;
    await this.refreshDevices();
    this.replica ??= await Replica.open({
      dataDir: this.session.dataDir,
      session: this.session,
      deviceId: identity.deviceId,
      docs: docsForRole(identity.role),
      role: identity.role,
      // Checked again when the view is rebuilt: who wrote a record, and were they revoked then.
      rights: (deviceId) => this.registry().find((d) => d.id === deviceId),
    });
    this.published ??= watchPublished(this.session, identity, this.replica);
    await this.connect();
    await this.serveLan();
  }

  private async connect(): Promise<void> {
    await this.client?.stop();
    this.client = null;
    const identity = this.identity;
    if (!identity?.server || !this.replica) return;
    const dataDir = this.session.dataDir;
    const chapter = identity.role === 'chapter' ? this.chapterHost(identity, this.replica) : null;
    this.client = new SyncClient({
      url: identity.server.url,
      token: identity.token,
      docs: this.replica,
      held: docsForRole(identity.role),
      clock: this.session.clock,
      pair: chapter ? (request) => chapter.pair(request) : undefined,
      devices:
        identity.role === 'chapter'
          ? async () => JSON.stringify(serverDevices(identity, await deviceList(dataDir)))
          : undefined,
    });
    this.client.start();
  }

  /** The chapter laptop as a server: checks tokens, answers pairing (LAN, or relayed by the server). */
  private chapterHost(identity: SyncIdentity, replica: Replica) {
    return chapterHost({
      dataDir: this.session.dataDir,
      identity: () => this.identity ?? identity,
      docs: replica,
      codes: this.codes,
      chapterName: () => this.session.current().data.chapter?.name ?? 'the chapter',
      clock: this.session.clock,
      onPaired: () => void this.devicesChanged().catch(() => undefined),
    });
  }

  private async serveLan(): Promise<void> {
    await this.lan?.close();
    this.lan = null;
    const identity = this.identity;
    if (!identity?.lan?.enabled || identity.role !== 'chapter' || !this.replica) return;
    const host = this.chapterHost(identity, this.replica);
    try {
      this.lan = await SyncServer.listen(
        { host: identity.lan.host, port: identity.lan.port },
        host,
      );
    } catch (error) {
      throw new AppError(
        'conflict',
        `Could not listen on ${identity.lan.host}:${identity.lan.port}: ${(error as Error).message}`,
      );
    }
  }

  private async refreshDevices(): Promise<void> {
    this.devices = await deviceList(this.session.dataDir);
  }

  /** The chapter laptop's own list; elsewhere the devices of the published snapshot. */
  private registry(): Device[] {
    const identity = this.identity;
    if (!identity || identity.role === 'chapter' || !this.replica) return this.devices;
    try {
      return readPublished(this.replica.doc('field'), identity)?.devices ?? [];
    } catch {
      return [];
    }
  }

  private requireChapter(): SyncIdentity {
    if (this.identity?.role !== 'chapter') {
      throw new AppError('conflict', 'Only the chapter laptop pairs and revokes devices.');
    }
    return this.identity;
  }

  private requireReal(): void {
    if (this.session.mode !== 'real') {
      throw new AppError('conflict', 'The sample chapter never syncs. Close it first.');
    }
  }

  async turnOn(deviceName: string): Promise<DevicesStatus> {
    this.requireReal();
    if (this.identity) throw new AppError('conflict', 'Sync is already on for this laptop.');
    if (!this.session.current().data.chapter) {
      throw new AppError('not-ready', 'Set up the chapter first.');
    }
    const identity = newChapterIdentity(deviceName, this.session.clock());
    await writeIdentity(this.session.dataDir, identity);
    await addDevice(this.session.dataDir, {
      id: identity.deviceId,
      name: deviceName,
      role: 'chapter',
      publicKey: identity.devicePublicKey,
      pairedAt: identity.createdAt,
      revokedAt: null,
    });
    this.identity = identity;
    await this.start();
    return this.status();
  }

  async join(input: { address: string; code: string; deviceName: string }): Promise<AppStatus> {
    this.requireReal();
    if (this.identity) throw new AppError('conflict', 'This laptop already belongs to a chapter.');
    if (this.session.current().data.chapter) {
      throw new AppError('conflict', 'This laptop already has a chapter of its own.');
    }
    const keys = newKeyPair();
    const bundle = await redeemCode(input.address, input.code, keys.publicKey);
    this.identity = {
      version: 1,
      chapterId: bundle.chapterId,
      deviceId: bundle.deviceId,
      deviceName: input.deviceName,
      role: bundle.role,
      transportKey: bundle.transportKey,
      chapterPublicKey: bundle.chapterPublicKey,
      devicePrivateKey: keys.privateKey,
      devicePublicKey: keys.publicKey,
      token: bundle.token,
      server: { url: bundle.serverUrl ?? input.address },
      createdAt: this.session.clock().toISOString(),
    };
    await writeIdentity(this.session.dataDir, this.identity);
    await this.start();
    // Wait (a little) for the chapter to arrive, so the first screen is the chapter's.
    const client = this.client;
    if (client) {
      await Promise.race([
        client.whenSynced('field'),
        new Promise((resolve) => setTimeout(resolve, FIRST_SYNC_MS).unref()),
      ]);
    }
    await this.replica?.flush();
    return this.session.status();
  }

  pair(input: { name: string; role: 'officer' | 'volunteer' }): Pairing {
    this.requireChapter();
    const pending = this.codes.create(input.name, input.role);
    // Redeemed over the local network when it is served, else relayed by the sync server.
    const address = this.lanAddress() ?? this.identity?.server?.url ?? null;
    return {
      code: pending.code,
      expiresAt: pending.expiresAt.toISOString(),
      address,
      qrText: `chapterhouse-pair:${address ?? ''}#${pending.code}`,
    };
  }

  /** After a pairing or a revocation: every place that checks devices learns at once. */
  private async devicesChanged(): Promise<void> {
    await this.refreshDevices();
    await this.lan?.recheck();
    await this.client?.sendDevices();
    await this.published?.publishNow();
  }

  private lanAddress(): string | null {
    if (!this.lan) return null;
    const { address, port } = this.lan.address;
    return `ws://${address}:${port}`;
  }

  async revoke(id: string): Promise<DevicesStatus> {
    this.requireChapter();
    await revokeDevice(this.session.dataDir, id, this.session.clock());
    await this.devicesChanged();
    return this.status();
  }

  async setServer(url: string | null): Promise<DevicesStatus> {
    const identity = this.requireOn();
    const trimmed = url?.trim();
    this.identity = { ...identity, server: trimmed ? { url: trimmed } : undefined };
    await writeIdentity(this.session.dataDir, this.identity);
    await this.connect();
    return this.status();
  }

  async setLan(lan: { enabled: boolean; host: string; port: number }): Promise<DevicesStatus> {
    this.requireChapter();
    if (lan.enabled && !localAddresses().includes(lan.host)) {
      throw new AppError('invalid-input', `${lan.host} is not one of this laptop's addresses.`);
    }
    this.identity = { ...this.identity!, lan };
    await writeIdentity(this.session.dataDir, this.identity);
    await this.serveLan();
    return this.status();
  }

  private requireOn(): SyncIdentity {
    if (!this.identity) throw new AppError('not-ready', 'Sync is off on this laptop.');
    return this.identity;
  }

  async status(): Promise<DevicesStatus> {
    const identity = this.identity;
    const devices = identity?.role === 'chapter' ? await deviceList(this.session.dataDir) : [];
    const own = identity
      ? serverDevices(identity, devices).find((d) => d.deviceId === identity.deviceId)
      : null;
    const connection = this.client?.status;
    const state = connection?.state ?? 'off';
    return {
      on: identity !== null,
      sample: this.session.mode === 'sample',
      thisDevice: identity
        ? {
            id: identity.deviceId,
            name: identity.deviceName,
            role: identity.role,
            chapterId: identity.chapterId,
          }
        : null,
      connection: {
        state,
        words: [
          this.problem
            ? `Sync could not start: ${this.problem}`
            : identity && !connection
              ? 'No sync server set: changes stay on this laptop until one is (or a USB stick carries them).'
              : syncStateWords(state, connection?.detail),
          this.lan ? lanWords(this.lan.connected) : null,
        ]
          .filter(Boolean)
          .join(' '),
      },
      server: identity?.server?.url ?? null,
      lan: {
        enabled: identity?.lan?.enabled ?? false,
        host: identity?.lan?.host ?? '127.0.0.1',
        port: identity?.lan?.port ?? DEFAULT_LAN_PORT,
        listening: this.lanAddress(),
        choices: localAddresses(),
      },
      devices: devices.map(({ id, name, role, pairedAt, revokedAt }) => ({
        id,
        name,
        role,
        pairedAt,
        revokedAt,
      })),
      serverTokenLine: own ? JSON.stringify(own) : null,
    };
  }

  async close(): Promise<void> {
    this.published?.stop();
    this.published = null;
    await this.client?.stop();
    await this.lan?.close();
    await this.replica?.close();
    this.client = null;
    this.lan = null;
    this.replica = null;
  }
}

function lanWords(connected: number): string {
  if (connected === 0) return 'No laptop is connected over the local network.';
  return `${connected} ${connected === 1 ? 'laptop is' : 'laptops are'} connected over the local network.`;
}

const hubs = new WeakMap<Session, SyncHub>();

/** The session's sync hub (made on first use; idle until sync is turned on). */
export function syncHub(session: Session): SyncHub {
  let hub = hubs.get(session);
  if (!hub) {
    hub = new SyncHub(session);
    hubs.set(session, hub);
  }
  return hub;
}
