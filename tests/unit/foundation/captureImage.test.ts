/**
 * host.captureImage in the app (social images): Electron cannot run here, so a fake window
 * stands in for BrowserWindow. It asks for a hidden window of the requested CSS size, waits for
 * the route to say it is ready, captures exactly that size as PNG (scaling a high-density
 * capture back down), destroys the window whatever happens, and says what went wrong.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

interface FakeImage {
  getSize(): { width: number; height: number };
  resize(size: { width: number; height: number }): FakeImage;
  toPNG(): Uint8Array;
}

interface WindowRecord {
  options: Record<string, unknown>;
  loaded: string[];
  zoom: number[];
  captured: unknown[];
  destroyed: boolean;
}

const state = vi.hoisted(() => ({
  windows: [] as WindowRecord[],
  /** What the page's data-print-ready says, in turn (the last one repeats). */
  ready: ['true'] as string[],
  load: (): Promise<void> => Promise.resolve(),
  capture: null as null | ((rect: unknown) => Promise<FakeImage>),
  /** The screen's scale factor: a capture comes back this many times the CSS size. */
  scale: 1,
}));

function image(width: number, height: number): FakeImage {
  return {
    getSize: () => ({ width, height }),
    resize: (size) => image(size.width, size.height),
    toPNG: () => new TextEncoder().encode(`PNG ${width}x${height}`),
  };
}

vi.mock('electron', () => ({
  app: { isPackaged: true, quit: () => undefined },
  dialog: {},
  screen: {},
  BrowserWindow: class {
    private readonly record: WindowRecord;
    webContents;
    constructor(options: Record<string, unknown>) {
      const record: WindowRecord = {
        options,
        loaded: [],
        zoom: [],
        captured: [],
        destroyed: false,
      };
      state.windows.push(record);
      this.record = record;
      this.webContents = {
        id: state.windows.length,
        once: () => undefined,
        setZoomFactor: (z: number) => record.zoom.push(z),
        executeJavaScript: () =>
          Promise.resolve(state.ready.length > 1 ? state.ready.shift() : state.ready[0]),
        capturePage: (rect: { width: number; height: number }) => {
          record.captured.push(rect);
          if (state.capture) return state.capture(rect);
          return Promise.resolve(image(rect.width * state.scale, rect.height * state.scale));
        },
      };
    }
    loadURL(url: string) {
      this.record.loaded.push(url);
      return state.load();
    }
    destroy() {
      this.record.destroyed = true;
    }
  },
}));

const { createElectronHost } = await import('../../../src/main/electronHost');

const host = createElectronHost({
  preload: '/app/preload.cjs',
  entryUrl: 'app://chapterhouse/index.html',
  parent: () => null,
});
const ROUTE = '#/print/social-image?p=%7B%7D';
const SIZE = { width: 1080, height: 1350 };
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('host.captureImage', () => {
  beforeEach(() => {
    state.windows.length = 0;
    state.ready = ['true'];
    state.load = () => Promise.resolve();
    state.capture = null;
    state.scale = 1;
  });
  afterEach(() => vi.useRealTimers());

  it('renders the route in a hidden window of the requested size and returns its PNG', async () => {
    const png = await host.captureImage(ROUTE, SIZE);
    expect(text(png)).toBe('PNG 1080x1350');
    expect(state.windows).toHaveLength(1);
    const [win] = state.windows;
    expect(win?.options).toMatchObject({
      show: false,
      width: 1080,
      height: 1350,
      useContentSize: true,
      enableLargerThanScreen: true,
    });
    // The locked-down preferences of every print window (windows.test.ts checks them all).
    expect(win?.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true });
    expect(win?.zoom).toEqual([1]);
    expect(win?.loaded).toEqual([`app://chapterhouse/index.html${ROUTE}`]);
    expect(win?.captured).toEqual([{ x: 0, y: 0, width: 1080, height: 1350 }]);
    expect(win?.destroyed).toBe(true);
  });

  it('waits until the route says it is ready before capturing', async () => {
    state.ready = ['', '', 'true'];
    await host.captureImage(ROUTE, SIZE);
    expect(state.ready).toEqual(['true']);
    expect(state.windows[0]?.captured).toHaveLength(1);
  });

  it('a high-density screen’s capture is scaled back to the CSS size', async () => {
    state.scale = 2;
    expect(text(await host.captureImage(ROUTE, { width: 1200, height: 630 }))).toBe('PNG 1200x630');
  });

  it('a route that cannot be prepared is reported, and the window is destroyed', async () => {
    state.ready = ['error'];
    await expect(host.captureImage(ROUTE, SIZE)).rejects.toThrow(
      'The document could not be prepared for printing.',
    );
    expect(state.windows[0]?.captured).toEqual([]);
    expect(state.windows[0]?.destroyed).toBe(true);
  });

  it('a page that fails to load is reported, and the window is destroyed', async () => {
    state.load = () => Promise.reject(new Error('ERR_FILE_NOT_FOUND'));
    await expect(host.captureImage(ROUTE, SIZE)).rejects.toThrow('ERR_FILE_NOT_FOUND');
    expect(state.windows[0]?.destroyed).toBe(true);
  });

  it('a failed capture is reported, and the window is destroyed', async () => {
    state.capture = () => Promise.reject(new Error('capture failed'));
    await expect(host.captureImage(ROUTE, SIZE)).rejects.toThrow('capture failed');
    expect(state.windows[0]?.destroyed).toBe(true);
  });

  it('a route that never gets ready times out after 30 s, and the window is destroyed', async () => {
    vi.useFakeTimers();
    state.ready = [''];
    const capture = host.captureImage(ROUTE, SIZE);
    const failed = expect(capture).rejects.toThrow(
      'Timed out preparing the document for printing.',
    );
    await vi.advanceTimersByTimeAsync(31_000);
    await failed;
    expect(state.windows[0]?.captured).toEqual([]);
    expect(state.windows[0]?.destroyed).toBe(true);
  });
});
