import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

/**
 * A digest of everything that decides what the main process accepts as valid data (its
 * sources, the shared schemas, the locked dependencies). The data file's seal names it,
 * so a file sealed by one build is validated in full by any other (src/main/store/seal.ts).
 */
function buildDigest(): string {
  const hash = createHash('sha256');
  const add = (path: string): void => {
    hash.update(path);
    hash.update(readFileSync(path));
  };
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else add(path);
    }
  };
  walk('src/main');
  walk('src/shared');
  add('package-lock.json');
  return hash.digest('hex').slice(0, 24);
}

export default defineConfig(({ command }) => ({
  main: {
    // Only a real build names itself; `electron-vite dev` rebuilds main as sources change,
    // so there each process counts as its own build (seal.ts) and trusts no earlier seal.
    define: command === 'build' ? { __CHAPTERHOUSE_BUILD__: JSON.stringify(buildDigest()) } : {},
    build: {
      rolldownOptions: { input: { index: resolve('src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload must be one self-contained CommonJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    plugins: [react()],
    build: {
      rolldownOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
}));
