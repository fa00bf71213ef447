/**
 * One end of a sync connection: speaks y-protocols' sync messages per document over a socket,
 * for the documents this end may share. Used by the client and by both servers, so the three
 * ways to sync are one protocol.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as sync from 'y-protocols/sync';
import type * as Y from 'yjs';
import { isDocName, MESSAGE, type DocName } from '../../shared/sync/protocol';

/** What a peer syncs: the Replica on a laptop, a chapter's stored docs on the server. */
export interface SyncDocs {
  doc(name: DocName): Y.Doc;
  /** Applies a peer's update; resolves once it is on disk. */
  applyRemote(name: DocName, update: Uint8Array, origin: unknown): Promise<void>;
  /** Every update once persisted; returns unsubscribe. */
  onUpdate(name: DocName, listener: (update: Uint8Array, origin: unknown) => void): () => void;
}

export interface PeerOptions {
  docs: SyncDocs;
  /** The documents this connection may carry (by the token's role, or the device's own). */
  allowed: readonly DocName[];
  send: (message: Uint8Array) => void;
  /** Called with a document the other end refused, or a message this end could not apply. */
  onProblem?: (problem: string) => void;
  /** Called once a document's step 2 (everything the other end had) is applied. */
  onSynced?: (name: DocName) => void;
  /** Handles a `devices` message (servers only). */
  onDevices?: (json: string) => void;
  /** A pairing request relayed by a server (the chapter laptop): `[3, id, JSON]` or `[4, id, JSON]`. */
  onPair?: (kind: 'request' | 'reply', id: string, json: string) => void;
}

export function syncMessage(name: DocName, write: (encoder: encoding.Encoder) => void) {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.sync);
  encoding.writeVarString(encoder, name);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export function devicesMessage(json: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.devices);
  encoding.writeVarString(encoder, json);
  return encoding.toUint8Array(encoder);
}

export function pairMessage(kind: 'request' | 'reply', id: string, json: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, kind === 'request' ? MESSAGE.pairRequest : MESSAGE.pairReply);
  encoding.writeVarString(encoder, id);
  encoding.writeVarString(encoder, json);
  return encoding.toUint8Array(encoder);
}

function refusedMessage(name: string, reason: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.refused);
  encoding.writeVarString(encoder, name);
  encoding.writeVarString(encoder, reason);
  return encoding.toUint8Array(encoder);
}

export class Peer {
  private readonly subscribed = new Map<DocName, () => void>();
  /** Documents whose step 1 this end has sent. */
  private readonly asked = new Set<DocName>();
  /** Messages are handled one after another: an update is on disk before the next is read. */
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly opts: PeerOptions) {}

  /** Opens the documents this end holds: sends step 1 of each (the client starts). */
  start(names: readonly DocName[]): void {
    for (const name of names) {
      if (!this.opts.allowed.includes(name)) continue;
      this.subscribe(name);
      this.asked.add(name);
      this.opts.send(syncMessage(name, (e) => sync.writeSyncStep1(e, this.opts.docs.doc(name))));
    }
  }

  receive(data: Uint8Array): Promise<void> {
    this.queue = this.queue.then(() =>
      this.handle(data).catch((error: unknown) =>
        this.opts.onProblem?.(`A message could not be applied: ${(error as Error).message}`),
      ),
    );
    return this.queue;
  }

  /** Waits until every message received so far is applied. */
  settled(): Promise<void> {
    return this.queue;
  }

  stop(): void {
    for (const unsubscribe of this.subscribed.values()) unsubscribe();
    this.subscribed.clear();
  }

  private subscribe(name: DocName): void {
    if (this.subscribed.has(name)) return;
    const unsubscribe = this.opts.docs.onUpdate(name, (update, origin) => {
      if (origin !== this) this.opts.send(syncMessage(name, (e) => sync.writeUpdate(e, update)));
    });
    this.subscribed.set(name, unsubscribe);
  }

  private async handle(data: Uint8Array): Promise<void> {
    const decoder = decoding.createDecoder(data);
    const kind = decoding.readVarUint(decoder);
    if (kind === MESSAGE.devices) {
      this.opts.onDevices?.(decoding.readVarString(decoder));
      return;
    }
    const name = decoding.readVarString(decoder);
    if (kind === MESSAGE.pairRequest || kind === MESSAGE.pairReply) {
      const kindName = kind === MESSAGE.pairRequest ? 'request' : 'reply';
      this.opts.onPair?.(kindName, name, decoding.readVarString(decoder));
      return;
    }
    if (kind === MESSAGE.refused) {
      this.opts.onProblem?.(`The ${name} document was refused: ${decoding.readVarString(decoder)}`);
      return;
    }
    if (kind !== MESSAGE.sync) return;
    if (!isDocName(name) || !this.opts.allowed.includes(name)) {
      this.opts.send(refusedMessage(name, 'this device may not sync it'));
      return;
    }
    this.subscribe(name);
    const doc = this.opts.docs.doc(name);
    const type = decoding.readVarUint(decoder);
    if (type === sync.messageYjsSyncStep1) {
      const stateVector = decoding.readVarUint8Array(decoder);
      this.opts.send(syncMessage(name, (e) => sync.writeSyncStep2(e, doc, stateVector)));
      // Answer with our own step 1 once, so the other end sends what we lack.
      if (!this.asked.has(name)) {
        this.asked.add(name);
        this.opts.send(syncMessage(name, (e) => sync.writeSyncStep1(e, doc)));
      }
    } else if (type === sync.messageYjsSyncStep2 || type === sync.messageYjsUpdate) {
      await this.opts.docs.applyRemote(name, decoding.readVarUint8Array(decoder), this);
      if (type === sync.messageYjsSyncStep2) this.opts.onSynced?.(name);
    }
  }
}
