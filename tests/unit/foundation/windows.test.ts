/** Every kind of window the app creates gets the locked-down webPreferences. */
import { describe, expect, it, vi } from 'vitest';

interface Options {
  webPreferences?: Record<string, unknown>;
  [key: string]: unknown;
}

const created = vi.hoisted(() => [] as Options[]);

vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(options: Options) {
      created.push(options);
    }
  },
}));

const { WINDOW_KINDS, createSecureWindow } = await import('../../../src/main/windows');

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
});
