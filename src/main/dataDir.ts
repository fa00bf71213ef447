/** Where the chapter lives: `--data-dir DIR`, else CHAPTERHOUSE_DATA_DIR, else the default. */
import { resolve } from 'node:path';

export function resolveDataDir(argv: string[], env: NodeJS.ProcessEnv, fallback: string): string {
  const i = argv.findIndex((a) => a === '--data-dir' || a.startsWith('--data-dir='));
  if (i >= 0) {
    const arg = argv[i] ?? '';
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[i + 1];
    if (value) return resolve(value);
  }
  if (env.CHAPTERHOUSE_DATA_DIR) return resolve(env.CHAPTERHOUSE_DATA_DIR);
  return fallback;
}
