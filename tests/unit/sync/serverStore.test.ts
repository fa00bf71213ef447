import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serverDevices, type Device } from '../../../src/main/sync/devices';
import { deviceToken, newChapterIdentity } from '../../../src/main/sync/identity';
import { ServerStore } from '../../../src/main/sync/serverStore';
import { tempDir } from '../foundation/helpers';

describe('the sync server’s tokens', () => {
  it('lets in the tokens file’s devices, then the chapter laptop’s list, kept across a restart', async () => {
    const dir = await tempDir('chapterhouse-server-');
    const identity = newChapterIdentity('Office laptop', new Date('2026-12-01T10:00:00Z'));
    const device = (id: string, role: Device['role'], revokedAt: string | null = null): Device => ({
      id,
      name: id,
      role,
      publicKey: 'cHVi',
      pairedAt: '2026-12-01T10:00:00.000Z',
      revokedAt,
    });
    const own = device(identity.deviceId, 'chapter');
    const [line] = serverDevices(identity, [own]);
    const tokens = join(dir, 'tokens.ndjson');
    await writeFile(tokens, `# the chapter laptop\n${JSON.stringify(line)}\n`);
    const token = (id: string, role: Device['role']) =>
      deviceToken(identity.secret!, identity.chapterId, id, role);

    const store = await ServerStore.open(join(dir, 'data'), tokens);
    expect(await store.authorize(identity.token)).toEqual({
      chapterId: identity.chapterId,
      deviceId: identity.deviceId,
      role: 'chapter',
    });
    expect(await store.authorize(token('ana', 'volunteer'))).toBeNull();
    await store.docs(identity.chapterId);
    await store.setDevices(
      identity.chapterId,
      serverDevices(identity, [
        own,
        device('ana', 'volunteer'),
        device('bo', 'officer', '2026-12-02T00:00:00.000Z'),
      ]),
    );
    expect((await store.authorize(token('ana', 'volunteer')))?.role).toBe('volunteer');
    // A token claiming another role is another token: refused.
    expect(await store.authorize(token('ana', 'officer'))).toBeNull();
    expect(await store.authorize(token('bo', 'officer'))).toBeNull();
    await store.close();

    const again = await ServerStore.open(join(dir, 'data'), tokens);
    expect((await again.authorize(token('ana', 'volunteer')))?.deviceId).toBe('ana');
    expect(await again.authorize(token('bo', 'officer'))).toBeNull();
    await again.close();
  });
});
