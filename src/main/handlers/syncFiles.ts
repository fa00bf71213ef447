import type { syncFilesChannels } from '../../shared/contract/syncFiles';
import { exportStick, importStick, stickPeers } from '../sync/stickFlow';
import type { HandlerContext, HandlersFor } from './types';

export function syncFilesHandlers({
  session,
  host,
}: HandlerContext): HandlersFor<typeof syncFilesChannels> {
  return {
    'syncFiles.peers': () => stickPeers(session),
    'syncFiles.export': ({ to, kind }) => exportStick(session, host, to, kind),
    'syncFiles.import': () => importStick(session, host),
  };
}
