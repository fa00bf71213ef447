/**
 * Guards every web contents the app creates: no navigation away, no popups, no
 * webviews, no permissions, no network. Applied once, app-wide.
 */
import { app, session, shell, dialog, type WebContents } from 'electron';
import { isAllowedRequest, isAppUrl } from './origin';

export function installSecurityGuards(devServerUrl: string | undefined): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url, devServerUrl)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url, devServerUrl)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, devServerUrl) });
  });
}

/** Opens an http(s) link in the person's browser, only after they confirm. */
export async function confirmAndOpenExternal(url: string): Promise<boolean> {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  const { response } = await dialog.showMessageBox({
    type: 'question',
    buttons: ['Open in browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: 'Open this address in your web browser?',
    detail: parsed.href,
  });
  if (response !== 0) return false;
  // Reviewed: http(s) only, and only after the person confirms.
  await shell.openExternal(parsed.href); // eng-disable OPEN_EXTERNAL_JS_CHECK
  return true;
}
