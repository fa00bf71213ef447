/**
 * E2E fixtures: the built renderer in Debian Chromium with `window.chapterhouse` bridged
 * to the REAL main-process dispatch (same code as ipcMain, minus Electron), a fresh
 * temp data folder per test, and a host double that "saves" into a temp folder and
 * prints routes with page.pdf (images with page.screenshot) — the same Chromium engine as
 * Electron's printToPDF and capturePage.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { CHANNELS } from '../../src/shared/contract';
import { startBackend, type Dispatch } from '../../src/main/dispatch';
import type { Host } from '../../src/main/host';

export interface Harness {
  dataDir: string;
  saveDir: string;
  dispatch: Dispatch;
  /** Starts a new backend on the same data folder, as relaunching the app would. */
  restart: () => Promise<void>;
  /** Paths the host double handed out for saving, in order. */
  saved: string[];
  /** Every URL the pages asked for. */
  requests: string[];
  /** Pages opened by host.openProjector (the projector window), newest last. */
  projectors: Page[];
  /** Paths host.chooseOpenPath hands out next, in order (null = the person cancels). */
  openPaths: (string | null)[];
  /** How many times the app was asked to quit. */
  readonly quits: number;
}

async function printRoute(
  context: BrowserContext,
  baseURL: string,
  route: string,
): Promise<Uint8Array> {
  const page = await context.newPage();
  try {
    await page.goto(`${baseURL}/${route}`);
    await page.locator('html[data-print-ready="true"]').waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    return await page.pdf({ preferCSSPageSize: true, printBackground: true });
  } finally {
    await page.close();
  }
}

/** The same route as a PNG of exactly `size` CSS pixels (device scale 1 in these tests). */
async function captureRoute(
  context: BrowserContext,
  baseURL: string,
  route: string,
  size: { width: number; height: number },
): Promise<Uint8Array> {
  const page = await context.newPage();
  try {
    await page.setViewportSize(size);
    await page.goto(`${baseURL}/${route}`);
    await page.locator('html[data-print-ready="true"]').waitFor({ state: 'attached' });
    return await page.screenshot({ clip: { x: 0, y: 0, ...size }, scale: 'css', type: 'png' });
  } finally {
    await page.close();
  }
}

export async function bridge(context: BrowserContext, dispatch: () => Dispatch): Promise<void> {
  await context.exposeBinding('__chapterhouseInvoke', (_source, channel: unknown, input: unknown) =>
    dispatch()(channel, input),
  );
  await context.addInitScript((channels: string[]) => {
    const invoke = (
      window as unknown as { __chapterhouseInvoke: (c: string, i: unknown) => Promise<unknown> }
    ).__chapterhouseInvoke;
    const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
    for (const channel of channels) {
      const [group = '', name = ''] = channel.split('.');
      api[group] ??= {};
      api[group][name] = (input?: unknown) => invoke(channel, input);
    }
    (window as unknown as { chapterhouse: unknown }).chapterhouse = api;
  }, CHANNELS);
}

export const test = base.extend<{ harness: Harness }>({
  harness: async ({ context, baseURL }, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'chapterhouse-e2e-'));
    const saveDir = join(dataDir, '..', `${dataDir.split('/').pop() ?? 'x'}-saved`);
    const saved: string[] = [];
    const requests: string[] = [];
    const projectors: Page[] = [];
    const openPaths: (string | null)[] = [];
    let quits = 0;
    const host: Host = {
      quit: () => void (quits += 1),
      chooseOpenPath: () => Promise.resolve(openPaths.shift() ?? null),
      chooseSavePath: async ({ defaultName }) => {
        const { mkdir } = await import('node:fs/promises');
        await mkdir(saveDir, { recursive: true });
        const path = join(saveDir, defaultName);
        saved.push(path);
        return path;
      },
      printToPdf: (route) => printRoute(context, baseURL ?? '', route),
      captureImage: (route, size) => captureRoute(context, baseURL ?? '', route, size),
      openExternal: () => Promise.resolve(false),
      openProjector: async (route) => {
        const page = await context.newPage();
        await page.goto(`${baseURL ?? ''}/${route}`);
        projectors.push(page);
      },
    };
    let current = (await startBackend(dataDir, host)).dispatch;
    context.on('request', (request) => requests.push(request.url()));
    await bridge(context, () => current);
    const restart = async () => {
      current = (await startBackend(dataDir, host)).dispatch;
    };
    await use({
      dataDir,
      saveDir,
      get dispatch() {
        return current;
      },
      restart,
      saved,
      requests,
      projectors,
      openPaths,
      get quits() {
        return quits;
      },
    });
    const foreign = requests.filter(
      (url) =>
        !url.startsWith(`${baseURL ?? ''}/`) &&
        !url.startsWith('data:') &&
        !url.startsWith('blob:'),
    );
    expect(foreign, 'every request stays on the app origin').toEqual([]);
    await rm(dataDir, { recursive: true, force: true, maxRetries: 5 });
    await rm(saveDir, { recursive: true, force: true });
  },
});

export { expect };
