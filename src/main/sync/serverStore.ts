/**
 * What the sync server keeps: per chapter, its documents (`<data>/<chapterId>/field.ydoc`
 * + `.ylog`, the same DocLog as the laptops) and the device list its chapter laptop last sent
 * (`devices.json`); plus the tokens file the person running the server wrote (one JSON device
 * per line, tokens as SHA-256: the chapter laptop shows its own line in Settings → Devices).
 * The server holds no chapter secret and reads nothing inside the documents.
 */
import { mkdir, readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import * as Y from 'yjs';
import {
  DOC_NAMES,
  ServerDeviceListSchema,
  ServerDeviceSchema,
  type DocName,
  type ServerDevice,
} from '../../shared/sync/protocol';
import { writeFileDurable } from '../store/durable';
import { sha256Hex } from './devices';
import { DocLog } from './docLog';
import type { SyncDocs } from './peer';
import type { Access, SyncServerHost } from './server';

type Listener = (update: Uint8Array, origin: unknown) => void;
const LOADING = Symbol('loading');

/** One chapter's documents on the server, each kept by a DocLog. */
class StoredDocs implements SyncDocs {
  private constructor(
    private readonly held: Map<DocName, { doc: Y.Doc; log: DocLog; listeners: Set<Listener> }>,
  ) {}

  static async open(dir: string): Promise<StoredDocs> {
    const held = new Map<DocName, { doc: Y.Doc; log: DocLog; listeners: Set<Listener> }>();
    for (const name of DOC_NAMES) {
      const doc = new Y.Doc();
      const log = await DocLog.open(dir, name, doc, LOADING, () => new Date());
      held.set(name, { doc, log, listeners: new Set() });
    }
    return new StoredDocs(held);
  }

  private get(name: DocName) {
    return this.held.get(name)!;
  }

  doc(name: DocName): Y.Doc {
    return this.get(name).doc;
  }

  async applyRemote(name: DocName, update: Uint8Array, origin: unknown): Promise<void> {
    const h = this.get(name);
    const changes: Uint8Array[] = [];
    const collect = (u: Uint8Array) => changes.push(u);
    h.doc.on('update', collect);
    try {
      Y.applyUpdate(h.doc, update, origin);
    } finally {
      h.doc.off('update', collect);
    }
    if (changes.length === 0) return;
    await h.log.append(update);
    for (const change of changes) for (const listener of h.listeners) listener(change, origin);
  }

  onUpdate(name: DocName, listener: Listener): () => void {
    const { listeners } = this.get(name);
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  async close(): Promise<void> {
    for (const h of this.held.values()) {
      await h.log.close();
      h.doc.destroy();
    }
  }
}

const CHAPTER_ID = /^[\w-]{1,64}$/;

export class ServerStore implements SyncServerHost {
  private readonly chapters = new Map<string, Promise<StoredDocs>>();
  /** Per chapter: the device list its chapter laptop sent. */
  private readonly pushed = new Map<string, ServerDevice[]>();
  private fromFile: ServerDevice[] = [];
  private fileStamp = -1;

  private constructor(
    private readonly dataDir: string,
    private readonly tokensFile: string,
  ) {}

  static async open(dataDir: string, tokensFile: string): Promise<ServerStore> {
    const store = new ServerStore(dataDir, tokensFile);
    await store.readTokensFile();
    for (const entry of await readdir(dataDir, { withFileTypes: true }).catch(() => [])) {
      if (!entry.isDirectory() || !CHAPTER_ID.test(entry.name)) continue;
      const text = await readFile(join(dataDir, entry.name, 'devices.json'), 'utf8').catch(
        () => null,
      );
      if (text) store.pushed.set(entry.name, ServerDeviceListSchema.parse(JSON.parse(text)));
    }
    return store;
  }

  /** Re-reads the tokens file when it changed (the person edited it while the server runs). */
  private async readTokensFile(): Promise<void> {
    const stamp = (await stat(this.tokensFile)).mtimeMs;
    if (stamp === this.fileStamp) return;
    const text = await readFile(this.tokensFile, 'utf8');
    this.fromFile = text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'))
      .map((line, i) => {
        const parsed = ServerDeviceSchema.safeParse(JSON.parse(line));
        if (!parsed.success) throw new Error(`${this.tokensFile}: line ${i + 1} is not a device`);
        return parsed.data;
      });
    this.fileStamp = stamp;
  }

  async authorize(token: string): Promise<Access | null> {
    await this.readTokensFile();
    const hash = sha256Hex(token);
    // Once a chapter laptop sent its list, that list decides (the file still lets the chapter laptop in).
    const known = this.fromFile.filter(
      (d) => !this.pushed.has(d.chapterId) || d.role === 'chapter',
    );
    for (const list of this.pushed.values()) known.push(...list);
    const matches = known.filter((d) => d.tokenSha256 === hash);
    if (matches.length === 0 || matches.some((d) => d.revokedAt)) return null;
    const [device] = matches;
    if (!device || !CHAPTER_ID.test(device.chapterId)) return null;
    return { chapterId: device.chapterId, deviceId: device.deviceId, role: device.role };
  }

  docs(chapterId: string): Promise<SyncDocs> {
    let docs = this.chapters.get(chapterId);
    if (!docs) {
      docs = StoredDocs.open(join(this.dataDir, chapterId));
      this.chapters.set(chapterId, docs);
    }
    return docs;
  }

  async setDevices(chapterId: string, devices: ServerDevice[]): Promise<void> {
    this.pushed.set(chapterId, devices);
    await mkdir(join(this.dataDir, chapterId), { recursive: true, mode: 0o700 });
    await writeFileDurable(
      join(this.dataDir, chapterId, 'devices.json'),
      JSON.stringify(devices, null, 2),
    );
  }

  async close(): Promise<void> {
    for (const docs of this.chapters.values()) await (await docs).close();
  }
}
