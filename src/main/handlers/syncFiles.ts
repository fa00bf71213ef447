import type { syncFilesChannels } from '../../shared/contract/syncFiles';
import { exportStick, importStick, stickPeers, withSync } from '../sync/stickFlow';
import type { HandlerContext, HandlersFor } from './types';

export function syncFilesHandlers({
  session,
  host,
}: HandlerContext): HandlersFor<typeof syncFilesChannels> {
  return {
    'syncFiles.peers': () => withSync(session, (sync) => stickPeers(session, sync)),
    'syncFiles.export': ({ to, kind }) =>
      withSync(session, (sync) => exportStick(session, host, sync, to, kind)),
    'syncFiles.import': () => withSync(session, (sync) => importStick(session, host, sync)),
  };
}
