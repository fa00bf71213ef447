/** Test devices of one chapter (keys, identities, registry) and a replica over plain Y.Docs. */
import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import { newKeyPair } from '../../../src/main/sync/identity';
import type { StickIdentity, StickReplica } from '../../../src/main/sync/stickFile';
import type { DeviceRole } from '../../../src/shared/sync/protocol';
import type { PublishedDevice } from '../../../src/shared/sync/published';
import type { DocName } from '../../../src/shared/sync/protocol';

/** A meeting to create: the chapter laptop may, any other laptop is refused. */
export const MEETING = {
  title: 'General meeting',
  date: '2026-03-10',
  startTime: '19:00',
  place: 'Library',
  county: null,
  template: 'standard',
};

export interface TestDevice {
  identity: StickIdentity;
  entry: PublishedDevice;
}

/** A chapter's devices sharing one transport key; each has its own Ed25519 pair. */
export function testChapter(
  roles: Record<string, DeviceRole>,
  chapterId = 'chapter-1',
  transportKey = randomBytes(32).toString('base64'),
  chapterPublicKey = newKeyPair().publicKey,
): Record<string, TestDevice> {
  return Object.fromEntries(
    Object.entries(roles).map(([name, role]) => {
      const keys = newKeyPair();
      const id = `device-${name}`;
      return [
        name,
        {
          identity: {
            chapterId,
            deviceId: id,
            deviceName: name,
            role,
            transportKey,
            devicePrivateKey: keys.privateKey,
            chapterPublicKey,
          },
          entry: {
            id,
            name,
            role,
            publicKey: keys.publicKey,
            pairedAt: '2026-03-01T12:00:00.000Z',
            revokedAt: null,
          },
        },
      ];
    }),
  );
}

/** The replica's stick-facing part over in-memory docs (the real one also persists). */
export class MemoryReplica implements StickReplica {
  readonly docs = { field: new Y.Doc(), roster: new Y.Doc() };
  applied = 0;
  stateVector(name: DocName) {
    return Y.encodeStateVector(this.docs[name]);
  }
  encodeState(name: DocName, since?: Uint8Array) {
    return Y.encodeStateAsUpdate(this.docs[name], since);
  }
  applyRemote(name: DocName, update: Uint8Array, origin: unknown) {
    this.applied += 1;
    Y.applyUpdate(this.docs[name], update, origin);
    return Promise.resolve();
  }
  /** The docs as plain JSON, to compare two laptops. */
  view() {
    return {
      results: this.docs.field.getMap('results').toJSON(),
      members: this.docs.roster.getMap('members').toJSON(),
    };
  }
}
