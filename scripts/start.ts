/**
 * `npm start` (`tsx scripts/start.ts preview`) and `npm run dev` (`… dev`): fetch
 * Electron's program if it is missing, then hand over to electron-vite. `preview` builds
 * out/ before it launches, so a missing or stale build is rebuilt every time.
 *
 * Anything after the mode goes to the app itself, so `npm start -- --data-dir DIR` reaches
 * Chapterhouse (electron-vite passes on only what follows its own `--`).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ensureElectron } from './electron-binary';

const require = createRequire(import.meta.url);
const [mode, ...appArgs] = process.argv.slice(2);
if (mode !== 'preview' && mode !== 'dev') {
  console.error('usage: tsx scripts/start.ts <preview|dev> [app arguments…]');
  process.exit(2);
}

const electronDir = dirname(require.resolve('electron/package.json'));
const result = ensureElectron({
  env: process.env,
  electronDir,
  load: () => require('electron') as unknown,
});
if (!result.ok) {
  console.error(result.message);
  process.exit(1);
}

const electronVite = join(
  dirname(require.resolve('electron-vite/package.json')),
  'bin/electron-vite.js',
);
const args = [electronVite, mode, ...(appArgs.length ? ['--', ...appArgs] : [])];
const child = spawn(process.execPath, args, { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => child.kill(signal));
}
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
