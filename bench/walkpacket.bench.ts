/**
 * Walk-packet printing bench: a turf of about 500 landscape walk-sheet pages printed to PDF
 * in Chromium (the engine Electron's printToPDF uses), from the built renderer served by
 * `vite preview` with `window.chapterhouse` bridged to the real main-process dispatch — the
 * same path as the e2e tests. Baseline in the same run, same browser: a trivial 500-page
 * document (one line of text per page) printed with page.pdf.
 *
 * Needs `npx electron-vite build` first (out/renderer) and Debian's chromium. Rounds alternate
 * baseline / packet (WALKPACKET_BENCH_ROUNDS, default 2); the fastest of each is reported.
 * WALKPACKET_BENCH_VOTERS changes the list size (default 5,900 voters ≈ 500 pages).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type BrowserContext } from '@playwright/test';
import { startBackend, type Dispatch } from '../src/main/dispatch';
import type { Host } from '../src/main/host';
import { CHANNELS } from '../src/shared/contract';
import { printRoute } from '../src/shared/contract/print';
import { generateOhioCsv } from '../tests/unit/canvass/generate';
import { printRow } from './lib';

const PORT = 4183;
const BASE = `http://127.0.0.1:${PORT}`;

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      const res = await fetch(BASE);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('vite preview did not start');
}

async function bridge(context: BrowserContext, dispatch: Dispatch): Promise<void> {
  await context.exposeBinding('__chapterhouseInvoke', (_s, channel: unknown, input: unknown) =>
    dispatch(channel, input),
  );
  await context.addInitScript((channels: string[]) => {
    const w = globalThis as unknown as {
      __chapterhouseInvoke: (c: string, i: unknown) => Promise<unknown>;
      chapterhouse: unknown;
    };
    const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
    for (const channel of channels) {
      const [group = '', name = ''] = channel.split('.');
      api[group] ??= {};
      api[group][name] = (input?: unknown) => w.__chapterhouseInvoke(channel, input);
    }
    w.chapterhouse = api;
  }, CHANNELS);
}

function pdfPages(bytes: Uint8Array, dir: string, name: string): Promise<number> {
  const path = join(dir, name);
  return writeFile(path, bytes).then(() => {
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  });
}

async function ok(dispatch: Dispatch, channel: string, input?: unknown): Promise<unknown> {
  const r = await dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value;
}

export async function run(): Promise<void> {
  if (!existsSync('out/renderer/index.html')) {
    console.log('walk packet print: skipped (run `npx electron-vite build` first)');
    return;
  }
  const voters = Number(process.env.WALKPACKET_BENCH_VOTERS ?? 5900);
  const rounds = Math.max(1, Number(process.env.WALKPACKET_BENCH_ROUNDS ?? 2));
  const dir = await mkdtemp(join(tmpdir(), 'walkpacket-bench-'));
  const server = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      'out/renderer',
      '--port',
      String(PORT),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { stdio: 'ignore', detached: true },
  );
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    let openPath: string | null = null;
    const host: Host = {
      chooseSavePath: () => Promise.resolve(null),
      // The voter file is handed over as the person's file chooser would.
      chooseOpenPath: () => Promise.resolve(openPath),
      printToPdf: () => Promise.reject(new Error('not used')),
      captureImage: () => Promise.reject(new Error('not used')),
      openExternal: () => Promise.resolve(false),
      openProjector: () => Promise.resolve(),
      quit: () => undefined,
    };
    const backend = await startBackend(join(dir, 'data'), host);
    await ok(backend.dispatch, 'chapter.create', {
      name: 'Bench Egalitarians',
      state: 'OH',
      counties: ['39049'],
      quorum: { kind: 'majority' },
      defaultThreshold: 'majority-cast',
    });
    openPath = join(dir, 'franklin.csv');
    await writeFile(openPath, generateOhioCsv(voters, 5, { badRows: false }));
    // Imported by the same job the app runs.
    const { jobId } = (await ok(backend.dispatch, 'canvass.importStart', {
      preset: 'ohio',
    })) as { jobId: string };
    for (;;) {
      const job = (await ok(backend.dispatch, 'canvass.importProgress', { jobId })) as {
        state: string;
      };
      if (job.state === 'done') break;
      if (job.state !== 'running') throw new Error(`import ${job.state}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await ok(backend.dispatch, 'canvass.cutTurfs', { listId: 'oh-franklin', doorsPerTurf: 10_000 });
    const route = printRoute({
      document: 'walk-packet',
      params: { listId: 'oh-franklin', turfId: 'T001', remaining: false, canvasser: '', date: '' },
    });

    await waitForServer();
    const context = await browser.newContext();
    await bridge(context, backend.dispatch);

    const printPacket = async () => {
      const page = await context.newPage();
      const start = performance.now();
      await page.goto(`${BASE}/${route}`);
      await page
        .locator('html[data-print-ready="true"]')
        .waitFor({ state: 'attached', timeout: 120_000 });
      const ready = performance.now() - start;
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const ms = performance.now() - start;
      readyMs.push(ready);
      await page.close();
      return { ms, pdf };
    };
    const printTrivial = async (pages: number) => {
      const page = await context.newPage();
      const start = performance.now();
      await page.setContent(
        `<style>@page { size: letter landscape; margin: 0.5in } div { break-after: page }</style>` +
          Array.from({ length: pages }, (_, i) => `<div>Page ${i + 1}</div>`).join(''),
      );
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ preferCSSPageSize: true });
      const ms = performance.now() - start;
      await page.close();
      return { ms, pdf };
    };

    const packet: number[] = [];
    const readyMs: number[] = [];
    const trivial: number[] = [];
    let packetPages = 0;
    let trivialPages = 0;
    for (let i = 0; i < rounds; i++) {
      const t = await printTrivial(500);
      trivial.push(t.ms);
      trivialPages = await pdfPages(t.pdf, dir, 'trivial.pdf');
      const p = await printPacket();
      packet.push(p.ms);
      packetPages = await pdfPages(p.pdf, dir, 'packet.pdf');
    }
    const pMs = Math.min(...packet);
    const tMs = Math.min(...trivial);
    const perSec = (pages: number, ms: number) => ((pages / ms) * 1000).toFixed(1);
    printRow({
      name: 'walk packet → PDF (Chromium page.pdf)',
      size: `${packetPages} pages, ${voters.toLocaleString('en-US')} voters in one turf`,
      figureMs: pMs,
      baselineName: `trivial ${trivialPages}-page document`,
      baselineMs: tMs,
      extra: `${perSec(packetPages, pMs)} pages/s vs ${perSec(trivialPages, tMs)} pages/s · route data + render ${(Math.min(...readyMs) / 1000).toFixed(1)} s of it${
        rounds > 1 ? ` · fastest of ${rounds}` : ''
      }`,
    });
    await context.close();
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
    await rm(dir, { recursive: true, force: true });
  }
}
