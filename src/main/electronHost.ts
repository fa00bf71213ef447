/** The Host the services use, made of Electron dialogs and a hidden print window. */
import { dialog, type BrowserWindow } from 'electron';
import type { Host } from './host';
import { confirmAndOpenExternal } from './security';
import { createSecureWindow } from './windows';

const PRINT_TIMEOUT_MS = 30_000;

export function createElectronHost(options: {
  preload: string;
  entryUrl: string;
  parent: () => BrowserWindow | null;
}): Host {
  return {
    async chooseSavePath({ title, defaultName, filters }) {
      const parent = options.parent();
      const dialogOptions = { title, defaultPath: defaultName, filters };
      const result = parent
        ? await dialog.showSaveDialog(parent, dialogOptions)
        : await dialog.showSaveDialog(dialogOptions);
      return result.canceled || !result.filePath ? null : result.filePath;
    },

    openExternal: confirmAndOpenExternal,

    async printToPdf(route) {
      const win = createSecureWindow('print', options.preload, { show: false });
      try {
        await win.loadURL(`${options.entryUrl}${route}`);
        await waitForPrintReady(win);
        return await win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true });
      } finally {
        win.destroy();
      }
    },
  };
}

/** Print routes set data-print-ready on <html> once their data and fonts are in. */
async function waitForPrintReady(win: BrowserWindow): Promise<void> {
  const deadline = Date.now() + PRINT_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const state = (await win.webContents.executeJavaScript(
      'document.documentElement.dataset.printReady ?? ""',
    )) as string;
    if (state === 'true') return;
    if (state === 'error') throw new Error('The document could not be prepared for printing.');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('Timed out preparing the document for printing.');
}
