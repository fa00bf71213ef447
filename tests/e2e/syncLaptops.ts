/**
 * Two laptops of one syncing chapter, set up on disk as turning sync on and pairing leave
 * them: laptop one is the chapter laptop (its identity and device registry), laptop two an
 * officer's or a volunteer's laptop holding the same chapter and transport keys.
 */
import { addDevice } from '../../src/main/sync/devices';
import {
  deviceToken,
  newChapterIdentity,
  newDeviceId,
  newKeyPair,
  writeIdentity,
  type SyncIdentity,
} from '../../src/main/sync/identity';

export async function pairLaptops(
  one: string,
  two: string,
  now: Date,
  role: 'officer' | 'volunteer' = 'officer',
): Promise<{ one: SyncIdentity; two: SyncIdentity }> {
  const chapter = newChapterIdentity('Office laptop', now);
  const keys = newKeyPair();
  const deviceId = newDeviceId();
  const other: SyncIdentity = {
    ...chapter,
    deviceId,
    deviceName: 'Kitchen laptop',
    role,
    devicePrivateKey: keys.privateKey,
    devicePublicKey: keys.publicKey,
    token: deviceToken(chapter.secret ?? '', chapter.chapterId, deviceId, role),
    secret: undefined,
    chapterPrivateKey: undefined,
  };
  await writeIdentity(one, chapter);
  await writeIdentity(two, other);
  for (const device of [chapter, other]) {
    await addDevice(one, {
      id: device.deviceId,
      name: device.deviceName,
      role: device.role,
      publicKey: device.devicePublicKey,
      pairedAt: now.toISOString(),
      revokedAt: null,
    });
  }
  return { one: chapter, two: other };
}
