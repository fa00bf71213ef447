import * as Y from 'yjs';
import type { SyncDocs } from '../../../src/main/sync/peer';
import type { DocName } from '../../../src/shared/sync/protocol';

type Listener = (update: Uint8Array, origin: unknown) => void;

/** SyncDocs held in memory: what the protocol tests sync between. */
export class MemoryDocs implements SyncDocs {
  private readonly docs = new Map<DocName, Y.Doc>();
  private readonly listeners = new Map<DocName, Set<Listener>>();

  doc(name: DocName): Y.Doc {
    let doc = this.docs.get(name);
    if (!doc) {
      doc = new Y.Doc();
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        for (const l of this.listeners.get(name) ?? []) l(update, origin);
      });
      this.docs.set(name, doc);
    }
    return doc;
  }

  applyRemote(name: DocName, update: Uint8Array, origin: unknown): Promise<void> {
    Y.applyUpdate(this.doc(name), update, origin);
    return Promise.resolve();
  }

  onUpdate(name: DocName, listener: Listener): () => void {
    this.doc(name);
    const set = this.listeners.get(name) ?? new Set<Listener>();
    this.listeners.set(name, set);
    set.add(listener);
    return () => set.delete(listener);
  }

  held(): DocName[] {
    return [...this.docs.keys()];
  }
}
