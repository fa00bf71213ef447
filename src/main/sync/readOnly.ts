/**
 * The one place main refuses, on a laptop that is not the chapter laptop, the calls that would
 * change what the chapter laptop keeps (the table is src/shared/sync/keptOnChapter.ts). The
 * dispatch asks before every handler; the sample chapter never syncs and is never refused.
 */
import type { Channel } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { DeviceRole } from '../../shared/sync/protocol';
import { keptElsewhereMessage } from '../../shared/sync/published';
import { keptAreaOf } from '../../shared/sync/keptOnChapter';
import type { Session } from '../session';
import { readIdentity } from './identity';
import { publishedCopy } from './published';

/** Throws the plain refusal when `channel` changes a kept area and this laptop is not the chapter's. */
export async function refuseKeptOnChapterLaptop(
  session: Session,
  channel: Channel,
  roleOf: (dataDir: string) => Promise<DeviceRole | null> = async (dataDir) =>
    (await readIdentity(dataDir))?.role ?? null,
): Promise<void> {
  const area = keptAreaOf(channel);
  if (!area || session.mode !== 'real') return;
  const role = await roleOf(session.dataDir);
  if (role === null || role === 'chapter') return;
  throw new AppError('read-only', keptElsewhereMessage(area, await publishedCopy(session.dataDir)));
}
