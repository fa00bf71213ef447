import type { canvassChannels } from '../../shared/contract/canvass';
import { canvassAppOf } from '../services/canvass';
import type { HandlerContext, HandlersFor } from './types';

export function canvassHandlers({
  session,
  host,
}: HandlerContext): HandlersFor<typeof canvassChannels> {
  const app = canvassAppOf(session, host);
  return {
    'canvass.lists': () => app.voters().listLists(),
    'canvass.list': ({ listId }) => app.voters().getList(listId),
    'canvass.deleteList': async ({ listId }) => {
      await app.voters().deleteList(listId);
      return { deleted: true };
    },
    'canvass.chooseFile': () => app.chooseFile(),
    'canvass.previewFile': ({ token, preset }) => app.previewFile(token, preset),
    'canvass.importStart': (input) => app.importStart(input),
    'canvass.importProgress': ({ jobId }) => app.importProgress(jobId),
    'canvass.importCancel': ({ jobId }) => app.importCancel(jobId),
    'canvass.cutTurfs': ({ listId, doorsPerTurf, mode }) =>
      app.cutTurfs(listId, doorsPerTurf, mode),
    'canvass.turfs': ({ listId }) => app.turfs(listId),
    'canvass.walkList': ({ listId, turfId, remaining }) =>
      remaining
        ? app.voters().remainingDoors(listId, turfId)
        : app.voters().turfWalkList(listId, turfId),
    'canvass.results': ({ listId, turfId }) => app.voters().results(listId, { turfId }),
    'canvass.recordResults': async ({ listId, entries }) => ({
      recorded: (await app.voters().recordResults(listId, entries)).length,
    }),
    'canvass.stats': ({ listId, turfId }) => app.voters().stats(listId, turfId),
    'canvass.markVoter': ({ listId, voterId, reason }) =>
      app.voters().markVoter(listId, voterId, reason),
    'canvass.unmarkVoter': async ({ listId, voterId }) => {
      await app.voters().unmarkVoter(listId, voterId);
      return { unmarked: true };
    },
    'canvass.settings': () => app.settings(),
    'canvass.saveSettings': (input) => app.saveSettings(input),
    'canvass.packet': (input) => app.packet(input),
    'canvass.saveCsv': ({ listId, turfId, remaining }) => app.saveCsv(listId, turfId, remaining),
    'canvass.callList': ({ listId, turfId }) => app.voters().callList(listId, turfId),
    'canvass.callSheet': (input) => app.callSheet(input),
    'canvass.saveCallCsv': ({ listId, turfId }) => app.saveCallCsv(listId, turfId),
    'canvass.saveIdsCsv': ({ listId }) => app.saveIdsCsv(listId),
    'canvass.callsPreview': (input) => app.callsPreview(input),
    'canvass.importCalls': (input) => app.importCalls(input),
  };
}
