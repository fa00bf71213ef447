import type { syncChannels } from '../../shared/contract/sync';
import { conflictsView, resolveConflict, setAsideView } from '../sync/review';
import type { HandlerContext, HandlersFor } from './types';

export function syncHandlers({ session }: HandlerContext): HandlersFor<typeof syncChannels> {
  return {
    'sync.conflicts': () => conflictsView(session),
    'sync.resolveConflict': ({ key, eventId }) => resolveConflict(session, key, eventId),
    'sync.setAside': () => setAsideView(session),
  };
}
