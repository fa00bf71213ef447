/** The Host the services use, made of Electron dialogs and a hidden print window. */
import { app, dialog, screen, type BrowserWindow } from 'electron';
import type { Host } from './host';
import { confirmAndOpenExternal } from './security';
import { createSecureWindow } from './windows';

const PRINT_TIMEOUT_MS = 30_000;

export function createElectronHost(options: {
  preload: string;
  entryUrl: string;
  parent: () => BrowserWindow | null;
}): Host {
  let projector: BrowserWindow | null = null;
  return {
    async chooseSavePath({ title, defaultName, filters }) {
      const parent = options.parent();
      const dialogOptions = { title, defaultPath: defaultName, filters };
      const result = parent
        ? await dialog.showSaveDialog(parent, dialogOptions)
        : await dialog.showSaveDialog(dialogOptions);
      return result.canceled || !result.filePath ? null : result.filePath;
    },

    async chooseOpenPath({ title, filters }) {
      const parent = options.parent();
      const dialogOptions = { title, filters, properties: ['openFile' as const] };
      const result = parent
        ? await dialog.showOpenDialog(parent, dialogOptions)
        : await dialog.showOpenDialog(dialogOptions);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },

    openExternal: confirmAndOpenExternal,

    quit: () => app.quit(),

    async openProjector(route) {
      const url = `${options.entryUrl}${route}`;
      if (projector && !projector.isDestroyed()) {
        await projector.loadURL(url);
        projector.show();
        return;
      }
      // On the second display when there is one (the room's projector), full screen there.
      const primary = screen.getPrimaryDisplay();
      const other = screen.getAllDisplays().find((d) => d.id !== primary.id);
      const area = (other ?? primary).workArea;
      const win = createSecureWindow('projector', options.preload, {
        x: area.x,
        y: area.y,
        width: other ? area.width : Math.min(1280, area.width),
        height: other ? area.height : Math.min(800, area.height),
        fullscreen: Boolean(other),
        backgroundColor: '#000000',
        title: 'Chapterhouse — projector',
        show: false,
      });
      projector = win;
      win.on('closed', () => {
        if (projector === win) projector = null;
      });
      win.once('ready-to-show', () => win.show());
      await win.loadURL(url);
    },

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

    async captureImage(route, { width, height }) {
      const win = createSecureWindow('print', options.preload, {
        show: false,
        width,
        height,
        useContentSize: true,
        resizable: false,
        enableLargerThanScreen: true,
      });
      try {
        win.webContents.setZoomFactor(1);
        await win.loadURL(`${options.entryUrl}${route}`);
        await waitForPrintReady(win);
        const image = await win.webContents.capturePage({ x: 0, y: 0, width, height });
        // A high-density screen captures at its scale factor: the PNG is the CSS size.
        const { width: w, height: h } = image.getSize();
        const sized = w === width && h === height ? image : image.resize({ width, height });
        return sized.toPNG();
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
