/**
 * `npm run size`: what the app loads, read from `out/` after `electron-vite build` (it builds
 * nothing itself). Prints the first load — the JS and CSS the renderer's index.html loads
 * before any lazy chunk: its scripts, stylesheets and module preloads, and every module
 * they import statically — gzipped, the lazy chunks, and the preload bundle. Exits 1 when
 * the first load is over FIRST_LOAD_BUDGET (gzipped) or the preload over PRELOAD_BUDGET.
 *
 * `npm run size -- DIR` reads another build's output folder (`electron-vite build --outDir DIR`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const FIRST_LOAD_BUDGET = 250 * 1024;
const PRELOAD_BUDGET = 40 * 1024;

/** The files index.html asks for itself: module scripts, stylesheets and module preloads. */
export function entryFiles(html: string): string[] {
  const files: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) =>
      new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
    if (/^<script/i.test(tag)) {
      const src = attr('src');
      if (src) files.push(src);
    } else if (/^(stylesheet|modulepreload)$/i.test(attr('rel') ?? '')) {
      const href = attr('href');
      if (href) files.push(href);
    }
  }
  return files.filter((f) => !/^[a-z]+:/i.test(f)).map((f) => normalize(f.replace(/^\//, '')));
}

/** Relative modules a built JS file imports statically (`import … from "./x.js"`, `import "./x.js"`, `export … from`); not `import("./x.js")`. */
export function staticImports(js: string): string[] {
  const found = new Set<string>();
  const pattern =
    /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
  for (const m of js.matchAll(pattern)) if (m[1]) found.add(m[1]);
  return [...found];
}

interface Sized {
  file: string;
  bytes: number;
  gzip: number;
}

const gz = (data: Buffer): number => gzipSync(data, { level: 9 }).length;

/** The first load: every file index.html loads before a lazy chunk, with its sizes. */
export function firstLoad(rendererDir: string): Sized[] {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  const queue = entryFiles(html);
  const seen = new Set<string>();
  const sized: Sized[] = [];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const data = readFileSync(join(rendererDir, file));
    sized.push({ file, bytes: data.length, gzip: gz(data) });
    if (file.endsWith('.js'))
      for (const spec of staticImports(data.toString('utf8')))
        queue.push(normalize(join(dirname(file), spec)));
  }
  return sized;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

function main(): void {
  const out = process.argv[2] ?? 'out';
  const rendererDir = join(out, 'renderer');
  const preloadFile = join(out, 'preload', 'index.cjs');
  if (!existsSync(join(rendererDir, 'index.html')) || !existsSync(preloadFile)) {
    console.error(`No build in ${out}/: run \`electron-vite build\` first.`);
    process.exit(1);
  }
  const first = firstLoad(rendererDir);
  const firstSet = new Set(first.map((f) => f.file));
  const lazy = listFiles(rendererDir)
    .map((path) => relative(rendererDir, path))
    .filter((file) => /\.(js|css)$/.test(file) && !firstSet.has(file))
    .map((file) => {
      const data = readFileSync(join(rendererDir, file));
      return { file, bytes: data.length, gzip: gz(data) };
    });
  const total = (list: Sized[], key: 'bytes' | 'gzip') => list.reduce((n, f) => n + f[key], 0);
  const firstGzip = total(first, 'gzip');
  const preload = statSync(preloadFile).size;

  console.log('First load (index.html, before any lazy chunk):');
  for (const f of first)
    console.log(
      `  ${f.file.padEnd(48)} ${kb(f.bytes).padStart(10)} ${kb(f.gzip).padStart(10)} gzip`,
    );
  console.log(
    `  ${'total'.padEnd(48)} ${kb(total(first, 'bytes')).padStart(10)} ${kb(firstGzip).padStart(10)} gzip (budget ${kb(FIRST_LOAD_BUDGET)})`,
  );
  const biggest = [...lazy].sort((a, b) => b.gzip - a.gzip).slice(0, 5);
  console.log(
    `Lazy chunks: ${lazy.length}, ${kb(total(lazy, 'bytes'))} (${kb(total(lazy, 'gzip'))} gzip); largest: ${biggest.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ')}`,
  );
  console.log(`Preload: ${kb(preload)} (budget ${kb(PRELOAD_BUDGET)})`);

  const over = [
    firstGzip > FIRST_LOAD_BUDGET &&
      `the first load is ${kb(firstGzip)} gzipped, over its ${kb(FIRST_LOAD_BUDGET)} budget`,
    preload > PRELOAD_BUDGET &&
      `the preload is ${kb(preload)}, over its ${kb(PRELOAD_BUDGET)} budget`,
  ].filter(Boolean);
  if (over.length) {
    console.error(`Over budget: ${over.join('; ')}.`);
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1])) main();
