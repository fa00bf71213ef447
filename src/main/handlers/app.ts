import type { appChannels } from '../../shared/contract/app';
import { applyBundle, exportBundle, previewBundle } from '../services/bundle';
import { createChapter, updateChapter } from '../services/chapter';
import {
  backups,
  closeReadOnly,
  openReadOnly,
  restoreBackup,
  setAside,
} from '../services/recovery';
import { discardSample, openSample } from '../services/sample';
import type { HandlerContext, HandlersFor } from './types';

export function appHandlers({ session, host }: HandlerContext): HandlersFor<typeof appChannels> {
  return {
    'app.status': () => session.status(),
    // The host opens http(s) only, after the person confirms.
    'app.openExternal': async ({ url }) => ({ opened: await host.openExternal(url) }), // eng-disable OPEN_EXTERNAL_JS_CHECK
    'chapter.create': (input) => createChapter(session, input),
    'chapter.update': (input) => updateChapter(session, input),
    'bundle.export': () => exportBundle(session, host),
    'bundle.preview': ({ text }) => previewBundle(session, text),
    'bundle.apply': ({ text }) => applyBundle(session, text),
    'recovery.backups': () => backups(session),
    'recovery.restore': ({ id }) => restoreBackup(session, id),
    'recovery.setAside': () => setAside(session),
    'recovery.openReadOnly': ({ id }) => openReadOnly(session, id),
    'recovery.closeReadOnly': () => closeReadOnly(session),
    'conflict.keep': ({ keep }) => session.keepVersion(keep),
    'app.quit': () => {
      host.quit();
      return { quitting: true };
    },
    'sample.open': () => openSample(session),
    'sample.close': () => session.open('real'),
    'sample.discard': () => discardSample(session),
  };
}
