/**
 * The USB stick as the person uses it (channels `syncFiles.*`): the laptops a file can be made
 * for, saving one where they choose, and importing one. The chapter laptop publishes its
 * snapshot first, so the file carries the latest; another laptop takes a snapshot the file
 * brought into its view at once.
 */
import { readFile } from 'node:fs/promises';
import type { SavedFile } from '../../shared/contract/app';
import type { StickImport, StickPeers } from '../../shared/contract/syncFiles';
import { localDateOf } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import type { PublishedDevice } from '../../shared/sync/published';
import type { Host } from '../host';
import { readSettled } from '../services/settled';
import type { Session } from '../session';
import { writeFileDurable } from '../store/durable';
import type { SyncIdentity } from './identity';
import { applyPublished, deviceRegistry, publishSnapshot } from './published';
import type { Replica } from './replica';
import { syncHub } from './syncHub';
import { importStickFile, makeStickFile, readPeers, type StickContext } from './stickFile';

/** The open chapter's sync: its identity and live replica; null while sync is off. */
interface SyncHandle {
  identity: SyncIdentity;
  replica: Replica;
}

const FILE_EXTENSION = 'chsync';

/** The open chapter's sync from its hub; null while sync is off. */
export function handleOf(session: Session): SyncHandle | null {
  const hub = syncHub(session);
  const identity = hub.thisIdentity;
  const replica = hub.openReplica;
  return identity && replica ? { identity, replica } : null;
}

function syncOn(session: Session): SyncHandle {
  const handle = handleOf(session);
  if (!handle) {
    throw new AppError(
      'not-ready',
      'Sync is off on this laptop: turn it on in Settings → Devices first.',
    );
  }
  return handle;
}

async function contextOf(session: Session, handle: SyncHandle): Promise<StickContext> {
  return {
    dataDir: session.dataDir,
    chapterName: readSettled(session).chapter?.name ?? 'the chapter',
    identity: handle.identity,
    replica: handle.replica,
    devices: await deviceRegistry(session.dataDir, handle.identity, handle.replica),
  };
}

export async function stickPeers(session: Session): Promise<StickPeers> {
  const handle = handleOf(session);
  if (!handle) return { device: null, peers: [] };
  const { identity } = handle;
  const [devices, known] = await Promise.all([
    deviceRegistry(session.dataDir, handle.identity, handle.replica),
    readPeers(session.dataDir),
  ]);
  return {
    device: { id: identity.deviceId, name: identity.deviceName, role: identity.role },
    peers: devices
      .filter((d) => d.id !== identity.deviceId && !d.revokedAt)
      .map((d) => ({
        id: d.id,
        name: d.name,
        role: d.role,
        lastFileAt: known[d.id]?.lastFileAt ?? null,
      })),
  };
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'laptop'
  );
}

function publishFirst(session: Session, handle: SyncHandle, devices: readonly PublishedDevice[]) {
  if (handle.identity.role !== 'chapter') return;
  publishSnapshot(
    handle.replica.doc('field'),
    handle.identity,
    readSettled(session),
    devices,
    session.clock(),
  );
}

export async function exportStick(
  session: Session,
  host: Host,
  to: string,
  kind: 'delta' | 'full',
): Promise<SavedFile> {
  const handle = syncOn(session);
  const ctx = await contextOf(session, handle);
  const target = ctx.devices.find((d) => d.id === to);
  const path = await host.chooseSavePath({
    title: `Save a file for “${target?.name ?? 'another laptop'}”`,
    defaultName: `${slug(ctx.chapterName)}-for-${slug(target?.name ?? to)}-${localDateOf(session.clock())}.${FILE_EXTENSION}`,
    filters: [{ name: 'Chapterhouse sync file', extensions: [FILE_EXTENSION] }],
  });
  if (!path) return { saved: false };
  publishFirst(session, handle, ctx.devices);
  await handle.replica.flush();
  await writeFileDurable(path, await makeStickFile(ctx, to, kind, session.clock()));
  return { saved: true, fileName: path.split(/[\\/]/).pop() };
}

export async function importStick(session: Session, host: Host): Promise<StickImport> {
  const handle = syncOn(session);
  const path = await host.chooseOpenPath({
    title: 'Import a file from another laptop',
    filters: [{ name: 'Chapterhouse sync file', extensions: [FILE_EXTENSION] }],
  });
  if (!path) return { imported: false };
  const result = await importStickFile(await contextOf(session, handle), await readFile(path));
  await applyPublished(session, handle.replica.doc('field'), handle.identity);
  return result;
}
