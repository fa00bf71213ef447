/**
 * The main window, and the question asked when it is closed with unsaved work: the renderer
 * holds the close back while a form has unsaved changes (its beforeunload, router.ts), Electron
 * reports that as 'will-prevent-unload', and the person chooses. "Leave without saving" lets the
 * window close (a flyer's or the minutes' draft is kept); "Stay", Escape or closing the box
 * keeps it open with everything as it was.
 */
import { dialog, type BrowserWindow, type MessageBoxSyncOptions } from 'electron';
import { createSecureWindow } from './windows';

export const LEAVE_PROMPT = {
  type: 'question',
  buttons: ['Leave without saving', 'Stay'],
  defaultId: 1,
  cancelId: 1,
  message: 'Leave without saving?',
  detail:
    'A form has changes that are not saved. A draft of a flyer or of the minutes is kept for next time.',
} satisfies MessageBoxSyncOptions;
const LEAVE = 0;

/** The part of Electron's WebContents the question needs. */
export interface UnloadingContents {
  on(event: 'will-prevent-unload', listener: (event: { preventDefault(): void }) => void): unknown;
}

/**
 * Asks (with `ask`, a native message box in the app) each time the page holds back its unload;
 * the unload goes ahead only on "Leave without saving". A page with nothing unsaved does not
 * hold it back, so its window closes without a question.
 */
export function askBeforeLosingUnsaved(
  contents: UnloadingContents,
  ask: (options: MessageBoxSyncOptions) => number,
): void {
  contents.on('will-prevent-unload', (event) => {
    if (ask(LEAVE_PROMPT) === LEAVE) event.preventDefault();
  });
}

export function createMainWindow(preload: string, entryUrl: string): BrowserWindow {
  const win = createSecureWindow('main', preload, {
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Chapterhouse',
  });
  win.once('ready-to-show', () => win.show());
  askBeforeLosingUnsaved(win.webContents, (options) => dialog.showMessageBoxSync(win, options));
  void win.loadURL(entryUrl);
  return win;
}
