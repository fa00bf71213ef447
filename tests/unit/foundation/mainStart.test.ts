/**
 * src/main/index.ts with Electron mocked: a start that throws opens a native message box
 * that says what happened (no unhandled rejection, no silent exit), and Quit quits.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const state = vi.hoisted(() => ({
  boxes: [] as { title?: string; message?: string; buttons?: string[] }[],
  errorBoxes: [] as string[][],
  quit: 0,
  exit: [] as number[],
  windows: 0,
  userData: '',
}));

vi.mock('electron', () => {
  const on = () => undefined;
  return {
    app: {
      isPackaged: false,
      name: 'Chapterhouse',
      requestSingleInstanceLock: () => true,
      whenReady: () => Promise.resolve(),
      getPath: () => state.userData,
      on,
      quit: () => {
        state.quit++;
      },
      exit: (code: number) => state.exit.push(code),
    },
    protocol: { registerSchemesAsPrivileged: () => undefined, handle: () => undefined },
    dialog: {
      showMessageBox: (options: { title?: string; message?: string; buttons?: string[] }) => {
        state.boxes.push(options);
        return Promise.resolve({ response: options.buttons?.indexOf('Quit') ?? -1 });
      },
      showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
      showErrorBox: (...args: string[]) => state.errorBoxes.push(args),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: on,
        setPermissionCheckHandler: on,
        setDevicePermissionHandler: on,
        webRequest: { onBeforeRequest: on },
      },
    },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: () => undefined },
    nativeImage: { createFromBuffer: () => ({}), createFromPath: () => ({}) },
    BrowserWindow: class {
      constructor() {
        state.windows++;
      }
    },
    ipcMain: { handle: () => undefined },
    screen: {},
    shell: {},
  };
});

vi.mock('../../../src/main/appIcon', () => ({ ICON_PATH: 'resources/icon.png' }));

vi.mock('../../../src/main/dispatch', () => ({
  startBackend: () => Promise.reject(new Error('The chapter could not be opened: disk exploded')),
}));

describe('main() when the backend cannot start', () => {
  state.userData = mkdtempSync(join(tmpdir(), 'chapterhouse-main-'));
  afterAll(() => rmSync(state.userData, { recursive: true, force: true }));

  it('shows the failure in a message box with the three actions, then quits on Quit', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      await import('../../../src/main/index');
      await vi.waitFor(() => expect(state.quit).toBeGreaterThan(0));
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    expect(state.boxes).toHaveLength(1);
    expect(state.boxes[0]).toMatchObject({
      title: 'Chapterhouse could not start',
      buttons: ['Choose another folder…', 'Try again', 'Quit'],
    });
    expect(JSON.stringify(state.boxes[0])).toContain('disk exploded');
    expect(state.windows).toBe(0);
    expect(state.errorBoxes).toEqual([]);
    expect(state.exit).toEqual([]);
    expect(unhandled).toEqual([]);
  });
});
