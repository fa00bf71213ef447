/**
 * Every window's webPreferences come from here, so one unit test can assert them all
 * (Electron's security checklist: isolation, sandbox, no Node, no webviews, no auxclick).
 */
import type { WebPreferences } from 'electron';

export const WINDOW_KINDS = ['main', 'print'] as const;
export type WindowKind = (typeof WINDOW_KINDS)[number];

export function secureWebPreferences(preload: string, kind: WindowKind): WebPreferences {
  return {
    preload,
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
  };
}
