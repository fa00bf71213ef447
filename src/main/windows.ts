/**
 * Every window is created here, with one literal set of webPreferences (Electron's
 * security checklist: isolation, sandbox, no Node, no webviews, no auxclick), so the
 * scanner sees them and one unit test asserts them for every kind of window.
 */
import {
  app,
  BrowserWindow,
  type BrowserWindowConstructorOptions,
  type NativeImage,
} from 'electron';
import { rememberWindowKind, type WindowKind } from './windowKinds';

export { WINDOW_KINDS, type WindowKind } from './windowKinds';

let windowIcon: NativeImage | undefined;

/**
 * The app icon for windows on Linux and Windows (macOS shows the app bundle's icon).
 * index.ts sets it once at start, from resources/icon.png shipped inside the build.
 */
export function setWindowIcon(icon: NativeImage | undefined): void {
  windowIcon = icon;
}

export function createSecureWindow(
  kind: WindowKind,
  preload: string,
  options: Omit<BrowserWindowConstructorOptions, 'webPreferences'>,
): BrowserWindow {
  const win = new BrowserWindow({
    ...(windowIcon && process.platform !== 'darwin' ? { icon: windowIcon } : {}),
    ...options,
    webPreferences: {
      // Reviewed: the preload exposes only the contract's named channels (src/preload/index.ts).
      preload, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: kind === 'main',
      disableBlinkFeatures: 'Auxclick',
      // No DevTools at all in an installed app (the menu offers none either: menu.ts).
      devTools: !app.isPackaged,
    },
  });
  // ipc.ts lets each kind of window call only its own channels.
  rememberWindowKind(win.webContents, kind);
  return win;
}
