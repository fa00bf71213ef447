/**
 * The main process's connection to a sync server or a chapter laptop's LAN server. Reports
 * its state in words (connected / offline / refused), reconnects with backoff, and never lets
 * a refused or broken connection throw: every socket error becomes a state.
 */
import { WebSocket, type RawData } from 'ws';
import { CLOSE_REVOKED, SYNC_PATH, type DocName, type SyncState } from '../../shared/sync/protocol';
import { devicesMessage, pairMessage, Peer, type SyncDocs } from './peer';

export interface ClientStatus {
  state: SyncState;
  detail: string | null;
  since: string;
}

export interface SyncClientOptions {
  url: string;
  token: string;
  docs: SyncDocs;
  /** The documents this laptop holds (its role's). */
  held: readonly DocName[];
  onStatus?: (status: ClientStatus) => void;
  /** The chapter laptop: answers a pairing request the server relays. */
  pair?: (request: unknown) => Promise<unknown>;
  /** The chapter laptop's device list for the server (JSON), sent on connect. */
  devices?: () => Promise<string | null>;
  clock?: () => Date;
  /** First and longest wait between attempts, in ms. */
  backoff?: { first: number; max: number };
}

/** `ws://host:port`, `wss://name` or `http(s)://…` → the sync endpoint's ws(s) URL. */
export function syncUrl(address: string, path = SYNC_PATH): string {
  const trimmed = address.trim();
  const withScheme = /^[a-z]+:\/\//i.test(trimmed) ? trimmed : `ws://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new Error(`“${trimmed}” is not an address: write it like ws://192.168.1.20:4780`);
  }
  if (url.protocol === 'http:') url.protocol = 'ws:';
  if (url.protocol === 'https:') url.protocol = 'wss:';
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') {
    throw new Error('A sync address starts with ws://, wss://, http:// or https://');
  }
  url.pathname = url.pathname.replace(/\/+$/, '') + path;
  return url.toString();
}

function bytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  return new Uint8Array(data instanceof ArrayBuffer ? data : data);
}

export class SyncClient {
  private socket: WebSocket | null = null;
  private peer: Peer | null = null;
  private timer: NodeJS.Timeout | null = null;
  private wait: number;
  private stopped = false;
  private current: ClientStatus;
  /** Documents brought up to date since the last (re)connection, and who waits for that. */
  private synced = new Set<DocName>();
  private waiting: { name: DocName; resolve: () => void }[] = [];

  constructor(private readonly opts: SyncClientOptions) {
    this.wait = opts.backoff?.first ?? 500;
    this.current = { state: 'connecting', detail: null, since: this.now() };
  }

  get status(): ClientStatus {
    return this.current;
  }

  start(): void {
    this.stopped = false;
    this.connect();
  }

  /** Sends the chapter laptop's device list again (after a pairing or a revocation). */
  async sendDevices(): Promise<void> {
    const json = await this.opts.devices?.();
    if (json && this.socket?.readyState === WebSocket.OPEN) this.socket.send(devicesMessage(json));
  }

  /** Resolves once `name` has caught up with the other end on the current connection. */
  whenSynced(name: DocName): Promise<void> {
    if (this.synced.has(name)) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push({ name, resolve }));
  }

  private markSynced(name: DocName): void {
    this.synced.add(name);
    const ready = this.waiting.filter((w) => w.name === name);
    this.waiting = this.waiting.filter((w) => w.name !== name);
    for (const w of ready) w.resolve();
  }

  /** Waits until every message received so far is applied (tests). */
  async settled(): Promise<void> {
    await this.peer?.settled();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.peer?.stop();
    const socket = this.socket;
    this.socket = null;
    if (socket && socket.readyState !== WebSocket.CLOSED) {
      await new Promise<void>((resolve) => {
        socket.once('close', () => resolve());
        socket.terminate();
      });
    }
    this.set('off', null);
  }

  private now(): string {
    return (this.opts.clock?.() ?? new Date()).toISOString();
  }

  private set(state: SyncState, detail: string | null): void {
    if (this.current.state === state && this.current.detail === detail) return;
    this.current = { state, detail, since: this.now() };
    this.opts.onStatus?.(this.current);
  }

  private connect(): void {
    if (this.stopped) return;
    let url: string;
    try {
      url = syncUrl(this.opts.url);
    } catch (error) {
      this.set('offline', (error as Error).message);
      return;
    }
    this.set(this.current.state === 'refused' ? 'refused' : 'connecting', this.current.detail);
    const socket = new WebSocket(url, {
      headers: { authorization: `Bearer ${this.opts.token}` },
      handshakeTimeout: 15_000,
      maxPayload: 512 * 1024 * 1024,
    });
    this.socket = socket;
    let refused = false;
    socket.on('unexpected-response', (_request, response) => {
      refused = response.statusCode === 401 || response.statusCode === 403;
      this.set(
        refused ? 'refused' : 'offline',
        refused ? null : `the server answered ${response.statusCode}`,
      );
      socket.terminate();
    });
    socket.on('error', (error) => {
      if (!refused) this.set('offline', error.message);
    });
    socket.on('open', () => {
      this.wait = this.opts.backoff?.first ?? 500;
      this.set('connected', null);
      const peer = new Peer({
        docs: this.opts.docs,
        allowed: this.opts.held,
        onSynced: (name) => this.markSynced(name),
        onPair: (kind, id, json) => {
          const pair = this.opts.pair;
          if (kind !== 'request' || !pair) return;
          void Promise.resolve()
            .then(() => pair(JSON.parse(json)))
            .catch((error: unknown) => ({ ok: false, message: (error as Error).message }))
            .then((reply) => {
              if (socket.readyState === WebSocket.OPEN) {
                socket.send(pairMessage('reply', id, JSON.stringify(reply)));
              }
            });
        },
        send: (message) => {
          if (socket.readyState === WebSocket.OPEN) socket.send(message);
        },
      });
      this.peer = peer;
      socket.on('message', (data) => void peer.receive(bytes(data)));
      peer.start(this.opts.held);
      void this.sendDevices().catch(() => undefined);
    });
    socket.on('close', (code) => {
      this.synced.clear();
      this.peer?.stop();
      this.peer = null;
      if (this.socket !== socket) return;
      this.socket = null;
      if (code === CLOSE_REVOKED) {
        refused = true;
        this.set('refused', 'this device was revoked');
      } else if (!refused && this.current.state === 'connected') {
        this.set('offline', 'the connection was lost');
      }
      this.retry(refused);
    });
  }

  private retry(refused: boolean): void {
    if (this.stopped) return;
    const max = this.opts.backoff?.max ?? 30_000;
    const delay = refused ? max : this.wait;
    this.wait = Math.min(this.wait * 2, max);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.connect();
    }, delay);
    this.timer.unref();
  }
}
