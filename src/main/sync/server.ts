/**
 * The sync protocol's server side, used by the sync server (src/cli/syncServer.ts) and by the
 * chapter laptop's LAN server. Checks the token at the WebSocket upgrade (401 and no socket
 * when it is bad or revoked) and again per document (a volunteer's token never reaches the
 * roster), and closes a device's sockets the moment its token stops being accepted.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import {
  CLOSE_REVOKED,
  docsForRole,
  PAIR_PATH,
  ServerDeviceListSchema,
  SYNC_PATH,
  type DeviceRole,
  type ServerDevice,
} from '../../shared/sync/protocol';
import { pairMessage, Peer, type SyncDocs } from './peer';

export interface Access {
  chapterId: string;
  deviceId: string;
  role: DeviceRole;
}

export interface SyncServerHost {
  /** The device a token belongs to, or null when it is unknown or revoked. */
  authorize(token: string): Promise<Access | null>;
  docs(chapterId: string): Promise<SyncDocs>;
  /** The chapter laptop's device list, sent over its own connection (sync server only). */
  setDevices?(chapterId: string, devices: ServerDevice[]): Promise<void>;
  /**
   * Redeems a pairing request (the chapter laptop's LAN server): the reply as JSON. Without it
   * (the sync server) requests are relayed to the chapter's laptops connected now.
   */
  pair?(request: unknown): Promise<unknown>;
}

interface Connection {
  socket: WebSocket;
  token: string;
  access: Access;
}

const PAIR_RELAY_MS = 10_000;
const NO_CHAPTER_LAPTOP =
  'The chapter laptop is not connected to the sync server: open Chapterhouse on it and try again.';
const MAX_SYNC_MESSAGE = 512 * 1024 * 1024;
const MAX_PAIR_MESSAGE = 64 * 1024;

function bearer(request: IncomingMessage): string | null {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer (\S+)$/.exec(header);
  return match?.[1] ?? null;
}

function refuse(socket: Duplex, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

function bytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  return data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data);
}

export class SyncServer {
  private readonly connections = new Set<Connection>();
  /** Pairing requests relayed to chapter laptops, waiting for an answer. */
  private readonly relays = new Map<
    string,
    { waiting: number; refusal: unknown; finish: (reply: unknown) => void }
  >();
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: MAX_SYNC_MESSAGE });
  private readonly pairing = new WebSocketServer({ noServer: true, maxPayload: MAX_PAIR_MESSAGE });

  private constructor(
    private readonly http: Server,
    private readonly host: SyncServerHost,
    private readonly log: (line: string) => void,
  ) {
    http.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      socket.on('error', () => socket.destroy());
      void this.upgrade(request, socket, head).catch((error: unknown) => {
        this.log(`upgrade failed: ${(error as Error).message}`);
        refuse(socket, '500 Internal Server Error');
      });
    });
    http.on('request', (_request, response) => {
      response.writeHead(426, { 'content-type': 'text/plain' });
      response.end('Chapterhouse sync server: connect with the app.\n');
    });
  }

  /** Listens on `host:port` (port 0 picks a free one). */
  static listen(
    where: { host: string; port: number },
    host: SyncServerHost,
    log: (line: string) => void = () => undefined,
  ): Promise<SyncServer> {
    const http = createServer();
    return new Promise((resolve, reject) => {
      http.once('error', reject);
      http.listen(where.port, where.host, () => {
        http.off('error', reject);
        resolve(new SyncServer(http, host, log));
      });
    });
  }

  /** How many devices are connected now. */
  get connected(): number {
    return new Set([...this.connections].map((c) => c.access.deviceId)).size;
  }

  get address(): AddressInfo {
    return this.http.address() as AddressInfo;
  }

  /** Closes the sockets of devices whose token is no longer accepted (after a revocation). */
  async recheck(): Promise<void> {
    for (const connection of [...this.connections]) {
      const access = await this.host.authorize(connection.token);
      if (!access) {
        this.log(`closing revoked device ${connection.access.deviceId}`);
        connection.socket.close(CLOSE_REVOKED, 'This device was revoked.');
      }
    }
  }

  async close(): Promise<void> {
    for (const { socket } of this.connections) socket.terminate();
    this.wss.close();
    this.pairing.close();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  private async upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path === PAIR_PATH) {
      this.pairing.handleUpgrade(request, socket, head, (ws) => this.servePairing(ws));
      return;
    }
    if (path !== SYNC_PATH) return refuse(socket, '404 Not Found');
    const token = bearer(request);
    const access = token ? await this.host.authorize(token) : null;
    if (!token || !access) {
      this.log(`refused a connection: ${token ? 'unknown or revoked token' : 'no token'}`);
      return refuse(socket, '401 Unauthorized');
    }
    const docs = await this.host.docs(access.chapterId);
    this.wss.handleUpgrade(request, socket, head, (ws) =>
      this.serve(ws, { socket: ws, token, access }, docs),
    );
  }

  private serve(ws: WebSocket, connection: Connection, docs: SyncDocs): void {
    const { access } = connection;
    this.connections.add(connection);
    this.log(`device ${access.deviceId} (${access.role}) of chapter ${access.chapterId} connected`);
    const peer = new Peer({
      docs,
      allowed: docsForRole(access.role),
      send: (message) => {
        if (ws.readyState === ws.OPEN) ws.send(message);
      },
      onProblem: (problem) => this.log(`device ${access.deviceId}: ${problem}`),
      onPair: (kind, id, json) => {
        if (kind === 'reply' && access.role === 'chapter') this.pairReply(id, json);
      },
      onDevices: (json) =>
        void this.devices(connection, json).catch((error: unknown) =>
          this.log(`could not keep the device list: ${(error as Error).message}`),
        ),
    });
    ws.on('message', (data) => void peer.receive(bytes(data)));
    ws.on('error', () => ws.terminate());
    ws.on('close', () => {
      peer.stop();
      this.connections.delete(connection);
    });
  }

  private async devices(connection: Connection, json: string): Promise<void> {
    if (connection.access.role !== 'chapter' || !this.host.setDevices) return;
    const parsed = ServerDeviceListSchema.safeParse(JSON.parse(json));
    if (!parsed.success) return this.log('ignored an invalid device list');
    const chapterId = connection.access.chapterId;
    await this.host.setDevices(
      chapterId,
      parsed.data.filter((d) => d.chapterId === chapterId),
    );
    await this.recheck();
  }

  /**
   * A sync server holds no secret: it hands a pairing request to the chapter laptops connected
   * now, and the first answer that opens (sealed with the code) goes back to the new laptop.
   */
  private relayPairing(request: unknown): Promise<unknown> {
    const chapters = [...this.connections].filter((c) => c.access.role === 'chapter');
    if (chapters.length === 0) {
      return Promise.resolve({ ok: false, message: NO_CHAPTER_LAPTOP });
    }
    const id = randomUUID();
    return new Promise((resolve) => {
      const finish = (reply: unknown) => {
        clearTimeout(timer);
        this.relays.delete(id);
        resolve(reply);
      };
      const timer = setTimeout(
        () => finish({ ok: false, message: NO_CHAPTER_LAPTOP }),
        PAIR_RELAY_MS,
      );
      this.relays.set(id, { waiting: chapters.length, refusal: null, finish });
      const json = JSON.stringify(request);
      for (const c of chapters) c.socket.send(pairMessage('request', id, json));
    });
  }

  private pairReply(id: string, json: string): void {
    const relay = this.relays.get(id);
    if (!relay) return;
    let reply: unknown;
    try {
      reply = JSON.parse(json);
    } catch {
      reply = null;
    }
    if ((reply as { ok?: unknown } | null)?.ok === true) return relay.finish(reply);
    relay.waiting -= 1;
    relay.refusal ??= reply;
    if (relay.waiting === 0) relay.finish(relay.refusal);
  }

  private servePairing(ws: WebSocket): void {
    ws.once('message', (data) => {
      let request: unknown;
      try {
        request = JSON.parse(Buffer.from(bytes(data)).toString('utf8'));
      } catch {
        request = null;
      }
      const answer = this.host.pair ? this.host.pair(request) : this.relayPairing(request);
      void answer
        .then((reply) => ws.send(JSON.stringify(reply)))
        .catch((error: unknown) =>
          ws.send(JSON.stringify({ ok: false, message: (error as Error).message })),
        )
        .finally(() => ws.close());
    });
    ws.on('error', () => ws.terminate());
  }
}
