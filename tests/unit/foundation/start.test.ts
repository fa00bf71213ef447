/**
 * `npm start` / `npm run dev` fetch Electron's program before electron-vite looks for it
 * (scripts/electron-binary.ts), and nothing else in package.json ever does.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DOWNLOAD_FAILED,
  DOWNLOAD_SKIPPED,
  ensureElectron,
  installedBinary,
} from '../../../scripts/electron-binary';

interface PackageJson {
  scripts: Record<string, string>;
  engines: { node: string };
}
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as PackageJson;
const electronPkg = JSON.parse(
  readFileSync('node_modules/electron/package.json', 'utf8'),
) as PackageJson;

const dirs: string[] = [];
function fakeElectronDir(binary: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'chapterhouse-electron-pkg-'));
  dirs.push(dir);
  if (binary) {
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'electron'), '');
    writeFileSync(join(dir, 'path.txt'), 'electron');
  }
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('package.json', () => {
  it('npm start and npm run dev go through the Electron check, then electron-vite', () => {
    expect(pkg.scripts.start).toBe('tsx scripts/start.ts preview');
    expect(pkg.scripts.dev).toBe('tsx scripts/start.ts dev');
    const start = readFileSync('scripts/start.ts', 'utf8');
    expect(start).toContain('ensureElectron(');
    expect(start).toContain("'electron-vite/package.json'");
  });

  it('no other script can download Electron (CI never runs npm start)', () => {
    for (const [name, script] of Object.entries(pkg.scripts)) {
      if (name === 'start' || name === 'dev') continue;
      expect(script, name).not.toMatch(/scripts\/start|install-electron|electron-binary/);
    }
    expect(pkg.scripts).not.toHaveProperty('postinstall');
    expect(pkg.scripts).not.toHaveProperty('prepare');
  });

  it("asks for the Node version Electron itself asks for, and says so in the README's two commands", () => {
    expect(pkg.engines.node).toBe(electronPkg.engines.node);
    const readme = readFileSync('README.md', 'utf8');
    const twoCommands = readme.slice(
      readme.indexOf('## Two commands'),
      readme.indexOf('\n## ', readme.indexOf('## Two commands') + 1),
    );
    expect(twoCommands).toContain('Node 22.12');
  });

  it('nothing turns the engines warning into an error (CI installs on Node 20)', () => {
    for (const file of ['.npmrc', '.ci/run']) {
      const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
      expect(text, file).not.toMatch(/engine-strict\s*=\s*true|--engine-strict/);
    }
  });
});

describe('ensureElectron', () => {
  it('does nothing when the binary is already there', () => {
    const dir = fakeElectronDir(true);
    const load = vi.fn();
    expect(ensureElectron({ env: {}, electronDir: dir, load })).toEqual({
      ok: true,
      binary: join(dir, 'dist', 'electron'),
    });
    expect(load).not.toHaveBeenCalled();
  });

  it('runs Electron’s own loader when the binary is missing', () => {
    const dir = fakeElectronDir(false);
    const load = vi.fn(() => {
      mkdirSync(join(dir, 'dist'));
      writeFileSync(join(dir, 'dist', 'electron'), '');
      writeFileSync(join(dir, 'path.txt'), 'electron');
    });
    expect(ensureElectron({ env: {}, electronDir: dir, load })).toMatchObject({ ok: true });
    expect(load).toHaveBeenCalledOnce();
  });

  it('explains a failed download in plain words, with what to do', () => {
    const dir = fakeElectronDir(false);
    const load = vi.fn(() => {
      throw new Error('Electron failed to install correctly.');
    });
    const result = ensureElectron({ env: {}, electronDir: dir, load });
    expect(result).toEqual({ ok: false, message: DOWNLOAD_FAILED });
    expect(DOWNLOAD_FAILED).toMatch(/internet/);
    expect(DOWNLOAD_FAILED).toMatch(/npm start/);
  });

  it('a path.txt without its binary is not an install', () => {
    const dir = fakeElectronDir(false);
    writeFileSync(join(dir, 'path.txt'), 'electron');
    expect(installedBinary(dir)).toBeNull();
  });

  it('never downloads when ELECTRON_SKIP_BINARY_DOWNLOAD is set', () => {
    const dir = fakeElectronDir(false);
    const load = vi.fn();
    const result = ensureElectron({
      env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
      electronDir: dir,
      load,
    });
    expect(result).toEqual({ ok: false, message: DOWNLOAD_SKIPPED });
    expect(load).not.toHaveBeenCalled();
  });

  it('trusts ELECTRON_EXEC_PATH (electron-vite launches it as is)', () => {
    const dir = fakeElectronDir(false);
    const load = vi.fn();
    expect(
      ensureElectron({
        env: { ELECTRON_EXEC_PATH: '/opt/electron/electron' },
        electronDir: dir,
        load,
      }),
    ).toEqual({ ok: true, binary: '/opt/electron/electron' });
    expect(load).not.toHaveBeenCalled();
  });
});
