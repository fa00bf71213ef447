/** Every kind of window the app creates gets the locked-down webPreferences. */
import { describe, expect, it, vi } from 'vitest';

interface Options {
  webPreferences?: Record<string, unknown>;
  [key: string]: unknown;
}

const created = vi.hoisted(() => [] as Options[]);
const electronApp = vi.hoisted(() => ({ isPackaged: false }));
let nextId = 1;

vi.mock('electron', () => ({
  app: electronApp,
  BrowserWindow: class {
    webContents = { id: nextId++, once: () => undefined };
    constructor(options: Options) {
      created.push(options);
    }
  },
}));

const { WINDOW_KINDS, createSecureWindow, setWindowIcon } =
  await import('../../../src/main/windows');
const { windowKindOf } = await import('../../../src/main/windowKinds');

describe('createSecureWindow', () => {
  it('covers the kinds of window the app opens', () => {
    expect([...WINDOW_KINDS]).toEqual(expect.arrayContaining(['main', 'print']));
  });

  it.each(WINDOW_KINDS.map((k) => [k]))('locks down the %s window', (kind) => {
    created.length = 0;
    createSecureWindow(kind, '/app/preload.cjs', { width: 800, height: 600, show: false });
    expect(created).toHaveLength(1);
    const options = created[0] ?? {};
    expect(options).toMatchObject({ width: 800, height: 600, show: false });
    const prefs = options.webPreferences ?? {};
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
    expect(String(prefs.disableBlinkFeatures).split(',')).toContain('Auxclick');
    // Nothing that would loosen the defaults is set.
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('callers cannot smuggle in their own webPreferences', () => {
    created.length = 0;
    const sneaky = { webPreferences: { nodeIntegration: true, sandbox: false } };
    createSecureWindow('main', '/app/preload.cjs', sneaky as never);
    expect(created[0]?.webPreferences).toMatchObject({ nodeIntegration: false, sandbox: true });
  });

  it('remembers each window’s kind for the IPC allowlist', () => {
    for (const kind of WINDOW_KINDS) {
      const win = createSecureWindow(kind, '/app/preload.cjs', {}) as unknown as {
        webContents: { id: number };
      };
      expect(windowKindOf(win.webContents.id)).toBe(kind);
    }
  });

  it('DevTools are off in a packaged app and on in development', () => {
    created.length = 0;
    electronApp.isPackaged = true;
    createSecureWindow('main', '/app/preload.cjs', {});
    electronApp.isPackaged = false;
    createSecureWindow('main', '/app/preload.cjs', {});
    expect(created.map((o) => o.webPreferences?.devTools)).toEqual([false, true]);
  });

  it.skipIf(process.platform === 'darwin')('windows show the app icon once it is set', () => {
    created.length = 0;
    createSecureWindow('main', '/app/preload.cjs', {});
    const icon = { isEmpty: () => false };
    setWindowIcon(icon as never);
    createSecureWindow('projector', '/app/preload.cjs', {});
    setWindowIcon(undefined);
    expect(created[0]).not.toHaveProperty('icon');
    expect(created[1]?.icon).toBe(icon);
  });
});
