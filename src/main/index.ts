/** App lifecycle and windows; everything else lives in modules that do not need Electron. */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, Menu, nativeImage, protocol, type BrowserWindow } from 'electron';
import { ICON_PATH } from './appIcon';
import { CSP } from '../shared/csp';
import { resolveDataDir } from './dataDir';
import { startBackend } from './dispatch';
import { syncHub } from './sync/syncHub';
import { createElectronHost } from './electronHost';
import { registerIpc } from './ipc';
import { appMenuTemplate } from './menu';
import type { Session } from './session';
import { APP_ENTRY, APP_SCHEME, resolveAppFile } from './origin';
import { installSecurityGuards } from './security';
import { createMainWindow } from './mainWindow';
import {
  actionAt,
  messageBoxOptions,
  openDataFolder,
  startWithRecovery,
  type StartAction,
  type StartFailure,
} from './startFailure';
import { acquireDataDirLock } from './store/lock';
import { setWindowIcon } from './windows';

const here = fileURLToPath(new URL('.', import.meta.url));
const preload = join(here, '../preload/index.cjs');
const rendererRoot = join(here, '../renderer');
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const entryUrl = devServerUrl ?? APP_ENTRY;

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

function serveApp(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(request.url, rendererRoot);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      const type = MIME[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';
      return new Response(body, {
        headers: { 'content-type': type, 'content-security-policy': CSP },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

let mainWindow: BrowserWindow | null = null;
/** How long quitting waits for the last write and the seal. */
const QUIT_GRACE_MS = 5000;

/** Asks what to do about a failed start, in a native message box (no renderer needed). */
async function askAboutFailure(failure: StartFailure): Promise<StartAction> {
  const { response } = await dialog.showMessageBox(messageBoxOptions(failure));
  return actionAt(failure, response);
}

async function chooseDataFolder(current: string): Promise<string | null> {
  const result = await dialog.showOpenDialog({
    title: 'Choose the folder for the chapter',
    defaultPath: current,
    buttonLabel: 'Use this folder',
    properties: ['openDirectory', 'createDirectory'],
  });
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

async function main(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  await app.whenReady();
  installSecurityGuards(devServerUrl);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      appMenuTemplate({
        isPackaged: app.isPackaged,
        platform: process.platform,
        appName: app.name,
      }),
    ),
  );
  serveApp();
  // Read through fs (which reads inside app.asar) rather than by path; no icon is no reason
  // not to start.
  setWindowIcon(
    await readFile(ICON_PATH).then(
      (bytes) => nativeImage.createFromBuffer(bytes),
      () => undefined,
    ),
  );

  // On the way out: let writes under way finish and seal the data, then release the
  // folder. Quitting resumes once both are done or after a few seconds, whatever happens
  // (a USB stick pulled mid-write must not keep the app alive).
  let session: Session | null = null;
  let releaseLock: (() => Promise<void>) | null = null;
  let leaving = false;
  app.on('will-quit', (event) => {
    if (leaving) return;
    leaving = true;
    event.preventDefault();
    const closed = Promise.race([
      // Connections first (no peer's update arrives mid-seal), then the chapter.
      session &&
        syncHub(session)
          .close()
          .finally(() => session?.close()),
      new Promise((resolve) => setTimeout(resolve, QUIT_GRACE_MS)),
    ]);
    void closed
      .catch(() => undefined)
      .then(() => releaseLock?.())
      .catch(() => undefined)
      .finally(() => app.quit());
  });

  const host = createElectronHost({ preload, entryUrl, parent: () => mainWindow });
  // Lock the folder and open the chapter; if that fails, say why in a native window and
  // let the person try again, choose another folder, or quit.
  const started = await startWithRecovery(
    resolveDataDir(process.argv, process.env, app.getPath('userData')),
    {
      start: (dir) =>
        openDataFolder(dir, {
          makeDir: (d) => mkdir(d, { recursive: true }),
          lock: acquireDataDirLock,
          backend: (d) => startBackend(d, host),
        }),
      ask: askAboutFailure,
      chooseFolder: chooseDataFolder,
    },
  );
  if (!started) {
    app.quit();
    return;
  }
  releaseLock = started.started.releaseLock;
  session = started.started.backend.session;
  registerIpc(started.started.backend.dispatch, devServerUrl);
  mainWindow = createMainWindow(preload, entryUrl);
  mainWindow.on('closed', () => (mainWindow = null));

  app.on('window-all-closed', () => app.quit());
}

// Whatever goes wrong on the way up is said in a window, never left as an unhandled
// rejection with no window at all.
main().catch((error: unknown) => {
  console.error(error);
  dialog.showErrorBox(
    'Chapterhouse could not start',
    `Something went wrong while starting: ${error instanceof Error ? error.message : String(error)}`,
  );
  app.exit(1);
});
