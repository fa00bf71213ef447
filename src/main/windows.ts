/**
 * Every window is created here, with one literal set of webPreferences (Electron's
 * security checklist: isolation, sandbox, no Node, no webviews, no auxclick), so the
 * scanner sees them and one unit test asserts them for every kind of window.
 */
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

export const WINDOW_KINDS = ['main', 'print', 'projector'] as const;
export type WindowKind = (typeof WINDOW_KINDS)[number];

export function createSecureWindow(
  kind: WindowKind,
  preload: string,
  options: Omit<BrowserWindowConstructorOptions, 'webPreferences'>,
): BrowserWindow {
  return new BrowserWindow({
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
    },
  });
}
