/**
 * Hardened installers: electron-builder.yml flips the security fuses and keeps ASAR
 * integrity on, and every icon it names exists at the sizes the platforms need.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { drawIcon, encodeIco, encodePng, ICO_SIZES } from '../../../scripts/gen-icons';

interface BuilderConfig {
  directories: { buildResources: string };
  files: string[];
  asar: unknown;
  electronFuses: Record<string, boolean>;
  linux: { icon: string };
  win: { icon: string };
  nsis: { installerIcon: string; uninstallerIcon: string };
  mac: { icon: string };
}

const config = parse(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;

/** Width and height from a PNG's IHDR, after checking the signature. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(0, 8)).toEqual(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  );
  expect(bytes.toString('ascii', 12, 16)).toBe('IHDR');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('electron-builder.yml', () => {
  it('flips the fuses that close Node-as-a-backdoor and load only our own checked app.asar', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // Every fuse is spelled as electron-builder 26 knows it (a typo would be ignored).
    const known = [
      'runAsNode',
      'enableCookieEncryption',
      'enableNodeOptionsEnvironmentVariable',
      'enableNodeCliInspectArguments',
      'enableEmbeddedAsarIntegrityValidation',
      'onlyLoadAppFromAsar',
      'loadBrowserProcessSpecificV8Snapshot',
      'grantFileProtocolExtraPrivileges',
    ];
    for (const key of Object.keys(config.electronFuses)) expect(known).toContain(key);
  });

  it('packs the app into app.asar with its integrity (asar on, integrity not disabled)', () => {
    expect(config.asar).toBe(true);
    expect(JSON.stringify(config)).not.toMatch(/disableIntegrity|disableSanityCheckAsar/);
  });

  it('ships the windows’ icon inside the app', () => {
    expect(config.files).toContain('resources/icon.png');
    expect(readFileSync('src/main/appIcon.ts', 'utf8')).toContain(
      "'../../resources/icon.png?asset'",
    );
  });

  it('names icons that exist', () => {
    expect(config.directories.buildResources).toBe('resources');
    for (const path of [
      config.win.icon,
      config.nsis.installerIcon,
      config.nsis.uninstallerIcon,
      config.mac.icon,
      config.linux.icon,
    ]) {
      expect(existsSync(path), path).toBe(true);
    }
  });
});

describe('icons', () => {
  it('resources/icon.png is 512×512', () => {
    expect(pngSize(readFileSync('resources/icon.png'))).toEqual([512, 512]);
  });

  it.each([16, 32, 48, 64, 128, 256, 512])('the Linux set has %ipx square', (size) => {
    const path = join(config.linux.icon, `${size}x${size}.png`);
    expect(pngSize(readFileSync(path))).toEqual([size, size]);
  });

  it('icon.ico holds 16, 32, 48 and 256', () => {
    const ico = readFileSync(config.win.icon);
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1); // an icon, not a cursor
    const count = ico.readUInt16LE(4);
    const sizes: number[] = [];
    for (let i = 0; i < count; i++) {
      const at = 6 + 16 * i;
      const size = ico[at] === 0 ? 256 : (ico[at] ?? -1);
      const length = ico.readUInt32LE(at + 8);
      const offset = ico.readUInt32LE(at + 12);
      expect(offset + length).toBeLessThanOrEqual(ico.length);
      const image = ico.subarray(offset, offset + length);
      if (image[0] === 0x89) {
        expect(pngSize(image)).toEqual([size, size]);
      } else {
        expect(image.readUInt32LE(0)).toBe(40); // BITMAPINFOHEADER
        expect(image.readInt32LE(4)).toBe(size);
        expect(image.readInt32LE(8)).toBe(size * 2);
        expect(image.readUInt16LE(14)).toBe(32);
      }
      sizes.push(size);
    }
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
  });

  it('icon.icns holds PNGs from 16 to 1024', () => {
    const icns = readFileSync(config.mac.icon);
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const sizes = new Map<string, number>();
    for (let at = 8; at < icns.length;) {
      const type = icns.toString('ascii', at, at + 4);
      const length = icns.readUInt32BE(at + 4);
      expect(length).toBeGreaterThan(8);
      sizes.set(type, pngSize(icns.subarray(at + 8, at + length))[0]);
      at += length;
    }
    expect(Object.fromEntries(sizes)).toMatchObject({
      ic07: 128,
      ic08: 256,
      ic09: 512,
      ic10: 1024,
      ic11: 32,
      ic12: 64,
      ic13: 256,
      ic14: 512,
    });
  });

  it('the committed icons are what scripts/gen-icons.ts draws (run npm run gen:icons)', () => {
    expect(readFileSync('resources/icons/32x32.png')).toEqual(encodePng(32, drawIcon(32)));
    expect(readFileSync('resources/icons/128x128.png')).toEqual(encodePng(128, drawIcon(128)));
    expect(readFileSync('resources/icon.ico')).toEqual(
      encodeIco(ICO_SIZES.map((size) => ({ size, rgba: drawIcon(size) }))),
    );
  });
});
