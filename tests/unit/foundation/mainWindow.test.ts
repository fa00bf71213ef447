/**
 * Closing the main window with unsaved work asks first (issue 17). Electron cannot run here, so
 * the window is a fake that closes the way Electron's does: when the page holds its unload back
 * (the renderer's beforeunload, router.ts), 'will-prevent-unload' is emitted and the window
 * closes only if a listener calls preventDefault(); otherwise it closes at once.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (event: { preventDefault(): void }) => void;

const state = vi.hoisted(() => ({
  windows: [] as FakeWindow[],
  answers: [] as number[],
  asked: [] as { parent: unknown; options: Record<string, unknown> }[],
}));

interface FakeWindow {
  options: Record<string, unknown>;
  loaded: string[];
  /** Whether the page has unsaved changes (its beforeunload calls preventDefault). */
  unsaved: boolean;
  closed: boolean;
  /** Closes as Electron does. */
  close(): void;
  webContents: { id: number; once(): void; on(event: string, listener: Listener): void };
  once(event: string, listener: () => void): void;
  loadURL(url: string): Promise<void>;
}

vi.mock('electron', () => ({
  app: { isPackaged: true },
  dialog: {
    showMessageBoxSync: (parent: unknown, options: Record<string, unknown>) => {
      state.asked.push({ parent, options });
      return state.answers.shift() ?? (options.cancelId as number);
    },
  },
  BrowserWindow: class implements FakeWindow {
    loaded: string[] = [];
    unsaved = false;
    closed = false;
    private readonly unloadListeners: Listener[] = [];
    webContents = {
      id: state.windows.length + 1,
      once: () => undefined,
      on: (event: string, listener: Listener) => {
        if (event === 'will-prevent-unload') this.unloadListeners.push(listener);
      },
    };
    constructor(public options: Record<string, unknown>) {
      state.windows.push(this);
    }
    once() {}
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    close() {
      if (!this.unsaved) {
        this.closed = true;
        return;
      }
      let unload = false;
      for (const listener of this.unloadListeners)
        listener({ preventDefault: () => (unload = true) });
      this.closed = unload;
    }
  },
}));

const { createMainWindow, LEAVE_PROMPT } = await import('../../../src/main/mainWindow');

function openMainWindow(): FakeWindow {
  createMainWindow('/app/preload.cjs', 'app://chapterhouse/index.html');
  const win = state.windows.at(-1);
  if (!win) throw new Error('no window');
  return win;
}

describe('closing the main window', () => {
  beforeEach(() => {
    state.windows.length = 0;
    state.answers.length = 0;
    state.asked.length = 0;
  });

  it('opens the app in a main window', () => {
    const win = openMainWindow();
    expect(win.loaded).toEqual(['app://chapterhouse/index.html']);
    expect(win.options).toMatchObject({ title: 'Chapterhouse', show: false });
  });

  it('with nothing unsaved: closes without asking', () => {
    const win = openMainWindow();
    win.close();
    expect(win.closed).toBe(true);
    expect(state.asked).toEqual([]);
  });

  it('with unsaved changes: asks over the window, Stay the default and the cancel', () => {
    const win = openMainWindow();
    win.unsaved = true;
    win.close();
    expect(state.asked).toHaveLength(1);
    expect(state.asked[0]?.parent).toBe(win);
    const { buttons, defaultId, cancelId, message } = LEAVE_PROMPT;
    expect(message).toBe('Leave without saving?');
    expect(buttons[defaultId]).toBe('Stay');
    expect(buttons[cancelId]).toBe('Stay');
    expect(state.asked[0]?.options).toEqual(LEAVE_PROMPT);
  });

  it('Stay keeps the window open, and the next close asks again', () => {
    const win = openMainWindow();
    win.unsaved = true;
    state.answers.push(LEAVE_PROMPT.buttons.indexOf('Stay'));
    win.close();
    expect(win.closed).toBe(false);
    state.answers.push(LEAVE_PROMPT.buttons.indexOf('Stay'));
    win.close();
    expect(win.closed).toBe(false);
    expect(state.asked).toHaveLength(2);
  });

  it('closing the question box (Escape) keeps the window open', () => {
    const win = openMainWindow();
    win.unsaved = true;
    win.close(); // no scripted answer: the box returns its cancelId
    expect(win.closed).toBe(false);
  });

  it('Leave without saving closes the window', () => {
    const win = openMainWindow();
    win.unsaved = true;
    state.answers.push(LEAVE_PROMPT.buttons.indexOf('Leave without saving'));
    win.close();
    expect(win.closed).toBe(true);
    expect(state.asked).toHaveLength(1);
  });
});
