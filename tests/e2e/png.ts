/**
 * PNGs the e2e tests saved, read back: size and pixels (8-bit, non-interlaced, as Chromium
 * writes them), decoded here so a test can tell a drawn image from a blank one.
 */
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** A PNG's size and its RGB(A) pixels (8-bit, non-interlaced, as Chromium writes them). */
function decodePng(bytes: Buffer): { width: number; height: number; pixels: Uint8Array } {
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const [depth, colour] = [bytes[24], bytes[25]];
  expect(depth).toBe(8);
  const bpp = colour === 6 ? 4 : 3;
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    if (bytes.toString('latin1', at + 4, at + 8) === 'IDAT')
      idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const pixels = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= bpp ? pixels[y * stride + x - bpp]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const c = x >= bpp && y > 0 ? pixels[(y - 1) * stride + x - bpp]! : 0;
      const p = a + b - c;
      const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
      const predict = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][
        filter ?? 0
      ]!;
      pixels[y * stride + x] = (v + predict) & 0xff;
    }
  }
  // Keep RGB only, so callers count colours the same way whatever the colour type.
  const rgb = new Uint8Array(width * height * 3);
  for (let i = 0; i < width * height; i++) rgb.set(pixels.subarray(i * bpp, i * bpp + 3), i * 3);
  return { width, height, pixels: rgb };
}

/** How many distinct colours, and what share of pixels are light text (white and yellow). */
function lightShare(png: { width: number; height: number; pixels: Uint8Array }): {
  colours: number;
  light: number;
} {
  const colours = new Set<number>();
  let light = 0;
  for (let i = 0; i < png.pixels.length; i += 3) {
    const [r, g, b] = [png.pixels[i]!, png.pixels[i + 1]!, png.pixels[i + 2]!];
    colours.add((r << 16) | (g << 8) | b);
    if (r > 200 && g > 150) light++;
  }
  return { colours: colours.size, light: light / (png.width * png.height) };
}

/** A saved social image: a PNG of exactly its size, and not blank (text drawn on the blue). */
export function expectDrawnImage(file: string, width: number, height: number): void {
  const png = decodePng(readFileSync(file));
  expect([png.width, png.height]).toEqual([width, height]);
  // Not blank: the background blue, and light text pixels (white and yellow) in numbers.
  const { colours, light } = lightShare(png);
  expect(colours).toBeGreaterThan(50);
  expect(light).toBeGreaterThan(0.02);
}

/**
 * The social-image print route for `params` in a page of the image's size, ready: its
 * `.social-image` fills the page exactly. Close `route` when done.
 */
export async function openSocialRoute(
  context: BrowserContext,
  params: object,
  size: { width: number; height: number },
): Promise<{ route: Page; art: Locator }> {
  const route = await context.newPage();
  await route.setViewportSize(size);
  await route.goto(`/#/print/social-image?p=${encodeURIComponent(JSON.stringify(params))}`);
  await route.locator('html[data-print-ready="true"]').waitFor({ state: 'attached' });
  const art = route.locator('.social-image');
  expect(await art.boundingBox()).toEqual({ x: 0, y: 0, ...size });
  return { route, art };
}
