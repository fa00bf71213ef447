/**
 * `npm run gen:icons`: draws the app icon and writes every file the installers and the
 * windows need, with no dependency beyond Node:
 *
 *   resources/icon.png              512×512, the windows' icon (Linux, Windows) and the source
 *   resources/icons/<n>x<n>.png     the Linux set (electron-builder's linux.icon folder)
 *   resources/icon.ico              Windows/NSIS: 16, 32, 48 (32-bit BMP) and 256 (PNG)
 *   resources/icon.icns             macOS: 16 to 1024, PNG entries
 *
 * The mark: a meeting hall (pediment, two columns, steps) on a navy tile, with a gold "C"
 * for Chapterhouse in its doorway. Every size is drawn from the shapes themselves (not
 * scaled down from 512), with 8×8 samples a pixel, so small sizes stay crisp. The output
 * is deterministic: running the script again writes the same bytes (a unit test checks).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

type RGB = readonly [number, number, number];

const NAVY_TOP: RGB = [0x2a, 0x4b, 0x75];
const NAVY_BOTTOM: RGB = [0x18, 0x2c, 0x4b];
const CREAM: RGB = [0xf7, 0xf1, 0xe3];
const GOLD: RGB = [0xf3, 0xb9, 0x4a];

// ---- the drawing, in a unit square (x right, y down) ----

function inRoundedSquare(x: number, y: number): boolean {
  const lo = 0.04;
  const hi = 0.96;
  const r = 0.2;
  if (x < lo || x > hi || y < lo || y > hi) return false;
  const cx = Math.min(Math.max(x, lo + r), hi - r);
  const cy = Math.min(Math.max(y, lo + r), hi - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function inRect(x: number, y: number, x0: number, y0: number, x1: number, y1: number): boolean {
  return x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

/** The pediment: apex at the top, base on y = 0.385. */
function inRoof(x: number, y: number): boolean {
  const apexY = 0.155;
  const baseY = 0.385;
  const halfBase = 0.365;
  if (y < apexY || y > baseY) return false;
  return Math.abs(x - 0.5) <= (halfBase * (y - apexY)) / (baseY - apexY);
}

function inHall(x: number, y: number): boolean {
  return (
    inRoof(x, y) ||
    inRect(x, y, 0.17, 0.405, 0.83, 0.45) || // entablature
    inRect(x, y, 0.215, 0.47, 0.305, 0.79) || // left column
    inRect(x, y, 0.695, 0.47, 0.785, 0.79) || // right column
    inRect(x, y, 0.17, 0.81, 0.83, 0.848) || // upper step
    inRect(x, y, 0.125, 0.866, 0.875, 0.905) // lower step
  );
}

/** The "C": a thick ring open to the right. */
function inC(x: number, y: number): boolean {
  const cx = 0.5;
  const cy = 0.63;
  const dx = x - cx;
  const dy = y - cy;
  const d2 = dx * dx + dy * dy;
  if (d2 > 0.148 ** 2 || d2 < 0.083 ** 2) return false;
  const angle = Math.abs(Math.atan2(dy, dx));
  return angle >= (44 * Math.PI) / 180;
}

/** The colour at a point, or null where the tile is transparent. */
function colourAt(x: number, y: number): RGB | null {
  if (!inRoundedSquare(x, y)) return null;
  if (inC(x, y)) return GOLD;
  if (inHall(x, y)) return CREAM;
  const t = (y - 0.04) / 0.92;
  return [
    NAVY_TOP[0] + (NAVY_BOTTOM[0] - NAVY_TOP[0]) * t,
    NAVY_TOP[1] + (NAVY_BOTTOM[1] - NAVY_TOP[1]) * t,
    NAVY_TOP[2] + (NAVY_BOTTOM[2] - NAVY_TOP[2]) * t,
  ];
}

/** RGBA pixels, row by row, straight (not premultiplied) alpha. */
export function drawIcon(size: number, samples = 8): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const n = samples * samples;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = colourAt(
            (px + (sx + 0.5) / samples) / size,
            (py + (sy + 0.5) / samples) / size,
          );
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const i = (py * size + px) * 4;
      if (covered > 0) {
        pixels[i] = Math.round(r / covered);
        pixels[i + 1] = Math.round(g / covered);
        pixels[i + 2] = Math.round(b / covered);
        pixels[i + 3] = Math.round((255 * covered) / n);
      }
    }
  }
  return pixels;
}

// ---- PNG ----

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.subarray(y * size * 4, (y + 1) * size * 4)).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

// ---- ICO (Windows) ----

/** A 32-bit BMP entry (BITMAPINFOHEADER, bottom-up BGRA, then the 1-bit AND mask). */
function bmpEntry(size: number, rgba: Uint8Array): Buffer {
  const maskRow = Math.ceil(size / 32) * 4;
  const out = Buffer.alloc(40 + size * size * 4 + maskRow * size);
  out.writeUInt32LE(40, 0);
  out.writeInt32LE(size, 4);
  out.writeInt32LE(size * 2, 8); // colour + mask
  out.writeUInt16LE(1, 12);
  out.writeUInt16LE(32, 14);
  out.writeUInt32LE(size * size * 4 + maskRow * size, 20);
  for (let y = 0; y < size; y++) {
    const row = size - 1 - y;
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4;
      const to = 40 + (row * size + x) * 4;
      out[to] = rgba[from + 2] ?? 0;
      out[to + 1] = rgba[from + 1] ?? 0;
      out[to + 2] = rgba[from] ?? 0;
      out[to + 3] = rgba[from + 3] ?? 0;
      if (rgba[from + 3] === 0) {
        const maskAt = 40 + size * size * 4 + row * maskRow + (x >> 3);
        out[maskAt] = (out[maskAt] ?? 0) | (0x80 >> (x & 7));
      }
    }
  }
  return out;
}

export function encodeIco(images: { size: number; rgba: Uint8Array }[]): Buffer {
  const entries = images.map(({ size, rgba }) =>
    size >= 256 ? encodePng(size, rgba) : bmpEntry(size, rgba),
  );
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size }, i) => {
    const at = 6 + 16 * i;
    header[at] = size >= 256 ? 0 : size;
    header[at + 1] = size >= 256 ? 0 : size;
    header.writeUInt16LE(1, at + 4); // planes
    header.writeUInt16LE(32, at + 6); // bits per pixel
    header.writeUInt32LE(entries[i]!.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += entries[i]!.length;
  });
  return Buffer.concat([header, ...entries]);
}

// ---- ICNS (macOS) ----

/** OSType → pixel size, PNG data (macOS 10.7+). */
export const ICNS_TYPES: [string, number][] = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32], // 16@2x
  ['icp6', 64],
  ['ic12', 64], // 32@2x
  ['ic07', 128],
  ['ic08', 256],
  ['ic13', 256], // 128@2x
  ['ic09', 512],
  ['ic14', 512], // 256@2x
  ['ic10', 1024], // 512@2x
];

export function encodeIcns(pngOf: (size: number) => Buffer): Buffer {
  const entries = ICNS_TYPES.map(([type, size]) => {
    const png = pngOf(size);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(entries);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

// ---- all files ----

export const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512];
export const ICO_SIZES = [16, 32, 48, 256];

/** Every icon file, keyed by its path under resources/. */
export function renderIconFiles(): Map<string, Buffer> {
  const rgba = new Map<number, Uint8Array>();
  const pixelsOf = (size: number) => {
    let pixels = rgba.get(size);
    if (!pixels) rgba.set(size, (pixels = drawIcon(size)));
    return pixels;
  };
  const pngs = new Map<number, Buffer>();
  const pngOf = (size: number) => {
    let png = pngs.get(size);
    if (!png) pngs.set(size, (png = encodePng(size, pixelsOf(size))));
    return png;
  };
  const files = new Map<string, Buffer>();
  files.set('icon.png', pngOf(512));
  for (const size of LINUX_SIZES) files.set(`icons/${size}x${size}.png`, pngOf(size));
  files.set('icon.ico', encodeIco(ICO_SIZES.map((size) => ({ size, rgba: pixelsOf(size) }))));
  files.set('icon.icns', encodeIcns(pngOf));
  return files;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources');
  for (const [path, bytes] of renderIconFiles()) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
    console.log(`${join('resources', path)}  ${bytes.length} bytes`);
  }
}
