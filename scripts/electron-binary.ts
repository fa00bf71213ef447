/**
 * Makes sure Electron's program is on disk before electron-vite looks for it.
 *
 * Electron 45 has no install script: its binary is downloaded the first time its own
 * loader (`require('electron')`, node_modules/electron/index.js) runs, which prints
 * "Downloading Electron binary..." and runs its installer (install.js, the
 * `install-electron` bin). electron-vite 6 never runs that loader: it only reads
 * node_modules/electron/path.txt and otherwise fails with "Electron uninstall". So
 * `npm start` and `npm run dev` call ensureElectron() first (scripts/start.ts).
 *
 * Only `npm start`/`npm run dev` come here; no test, build or lint step does, so they
 * never download anything.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface EnsureDeps {
  env: NodeJS.ProcessEnv;
  /** node_modules/electron */
  electronDir: string;
  /** Electron's own loader: returns the binary's path, downloading it first if missing. */
  load: () => unknown;
}

export type EnsureResult = { ok: true; binary: string } | { ok: false; message: string };

/** The binary electron-vite will launch (path.txt → dist/<path>), if it is there. */
export function installedBinary(electronDir: string): string | null {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function truthy(value: string | undefined): boolean {
  return Boolean(value) && value !== '0' && value?.toLowerCase() !== 'false';
}

export const DOWNLOAD_FAILED = [
  '',
  'Chapterhouse cannot start yet: it runs inside Electron, and Electron’s program',
  '(about 100 MB, downloaded once from GitHub) is not on this computer. The download',
  'above did not work.',
  '',
  'What you can do:',
  '  • Connect this computer to the internet and run `npm start` again.',
  '  • Your organisation keeps a copy of Electron’s downloads? Set ELECTRON_MIRROR to it.',
  '  • Have Electron 45 elsewhere? Set ELECTRON_EXEC_PATH to its program and try again.',
  '',
].join('\n');

export const DOWNLOAD_SKIPPED = [
  '',
  'Chapterhouse cannot start yet: Electron’s program is not on this computer, and',
  'ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it was not downloaded.',
  '',
  'What you can do:',
  '  • Unset ELECTRON_SKIP_BINARY_DOWNLOAD and run `npm start` again (needs internet once).',
  '  • Or set ELECTRON_EXEC_PATH to an Electron 45 program you already have.',
  '',
].join('\n');

export function ensureElectron(deps: EnsureDeps): EnsureResult {
  // electron-vite launches ELECTRON_EXEC_PATH as is when it is set.
  const override = deps.env.ELECTRON_EXEC_PATH;
  if (override) return { ok: true, binary: override };
  const present = installedBinary(deps.electronDir);
  if (present) return { ok: true, binary: present };
  if (truthy(deps.env.ELECTRON_SKIP_BINARY_DOWNLOAD)) {
    return { ok: false, message: DOWNLOAD_SKIPPED };
  }
  try {
    // Prints "Downloading Electron binary..." and the installer's own error, if any.
    deps.load();
  } catch {
    return { ok: false, message: DOWNLOAD_FAILED };
  }
  const binary = installedBinary(deps.electronDir);
  return binary ? { ok: true, binary } : { ok: false, message: DOWNLOAD_FAILED };
}
